package dev.exosphere.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The application's file, taken the same way by every command: {@code -f/--file FILE} or a positional FILE. */
final class FileArgument {
  static final Path DEFAULT = Path.of("exosphere.yml");

  @Option(names = {"-f", "--file"}, paramLabel = "FILE",
      description = "The application's exosphere.yml (default: ./exosphere.yml).")
  Path option;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "Same as --file.")
  Path positional;

  /** The file named, or {@code defaultFile}; naming it twice is a usage error. */
  Path file(ExoCommand command, Path defaultFile) {
    if (option != null && positional != null && !option.equals(positional)) {
      throw command.usage("name the file once, as --file " + option + " or as " + positional + ", not both");
    }
    return option != null ? option : positional != null ? positional : defaultFile;
  }

  boolean named() {
    return option != null || positional != null;
  }
}
