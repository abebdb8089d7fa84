package dev.exosphere.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exosphere.app.ExoApp;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;

/** The real cdk-nag AwsSolutions rules over each {@code src/} app: no unsuppressed error or warning. */
class NagTest {

  static Stream<Path> apps() {
    return ExampleApps.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apps")
  void awsSolutionsChecksFindNothingUnsuppressed(Path app, @TempDir Path out) {
    // GIVEN an app under src/ with the AwsSolutions rule pack applied to every construct
    App cdk = PinnedSynth.app(app, out);
    ExoApp.build(cdk);
    Aspects.of(cdk).add(new AwsSolutionsChecks());
    // WHEN it is synthesized
    List<String> findings = NagFindings.of(cdk.synth());
    // THEN no stack (nested ones included) carries an AwsSolutions error or warning
    assertEquals(List.of(), findings, String.join("\n", findings));
  }
}
