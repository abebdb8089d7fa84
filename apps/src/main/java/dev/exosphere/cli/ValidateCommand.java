package dev.exosphere.cli;

import dev.exosphere.load.LoadResult;
import dev.exosphere.load.ModelLoader;
import dev.exosphere.load.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code exo validate [-f FILE | FILE]}: every problem of an exosphere.yml, or a summary of the application. */
@Command(name = "validate",
    description = {"Checks FILE (default: ./exosphere.yml) and prints every problem to stderr as",
        "file:line:column: error|warning: yaml.path: message (fix).",
        "Without errors, prints a summary of the application to stdout."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:valid (warnings allowed)", "1:errors found", "2:usage error"})
public final class ValidateCommand extends ExoCommand {
  private final Path defaultFile;

  @Mixin
  HelpOption help;

  @Mixin
  FileArgument file;

  /** Validates {@code ./exosphere.yml} when no file is named. */
  public ValidateCommand() {
    this(FileArgument.DEFAULT);
  }

  ValidateCommand(Path defaultFile) {
    this.defaultFile = defaultFile;
  }

  @Override
  public Integer call() {
    Path path = file.file(this, defaultFile);
    if (!file.named() && !Files.exists(path)) {
      err.println(path + ":1:1: error: no " + path + " here (name the file: exo validate path/to/exosphere.yml)");
      return Exo.USAGE;
    }
    LoadResult result = ModelLoader.load(path);
    result.problems().forEach(p -> err.println(p.format()));
    if (result.hasErrors()) {
      long errors = result.errors().size();
      err.println("exo validate: " + errors + (errors == 1 ? " error" : " errors") + counted(result.warnings())
          + " in " + path);
      return Exo.FAILED;
    }
    out.print(new ModelSummary(result.model().orElseThrow(), result.environments()).render());
    return Exo.OK;
  }

  private static String counted(List<Problem> warnings) {
    return warnings.isEmpty() ? "" : ", " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings");
  }
}
