package dev.exosphere.cli;

import dev.exosphere.load.LoadResult;
import dev.exosphere.load.ModelLoader;
import dev.exosphere.load.Problem;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code exo validate [FILE]}: every problem of an exosphere.yml, or a summary of the application. */
public final class ValidateCommand implements Command {
  private final Path defaultFile;

  /** Validates {@code ./exosphere.yml} when no file is named. */
  public ValidateCommand() {
    this(Path.of("exosphere.yml"));
  }

  ValidateCommand(Path defaultFile) {
    this.defaultFile = defaultFile;
  }

  @Override
  public String name() {
    return "validate";
  }

  @Override
  public String summary() {
    return "check an exosphere.yml and summarise the application";
  }

  @Override
  public String usage() {
    return """
        usage: exo validate [FILE]

        Checks FILE (default: ./exosphere.yml) and prints every problem to stderr as
        file:line:column: error|warning: yaml.path: message (fix).
        Without errors, prints a summary of the application to stdout.
        Exit status: 0 valid (warnings allowed), 1 errors found, 2 usage error.""";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.size() > 1 || (args.size() == 1 && args.get(0).startsWith("-"))) {
      err.println("exo validate: expected at most one FILE, got " + String.join(" ", args) + "\n\n" + usage());
      return 2;
    }
    Path file = args.isEmpty() ? defaultFile : Path.of(args.get(0));
    if (args.isEmpty() && !Files.exists(file)) {
      err.println("exo validate: no " + file + " here (name the file: exo validate path/to/exosphere.yml)");
      return 2;
    }
    LoadResult result = ModelLoader.load(file);
    result.problems().forEach(p -> err.println(p.format()));
    if (result.hasErrors()) {
      long errors = result.errors().size();
      err.println(file + ": " + errors + (errors == 1 ? " error" : " errors") + counted(result.warnings()));
      return 1;
    }
    out.print(new ModelSummary(result.model().orElseThrow()).render());
    return 0;
  }

  private static String counted(List<Problem> warnings) {
    return warnings.isEmpty() ? "" : ", " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings");
  }
}
