package dev.exosphere.cli;

import java.io.PrintStream;
import java.util.List;

/** One {@code exo} sub-command. Implementations print for people and return the process exit code. */
public interface Command {
  /** The word after {@code exo}, e.g. {@code validate}. */
  String name();

  /** One line for {@code exo help}. */
  String summary();

  /** Usage text for {@code exo help <name>} and usage errors. */
  String usage();

  /**
   * Runs it. User errors are printed to {@code err} as clear messages (never a stack trace).
   *
   * @return 0 on success, 1 when the work found errors, 2 for a usage error
   */
  int run(List<String> args, PrintStream out, PrintStream err);
}
