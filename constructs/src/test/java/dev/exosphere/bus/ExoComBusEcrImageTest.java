package dev.exosphere.bus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.network.ExoNetwork;
import dev.exosphere.network.ExoNetworkProps;
import dev.exosphere.testsupport.Namespaces;
import dev.exosphere.testsupport.PinnedStacks;
import dev.exosphere.testsupport.PolicyStatements;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The bus's image from ECR (the copy a VPC without NAT needs) is pulled with permissions on its repository. */
class ExoComBusEcrImageTest {
  private static final List<String> PULL = PolicyStatements.actions(
      "ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage");

  private static Template synth(String image) {
    Stack stack = PinnedStacks.newStack();
    ExoNetwork network = new ExoNetwork(stack, "Network", ExoNetworkProps.builder().build());
    new ExoComBus(stack, "Bus", ExoComBusProps.builder().vpc(network.getVpc())
        .namespace(Namespaces.create(stack, network.getVpc(), "shop")).image(image).build());
    return Template.fromStack(stack);
  }

  @Test
  void anEcrImageInAnotherAccountAndRegionIsPulledFromItsOwnRepository() {
    // GIVEN the bus image copied to ECR of another account and region
    Template t = synth("210987654321.dkr.ecr.eu-west-1.amazonaws.com/mirror/exocom:0.21.3");
    // THEN the execution role may pull from exactly that repository, named after the reference, not the stack
    List<Map<String, Object>> statements = PolicyStatements.ofRole(t, "^BusTaskDefinitionExecutionRole.*");
    assertTrue(statements.containsAll(List.of(
        Map.of("Action", PULL, "Effect", "Allow",
            "Resource", "arn:aws:ecr:eu-west-1:210987654321:repository/mirror/exocom"),
        Map.of("Action", List.of("ecr:GetAuthorizationToken"), "Effect", "Allow", "Resource", "*"))),
        statements.toString());
    // AND the container runs that image and tag
    t.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", List.of(Match.objectLike(Map.of(
        "Image", Map.of("Fn::Join", List.of("", List.of("210987654321.dkr.ecr.eu-west-1.",
            Map.of("Ref", "AWS::URLSuffix"), "/mirror/exocom:0.21.3"))))))));
  }

  @Test
  void aDigestIsPulledByDigest() {
    String digest = "sha256:" + "ab".repeat(32);
    Template t = synth("123456789012.dkr.ecr.us-east-1.amazonaws.com/exocom@" + digest);
    t.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", List.of(Match.objectLike(Map.of(
        "Image", Map.of("Fn::Join", List.of("", List.of("123456789012.dkr.ecr.us-east-1.",
            Map.of("Ref", "AWS::URLSuffix"), "/exocom@" + digest))))))));
    List<Map<String, Object>> statements = PolicyStatements.ofRole(t, "^BusTaskDefinitionExecutionRole.*");
    assertTrue(statements.contains(Map.of("Action", PULL, "Effect", "Allow",
        "Resource", "arn:aws:ecr:us-east-1:123456789012:repository/exocom")), statements.toString());
  }

  @Test
  void aDockerHubImageGetsNoEcrPermission() {
    // GIVEN the default image, originate/exocom on Docker Hub THEN the execution role has no ECR action at all
    Template t = synth("originate/exocom:0.21.3");
    t.findResources("AWS::IAM::Policy", Map.of("Properties", Map.of("Roles",
        List.of(Map.of("Ref", Match.stringLikeRegexp("^BusTaskDefinitionExecutionRole.*")))))).values()
        .forEach(policy -> assertFalse(policy.toString().contains("ecr:"), policy.toString()));
    t.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", List.of(Match.objectLike(Map.of(
        "Image", "originate/exocom:0.21.3")))));
    assertEquals(1, t.findResources("AWS::IAM::Policy", Map.of("Properties", Map.of("Roles",
        List.of(Map.of("Ref", Match.stringLikeRegexp("^BusTaskDefinitionExecutionRole.*")))))).size());
  }
}
