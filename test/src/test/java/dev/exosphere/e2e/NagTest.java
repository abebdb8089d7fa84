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
 * The real cdk-nag AwsSolutions rules over each environment of each {@code src/} app, and over SpaceTweet without
 * environments: no unsuppressed error or warning.
 */
class NagTest {

  static Stream<ExampleApps.Deployment> deployments() {
    return Stream.concat(ExampleApps.deployments().stream(),
        Stream.of(new ExampleApps.Deployment(ExampleApps.environmentless(), Optional.empty(), "space-tweet (environmentless)")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployments")
  void awsSolutionsChecksFindNothingUnsuppressed(ExampleApps.Deployment d, @TempDir Path out) {
    // GIVEN an app under src/ with the AwsSolutions rule pack applied to every construct
    App cdk = PinnedSynth.app(d.app(), d.environment(), out);
    ExoApp.build(cdk);
    Aspects.of(cdk).add(new AwsSolutionsChecks());
    // WHEN it is synthesized
    List<String> findings = NagFindings.of(cdk.synth());
    // THEN no stack (nested ones included) carries an AwsSolutions error or warning
    assertEquals(List.of(), findings, String.join("\n", findings));
  }
}
