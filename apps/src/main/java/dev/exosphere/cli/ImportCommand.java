package dev.exosphere.cli;

import dev.exosphere.AtomicFiles;
import dev.exosphere.imports.ImportException;
import dev.exosphere.imports.ImportReport;
import dev.exosphere.imports.Importer;
import dev.exosphere.imports.Importer.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code exo import [--from exosphere|ailtire|compose] PATH [-o FILE] [--force]}: an exosphere.yml from another format. */
@Command(name = "import",
    description = {"Writes an exosphere.yml from an Exosphere application.yml (+ service.yml files), an Ailtire",
        "package (deploy/services.js, build.js, deploy.js: evaluated by node, they are your own code) or a",
        "docker-compose file. What cannot be carried over is printed to stderr and written as comments at the",
        "top of the file; then the file is checked as exo validate would."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:written, and exo validate accepts it (the report may still list things to review)",
        "1:the source could not be read, or the file was written but needs what the report says",
        "2:usage error (unknown format, the output exists without --force)"})
public final class ImportCommand extends ExoCommand {
  @Mixin
  HelpOption help;

  @Option(names = "--from", paramLabel = "FORMAT",
      description = "exosphere, ailtire or compose (default: guessed from PATH).")
  String from;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write (default: ./exosphere.yml).")
  Path output = Path.of("exosphere.yml");

  @Option(names = "--force", description = "Replace FILE if it exists.")
  boolean force;

  @Parameters(paramLabel = "PATH", description = "The application.yml, services.js or compose file, or its folder.")
  Path source;

  @Override
  public Integer call() {
    Format format = from == null ? null : Format.named(from)
        .orElseThrow(() -> usage("--from: expected exosphere, ailtire or compose, got '" + from + "'"));
    if (Files.exists(output) && !force) {
      throw usage(output + " exists: choose another -o, or add --force to replace it");
    }
    Importer.Result result;
    try {
      result = Importer.run(format != null ? format : Importer.detect(source), source, output);
    } catch (ImportException e) {
      err.println("exo import: " + e.getMessage());
      return Exo.FAILED;
    }
    result.report().stream().map(ImportReport.Entry::format).forEach(line -> err.println("note: " + line));
    try {
      AtomicFiles.write(output, result.text()); // a temporary file moved into place: never half a file
    } catch (IOException e) {
      err.println("exo import: cannot write " + output + ": " + e.getMessage());
      return Exo.FAILED;
    }
    if (!result.valid()) {
      result.problems().stream().filter(p -> p.isError()).forEach(p -> err.println(output + ": error: " + p.path()
          + ": " + p.message() + (p.fix().isEmpty() ? "" : " (" + p.fix() + ")")));
      err.println("exo import: wrote " + output + "; it needs what is listed above before exo validate accepts it");
      return Exo.FAILED;
    }
    out.println("exo import: wrote " + output + " (" + result.report().size() + " notes to review, listed at its top)");
    return Exo.OK;
  }
}
