package dev.exosphere.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exosphere.app.ExoApp;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;

/**
 * The real cdk-nag AwsSolutions rules over the valid-corpus apps of the capacity and rollout keys (mixed instances and
 * Spot, deployment strategies, extra listeners), which no {@code src/} app covers yet: no unsuppressed finding.
 */
class ValidCorpusNagTest {
  static Stream<String> apps() {
    return Stream.of("spot.yml", "deployments.yml", "tcp.yml", "extra-listeners.yml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apps")
  void awsSolutionsChecksFindNothingUnsuppressed(String file, @TempDir Path out) {
    // GIVEN a valid-corpus app with the AwsSolutions rule pack applied to every construct
    App cdk = PinnedSynth.app(Path.of("test/src/test/resources/valid").resolve(file), Optional.empty(), out);
    ExoApp.build(cdk);
    Aspects.of(cdk).add(new AwsSolutionsChecks());
    // WHEN it is synthesized
    List<String> findings = NagFindings.of(cdk.synth());
    // THEN no stack carries an AwsSolutions error or warning
    assertEquals(List.of(), findings, String.join("\n", findings));
  }
}
