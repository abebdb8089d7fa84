package dev.exosphere;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exosphere.testsupport.FullInfraStack;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/** The real AwsSolutions cdk-nag pack over network + public cluster + private cluster + bus. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExoCdkNagTest {
  private Annotations annotations;
  private Annotations isolated;

  @BeforeAll
  void synthWithNag() {
    // GIVEN every infrastructure construct in one stack (and again without NAT gateways, so with the VPC endpoints,
    // and the bus image in ECR), WHEN the AwsSolutions checks run at synth
    annotations = withNag(FullInfraStack.create());
    isolated = withNag(FullInfraStack.createIsolated());
  }

  private static Annotations withNag(Stack stack) {
    Aspects.of(stack).add(new AwsSolutionsChecks());
    return Annotations.fromStack(stack);
  }

  @Test
  void noUnsuppressedErrors() {
    // THEN no AwsSolutions error is left
    assertEquals("", describe(annotations.findError("*", Match.stringLikeRegexp("AwsSolutions-.*"))));
    assertEquals("", describe(isolated.findError("*", Match.stringLikeRegexp("AwsSolutions-.*"))));
  }

  @Test
  void noUnsuppressedWarnings() {
    // THEN no AwsSolutions warning is left
    assertEquals("", describe(annotations.findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*"))));
    assertEquals("", describe(isolated.findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*"))));
  }

  private static String describe(List<SynthesisMessage> messages) {
    return messages.stream().map(m -> m.getId() + ": " + m.getEntry().getData())
        .collect(Collectors.joining("\n"));
  }
}
