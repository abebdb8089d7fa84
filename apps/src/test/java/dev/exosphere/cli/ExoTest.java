package dev.exosphere.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Command;

/** The exo dispatcher: help everywhere, unknown commands, exit codes, and a bug of ours shown as one line. */
class ExoTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int exo(Exo exo, String... args) {
    return exo.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Command(name = "boom")
  static final class Failing extends ExoCommand {
    @Override
    public Integer call() {
      throw new IllegalStateException("a bug");
    }
  }

  @Test
  void aMistypedCommandIsAUsageErrorWithASuggestion() {
    // GIVEN the standard commands WHEN 'exo valdiate' is typed
    int exit = exo(Exo.standard(), "valdiate");
    // THEN exit 2, one line with the closest command and where the help is
    assertEquals(2, exit);
    assertEquals("exo: unknown command 'valdiate': did you mean 'validate'? (see 'exo --help')\n", err());
  }

  @Test
  void helpOfOneCommandPrintsItsUsage() {
    // WHEN 'exo help validate' THEN the validate usage, exit 0
    assertEquals(0, exo(Exo.standard(), "help", "validate"));
    assertTrue(out().startsWith("Usage: exo validate [-h] [-f=FILE] [FILE]"), out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h", "validate --help", "validate -h", "images --help", "images -h",
      "images build --help", "images build -h", "images push --help", "images push -h", "help", "help images",
      "status --help", "logs --help", "help status", "help logs"})
  void helpWorksAfterEveryCommandAndAction(String args) {
    // WHEN help is asked for anywhere THEN the usage on stdout, with the exit codes, and exit 0
    assertEquals(0, exo(Exo.standard(), args.split(" ")), err());
    assertTrue(out().startsWith("Usage: exo"), out());
    assertTrue(out().contains("Exit status:"), out());
    assertEquals("", err());
  }

  @Test
  void helpForAnUnknownCommandIsAnError() {
    assertEquals(2, exo(Exo.standard(), "help", "nope"));
    assertEquals("exo: unknown command 'nope' (see 'exo --help')\n", err());
  }

  @Test
  void noArgumentsPrintsHelpAndIsAUsageError() {
    assertEquals(2, exo(Exo.standard()));
    assertTrue(err().startsWith("Usage: exo [-h] <command>"), err());
    assertTrue(err().contains("validate") && err().contains("images"), err());
    assertTrue(err().contains("\n  status    Shows the deployed application's health; exit 1 when unhealthy.\n")
        && err().contains("\n  logs      Prints a deployed service's logs, every task merged by time.\n"), err());
  }

  @Test
  void theExitCodesAreDocumented() {
    exo(Exo.standard(), "--help");
    assertTrue(out().contains("Exit status:\n  0   success (warnings allowed)\n"
        + "  1   the file has errors, a build or push failed, or the deployment is\n"
        + "        unhealthy\n"
        + "  2   usage error (unknown command or option, malformed value)\n"), out());
  }

  @Test
  void aBugOfOursIsOneLineWithoutAStackTrace() {
    // GIVEN a command that throws WHEN it runs THEN exit 1 and one line that says how to get the trace
    assertEquals(1, exo(new Exo(List.of(new Failing())), "boom"));
    assertEquals(1, err().lines().count(), err());
    assertTrue(err().startsWith("exo boom: internal error: java.lang.IllegalStateException: a bug"), err());
    assertTrue(err().contains("EXO_DEBUG=1"), err());
    assertFalse(err().contains("\tat "), err());
  }
}
