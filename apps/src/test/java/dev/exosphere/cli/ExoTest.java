package dev.exosphere.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exo dispatcher: help, unknown commands, and a bug of ours shown as one line. */
class ExoTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int exo(Exo exo, String... args) {
    return exo.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static Command failing() {
    return new Command() {
      @Override
      public String name() {
        return "boom";
      }

      @Override
      public String summary() {
        return "fails";
      }

      @Override
      public String usage() {
        return "usage: exo boom";
      }

      @Override
      public int run(List<String> args, PrintStream o, PrintStream e) {
        throw new IllegalStateException("a bug");
      }
    };
  }

  @Test
  void aMistypedCommandIsAUsageErrorWithASuggestion() {
    // GIVEN the standard commands WHEN 'exo valdiate' is typed
    int exit = exo(Exo.standard(), "valdiate");
    // THEN exit 2, with the closest command and the list of commands
    assertEquals(2, exit);
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("exo: unknown command 'valdiate': did you mean 'validate'?"),
        err.toString(StandardCharsets.UTF_8));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("images"));
  }

  @Test
  void helpOfOneCommandPrintsItsUsage() {
    // WHEN 'exo help validate' THEN the validate usage, exit 0
    assertEquals(0, exo(Exo.standard(), "help", "validate"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("validate"), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void noArgumentsPrintsHelpAndIsAUsageError() {
    assertEquals(2, exo(Exo.standard()));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: exo <command> [args]"));
  }

  @Test
  void aBugOfOursIsOneLineWithoutAStackTrace() {
    // GIVEN a command that throws WHEN it runs THEN exit 1 and one line that says how to get the trace
    assertEquals(1, exo(new Exo(List.of(failing())), "boom"));
    String text = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, text.lines().count(), text);
    assertTrue(text.contains("internal error") && text.contains("EXO_DEBUG=1"), text);
    assertFalse(text.contains("\tat "), text);
  }
}
