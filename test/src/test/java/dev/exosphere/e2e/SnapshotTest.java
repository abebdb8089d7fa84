package dev.exosphere.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each environment of each {@code src/} app synthesizes to its reviewed snapshot ({@code test/snapshots/<stack>}),
 * and twice to byte-identical templates.
 */
class SnapshotTest {

  static Stream<ExampleApps.Deployment> deployments() {
    return ExampleApps.deployments().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployments")
  void templatesMatchTheReviewedSnapshot(ExampleApps.Deployment d, @TempDir Path out) {
    // GIVEN one environment of an app under src/ and pinned account, region and AZs
    // WHEN it is synthesized
    Map<String, String> templates = PinnedSynth.templates(d.app(), d.environment(), out);
    // THEN it is the stack <app>-<env>, and every template equals its snapshot, byte for byte
    assertTrue(templates.containsKey(d.name() + ".template.json"), templates.keySet().toString());
    Snapshots.assertMatches(d.name(), templates);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployments")
  void twoSynthsGiveByteIdenticalTemplates(ExampleApps.Deployment d, @TempDir Path out) throws Exception {
    // GIVEN the same YAML synthesized twice, into two folders
    Path first = Files.createDirectories(out.resolve("first"));
    Path second = Files.createDirectories(out.resolve("second"));
    // WHEN both synths run
    Map<String, String> a = PinnedSynth.templates(d.app(), d.environment(), first);
    Map<String, String> b = PinnedSynth.templates(d.app(), d.environment(), second);
    // THEN the templates are identical
    assertEquals(a, b);
  }
}
