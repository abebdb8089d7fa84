package dev.exosphere.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the parts of SpaceTweet reach each other across the parent and the nested stacks: the rules that let
 * traffic through exist exactly once, so the app works and CloudFormation accepts it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationWiringTest {
  private final ObjectMapper json = new ObjectMapper();
  private final List<JsonNode> resources = new ArrayList<>();
  private JsonNode parent;

  @BeforeAll
  void synth(@TempDir Path out) throws Exception {
    // GIVEN the example app (as it was without environments: the names below are those of an app without them),
    // synthesized with services in nested stacks
    Map<String, String> templates = PinnedSynth.templates(ExampleApps.environmentless(), out);
    for (String template : templates.values()) {
      json.readTree(template).path("Resources").forEach(resources::add);
    }
    parent = json.readTree(templates.get("space-tweet.template.json"));
  }

  private List<JsonNode> ofType(String type) {
    return resources.stream().filter(r -> r.path("Type").asText().equals(type)).toList();
  }

  private static boolean ephemeral(JsonNode rule) {
    JsonNode p = rule.path("Properties");
    return p.path("FromPort").asInt() == 32768 && p.path("ToPort").asInt() == 65535;
  }

  @Test
  void theLoadBalancerReachesTheTasksThroughExactlyOneIngressRule() {
    // THEN one rule (in any template) opens the public instances' dynamic host ports to the load balancer: none would
    // leave web unreachable, two would make CloudFormation fail on a duplicate permission
    List<JsonNode> ingress = ofType("AWS::EC2::SecurityGroupIngress").stream().filter(ApplicationWiringTest::ephemeral)
        .toList();
    assertEquals(1, ingress.size(), ingress.toString());
    assertTrue(ingress.get(0).toString().contains("AppGatewaySecurityGroup"), ingress.toString());
    assertTrue(ingress.get(0).toString().contains("AppPublicClusterSecurityGroup"), ingress.toString());
  }

  @Test
  void theLoadBalancerMayLeaveOnlyTowardsTheTasks() {
    // THEN its one egress rule goes to the public instances' dynamic host ports
    List<JsonNode> egress = ofType("AWS::EC2::SecurityGroupEgress");
    assertEquals(1, egress.size(), egress.toString());
    assertTrue(ephemeral(egress.get(0)), egress.toString());
  }

  @Test
  void exoComAdmitsOnlyTheTwoClustersOnItsPort() {
    // THEN the bus takes port 3100 from the public and the private instances, and nothing else
    List<String> bus = ofType("AWS::EC2::SecurityGroupIngress").stream()
        .filter(r -> r.path("Properties").path("FromPort").asInt() == 3100)
        .map(r -> r.path("Properties").path("SourceSecurityGroupId").toString())
        .sorted().toList();
    assertEquals(2, bus.size(), bus.toString());
    assertTrue(bus.get(0).contains("PrivateClusterSecurityGroup") && bus.get(1).contains("PublicClusterSecurityGroup"),
        bus.toString());
  }

  @Test
  void thePublicServiceJoinsItsTargetGroupAfterItsListenerRuleExists() {
    // THEN web's ECS service names its target group and waits for the rule that puts the group on the load balancer
    JsonNode web = ofType("AWS::ECS::Service").stream()
        .filter(s -> s.path("Properties").path("LoadBalancers").size() > 0).findFirst().orElseThrow();
    assertEquals(Map.of("ContainerName", "web", "ContainerPort", 3000),
        Map.of("ContainerName", web.at("/Properties/LoadBalancers/0/ContainerName").asText(),
            "ContainerPort", web.at("/Properties/LoadBalancers/0/ContainerPort").asInt()));
    assertTrue(web.path("DependsOn").toString().contains("webRule"), web.toString());
    assertEquals(60, web.at("/Properties/HealthCheckGracePeriodSeconds").asInt());
  }

  @Test
  void theStackTellsWhereTheAppIsAndWhatToRegister() {
    // THEN the outputs an ops engineer needs after deploy: URL, load balancer, name servers, ExoCom's address, dashboard
    JsonNode outputs = parent.path("Outputs");
    assertEquals(5, outputs.size(), outputs.toString());
    assertEquals("https://console.aws.amazon.com/cloudwatch/home?region=us-east-1#dashboards:name=space-tweet",
        outputs.path("AppDashboardUrlB417203C").path("Value").asText());
    assertEquals("https://spacetweet.example.com", outputs.path("AppUrlC89C55C1").path("Value").asText());
    assertTrue(outputs.path("AppNameServers2F836BCF").path("Value").toString().contains("NameServers"), outputs.toString());
    assertTrue(outputs.path("AppLoadBalancerDnsNameD0B54A6B").path("Value").toString().contains("DNSName"));
    assertEquals("exocom.space-tweet.internal:3100", outputs.path("AppExoComAddress86B98D73").path("Value").asText());
  }
}
