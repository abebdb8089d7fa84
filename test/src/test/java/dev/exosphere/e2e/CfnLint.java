package dev.exosphere.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real cfn-lint over templates, in one run. cfn-lint missing is a failure unless {@code -Dexo.allowMissingCfnLint}
 * is set.
 */
public final class CfnLint {
  private CfnLint() {}

  /** Asserts that cfn-lint finds nothing in {@code templates}. */
  public static void assertClean(List<Path> templates) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("cfn-lint", "--format", "parseable",
        // the synth pins account, region and AZ names for byte-identical templates: hard-coded AZs are expected here
        "--ignore-checks", "W3010", "--"));
    templates.forEach(t -> command.add(t.toString()));
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException notFound) {
      Assumptions.assumeFalse(System.getProperty("exo.allowMissingCfnLint") != null, "cfn-lint is not on PATH");
      fail("cfn-lint is not on PATH (pip3 install cfn-lint==1.51.0), or run with -Dexo.allowMissingCfnLint: " + notFound);
      return;
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("cfn-lint did not finish within 10 minutes");
    }
    assertEquals("", output.strip());
    assertEquals(0, process.exitValue());
  }
}
