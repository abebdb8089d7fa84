package dev.exosphere.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each {@code src/} app synthesizes to its reviewed snapshot, and twice to byte-identical templates. */
class SnapshotTest {

  static Stream<Path> apps() {
    return ExampleApps.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apps")
  void templatesMatchTheReviewedSnapshot(Path app, @TempDir Path out) {
    // GIVEN an app under src/ and pinned account, region and AZs
    // WHEN it is synthesized
    Map<String, String> templates = PinnedSynth.templates(app, out);
    // THEN every template equals its snapshot, byte for byte
    Snapshots.assertMatches(ExampleApps.nameOf(app), templates);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apps")
  void twoSynthsGiveByteIdenticalTemplates(Path app, @TempDir Path out) throws Exception {
    // GIVEN the same YAML synthesized twice, into two folders
    Path first = Files.createDirectories(out.resolve("first"));
    Path second = Files.createDirectories(out.resolve("second"));
    // WHEN both synths run
    Map<String, String> a = PinnedSynth.templates(app, first);
    Map<String, String> b = PinnedSynth.templates(app, second);
    // THEN the templates are identical
    assertEquals(a, b);
  }
}
