package dev.exosphere.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.bench.AppGenerator;
import dev.exosphere.e2e.ExampleApps;
import dev.exosphere.load.LoadResult;
import dev.exosphere.load.ModelLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise: a file {@code exo validate} accepts synthesizes. Every example app, every file of the valid corpus,
 * generated apps and a seeded sample of variants are loaded; each one accepted is synthesized in this JVM, and the
 * test names every file that validated and then failed, with the error.
 *
 * <p>{@code -Dexo.corpus=<folder>} adds every {@code *.yml} under a folder of your own (hostile files may fail to
 * validate; those that validate must synthesize).
 */
class NoDivergenceTest {
  /** Variants written per kind (slots, mutations); the accepted ones are synthesized, up to {@link #MAX_VARIANT_SYNTHS}. */
  private static final int VARIANTS = 500;
  private static final int MAX_VARIANT_SYNTHS = 24;

  @TempDir Path tmp;

  @Test
  void everyAcceptedFileSynthesizes() throws IOException {
    // GIVEN the corpora that must validate, and variants that may or may not
    List<Path> mustValidate = new ArrayList<>(ExampleApps.all());
    try (Stream<Path> valid = Files.list(ValidCorpusTest.CORPUS)) {
      mustValidate.addAll(valid.filter(f -> f.toString().endsWith(".yml")).sorted().toList());
    }
    mustValidate.add(AppGenerator.write(tmp.resolve("generated-7"), 7));
    mustValidate.add(AppGenerator.write(tmp.resolve("generated-31"), 31));
    List<Path> variants = Variants.write(tmp.resolve("variants"), VARIANTS, 20261202L);
    List<String> failures = new ArrayList<>();
    // WHEN each is loaded, and synthesized when accepted
    for (Path f : mustValidate) {
      LoadResult r = ModelLoader.load(f);
      if (r.hasErrors()) {
        failures.add(f + ": does not validate: " + r.errors().get(0).format());
      } else {
        Synth.failure(f, tmp).ifPresent(e -> failures.add(f + ": validated, then synth failed: " + e));
      }
    }
    int synthesized = 0;
    for (Path f : variants) {
      if (synthesized < MAX_VARIANT_SYNTHS && !ModelLoader.load(f).hasErrors()) {
        synthesized++;
        Synth.failure(f, tmp).ifPresent(e -> failures.add(f + ": validated, then synth failed: " + e + "\n" + read(f)));
      }
    }
    int own = 0;
    for (Path f : ownCorpus()) {
      if (!ModelLoader.load(f).hasErrors()) {
        own++;
        Synth.failure(f, tmp).ifPresent(e -> failures.add(f + ": validated, then synth failed: " + e));
      }
    }
    System.out.println("NoDivergenceTest: " + mustValidate.size() + " corpus files and " + synthesized + " of "
        + variants.size() + " variants (and " + own + " of -Dexo.corpus) validated and were synthesized; " + failures.size()
        + " failed");
    // THEN none failed, and the variants did reach synth
    assertEquals(List.of(), failures);
    assertTrue(synthesized >= MAX_VARIANT_SYNTHS / 2, "variants synthesized: " + synthesized);
  }

  private static List<Path> ownCorpus() throws IOException {
    String dir = System.getProperty("exo.corpus", "");
    if (dir.isBlank()) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(Path.of(dir))) {
      return files.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }
}
