package dev.exosphere.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * One {@code exo} command (or action), parsed by picocli. Implementations print for people and return the exit
 * code: {@link Exo#OK}, {@link Exo#FAILED} when the work found errors, {@link Exo#USAGE} for a usage error.
 */
public abstract class ExoCommand implements Callable<Integer> {
  /** Where results go; set by {@link Exo#execute} before the command runs. */
  protected PrintStream out = System.out;
  /** Where problems go; set by {@link Exo#execute} before the command runs. */
  protected PrintStream err = System.err;

  @Spec
  CommandSpec spec;

  /** Runs this command on its own, as {@code exo <name> args...} would (tests, benchmarks). */
  public int run(List<String> args, PrintStream out, PrintStream err) {
    return Exo.execute(new CommandLine(this), args, out, err);
  }

  void streams(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** A usage error of this command: reported as picocli reports its own, with exit code 2. */
  CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
