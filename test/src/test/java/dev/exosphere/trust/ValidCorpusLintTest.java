package dev.exosphere.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template that synthesizes deploys, as far as the real cfn-lint can tell: every app of the valid corpus,
 * synthesized, linted in one run. cfn-lint missing is a failure unless {@code -Dexo.allowMissingCfnLint} is set.
 */
class ValidCorpusLintTest {
  @TempDir Path out;

  @Test
  void everyValidCorpusTemplateIsCleanForCfnLint() throws Exception {
    // GIVEN every valid corpus app synthesized, each into its own folder
    List<String> command = new ArrayList<>(List.of("cfn-lint", "--format", "parseable",
        // the synth pins account, region and AZ names for byte-identical templates: hard-coded AZs are expected here
        "--ignore-checks", "W3010", "--"));
    try (Stream<Path> files = Files.list(ValidCorpusTest.CORPUS)) {
      for (Path yml : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
        Path dir = Files.createDirectories(out.resolve(yml.getFileName().toString().replace(".yml", "")));
        Synth.templates(yml, dir).keySet().forEach(name -> command.add(newest(dir, name).toString()));
      }
    }
    // WHEN cfn-lint checks them
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
    // THEN no finding
    assertEquals("", output.strip());
    assertEquals(0, process.exitValue());
  }

  /** Synth.templates writes into a fresh folder under {@code dir}: the one holding {@code name}. */
  private static Path newest(Path dir, String name) {
    try (Stream<Path> subs = Files.list(dir)) {
      return subs.map(d -> d.resolve(name)).filter(Files::isRegularFile).findFirst().orElseThrow();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
