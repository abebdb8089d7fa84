package dev.exosphere.trust;

import dev.exosphere.e2e.CfnLint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template that synthesizes deploys, as far as the real cfn-lint can tell: every app of the valid corpus (each
 * environment of one that has them), synthesized, linted in one run ({@link CfnLint}).
 */
class ValidCorpusLintTest {
  @TempDir Path out;

  @Test
  void everyValidCorpusTemplateIsCleanForCfnLint() throws Exception {
    // GIVEN every valid corpus app synthesized, each into its own folder
    List<Path> templates = new ArrayList<>();
    try (Stream<Path> files = Files.list(ValidCorpusTest.CORPUS)) {
      for (Path yml : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
        Path dir = Files.createDirectories(out.resolve(yml.getFileName().toString().replace(".yml", "")));
        Synth.templates(yml, dir).keySet().forEach(name -> templates.add(newest(dir, name)));
      }
    }
    // WHEN cfn-lint checks them THEN no finding
    CfnLint.assertClean(templates);
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
