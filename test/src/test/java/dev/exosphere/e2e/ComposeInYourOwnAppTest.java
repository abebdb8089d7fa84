package dev.exosphere.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.ExoException;
import dev.exosphere.application.ExoApplication;
import dev.exosphere.application.ExoApplicationProps;
import dev.exosphere.load.ModelLoader;
import dev.exosphere.model.ExoModel;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcProps;

/** What the README shows: another CDK app composes ExoApplication in a few lines, into a VPC of its own. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComposeInYourOwnAppTest {
  private ExoApplication exo;
  private Template template;

  @BeforeAll
  void synth() {
    // GIVEN someone else's CDK app with a VPC of its own, and none of our cdk.json's feature flags (CDK's defaults)
    App app = new App();
    Stack stack = new Stack(app, "Platform", StackProps.builder()
        .env(Environment.builder().account("123456789012").region("us-east-1").build()).build());
    Vpc vpc = new Vpc(stack, "SharedVpc", VpcProps.builder().maxAzs(2).build());
    // WHEN it adds the example application in a few lines
    ExoModel model = ModelLoader.load(Path.of("src/space-tweet/exosphere.yml")).orThrow();
    exo = new ExoApplication(stack, "SpaceTweet", ExoApplicationProps.builder().model(model).vpc(vpc).build());
    template = Template.fromStack(stack);
  }

  @Test
  void usesThePassedVpcAndCreatesNoOther() {
    // THEN the only VPC is the app's own
    template.resourceCountIs("AWS::EC2::VPC", 1);
    assertTrue(exo.getNetwork().getVpc().getVpcId().startsWith("${Token"));
  }

  @Test
  void exposesEveryServiceAndTheBus() {
    // THEN the getters give the parts to wire further
    assertEquals(java.util.Set.of("web", "users", "tweets", "notifier"), exo.getServices().keySet());
    assertEquals("exocom.space-tweet.internal", exo.getBus().orElseThrow().getHost());
    assertTrue(exo.getGateway().isPresent());
  }

  @Test
  void putsServicesIntoNestedStacks() {
    // THEN the services live in nested stacks, not in the caller's stack
    template.resourceCountIs("AWS::ECS::Service", 1);
    assertTrue(template.findResources("AWS::CloudFormation::Stack", Match.anyValue()).size() >= 1);
    Map<String, Map<String, Object>> outputs = template.findOutputs("*", Match.anyValue());
    assertTrue(outputs.keySet().stream().anyMatch(k -> k.contains("Url")), outputs.keySet().toString());
  }

  @Test
  void anEnvironmentAgnosticStackIsAClearErrorNotACrash() {
    // GIVEN a stack with no region WHEN the app (it has a public service) is added to it
    Stack agnostic = new Stack(new App(), "NoRegion");
    ExoModel model = ModelLoader.load(Path.of("src/space-tweet/exosphere.yml")).orThrow();
    ExoException e = assertThrows(ExoException.class, () ->
        new ExoApplication(agnostic, "SpaceTweet", ExoApplicationProps.builder().model(model).build()));
    // THEN the error names the construct, what is missing and the fix
    assertTrue(e.getMessage().startsWith("NoRegion/SpaceTweet: region = none (an environment-agnostic stack) is invalid"),
        e.getMessage());
    assertTrue(e.getMessage().contains("Fix: set region in exosphere.yml"), e.getMessage());
  }
}
