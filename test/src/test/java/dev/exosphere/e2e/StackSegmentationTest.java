package dev.exosphere.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stacks of stacks of src/ailtire-demo (web, then customer under /cs, then search under /cs/search): each stack
 * its own nested template and network segment, whose members admit nothing but each other, the load balancer on
 * their ports and (as clients) reach ExoCom.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StackSegmentationTest {
  private static final Path APP = ExampleApps.repo().resolve("src/ailtire-demo/exosphere.yml");
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, JsonNode> templates = new TreeMap<>();

  @BeforeAll
  void synth(@TempDir Path out) throws Exception {
    // GIVEN the example app synthesized
    for (Map.Entry<String, String> t : PinnedSynth.templates(APP, out).entrySet()) {
      templates.put(t.getKey(), json.readTree(t.getValue()));
    }
  }

  /** The one template holding a resource of {@code type} whose logical id starts with {@code prefix}. */
  private JsonNode templateWith(String type, String prefix) {
    List<JsonNode> found = templates.values().stream().filter(t -> resources(t, type).stream()
        .anyMatch(e -> e.getKey().startsWith(prefix))).toList();
    assertEquals(1, found.size(), prefix + " in " + templates.keySet());
    return found.get(0);
  }

  private static List<Map.Entry<String, JsonNode>> resources(JsonNode template, String type) {
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    template.path("Resources").fields().forEachRemaining(e -> {
      if (e.getValue().path("Type").asText().equals(type)) {
        out.add(e);
      }
    });
    return out;
  }

  private static List<JsonNode> props(JsonNode template, String type) {
    return resources(template, type).stream().map(e -> e.getValue().path("Properties")).toList();
  }

  @Test
  void eachStackIsANestedTemplateInsideItsParents() {
    // THEN the grandchild's template is a resource of the child's, the child's of the application's
    JsonNode root = templates.get("ailtire-demo.template.json");
    assertTrue(resources(root, "AWS::CloudFormation::Stack").stream().anyMatch(e -> e.getKey().startsWith("AppStackCustomer")),
        "customer nested in the application");
    JsonNode customer = templateWith("AWS::CloudFormation::Stack", "StackSearch");
    assertTrue(resources(customer, "AWS::ECS::Service").stream().anyMatch(e -> e.getKey().startsWith("customerportal")),
        "customer's portal in customer's template");
    JsonNode search = templateWith("AWS::ECS::Service", "customersearchapi");
    assertTrue(resources(search, "AWS::EC2::SecurityGroup").stream().anyMatch(e -> e.getKey().startsWith("Segment")),
        "search's api in its own template");
  }

  @Test
  void membersRunInAwsvpcModeWithTheirStacksGroupOnly() {
    // THEN every task definition of a stack's member uses awsvpc, and its service has exactly the segment's group
    for (String member : List.of("customerportal", "customerorders", "customersearchapi", "customersearchindexer")) {
      JsonNode t = templateWith("AWS::ECS::Service", member);
      JsonNode service = resources(t, "AWS::ECS::Service").stream().filter(e -> e.getKey().startsWith(member))
          .findFirst().orElseThrow().getValue().path("Properties");
      JsonNode groups = service.path("NetworkConfiguration").path("AwsvpcConfiguration").path("SecurityGroups");
      assertEquals(1, groups.size(), member + ": " + groups);
      assertTrue(groups.toString().contains("Segment"), member + ": " + groups);
      assertTrue(props(t, "AWS::ECS::TaskDefinition").stream().allMatch(p -> p.path("NetworkMode").asText().equals("awsvpc")));
    }
  }

  @Test
  void aSegmentAdmitsOnlyItsMembersAndTheLoadBalancerOnTheirPorts() {
    // THEN the segment's ingress: itself on all TCP, the load balancer's group on port 80 (portal, api), no CIDR
    for (String stack : List.of("customer", "search")) {
      JsonNode t = templates.values().stream().filter(x -> resources(x, "AWS::EC2::SecurityGroup").stream()
          .anyMatch(e -> e.getValue().path("Properties").path("GroupDescription").asText().contains("stack " +
              (stack.equals("customer") ? "customer " : "customer/search ")))).findFirst().orElseThrow();
      JsonNode group = props(t, "AWS::EC2::SecurityGroup").get(0);
      assertTrue(group.path("SecurityGroupIngress").isMissingNode() || group.path("SecurityGroupIngress").isEmpty(),
          "no inline ingress: " + group);
      List<JsonNode> ingress = props(t, "AWS::EC2::SecurityGroupIngress");
      List<String> seen = new ArrayList<>();
      for (JsonNode rule : ingress) {
        assertTrue(rule.path("CidrIp").isMissingNode(), stack + " admits no address range: " + rule);
        String source = rule.path("SourceSecurityGroupId").toString();
        if (source.contains("Segment")) {
          seen.add("self:" + rule.path("FromPort").asInt() + "-" + rule.path("ToPort").asInt());
        } else {
          assertTrue(source.toLowerCase().contains("gateway"), stack + ": only the load balancer from outside: " + rule);
          seen.add("lb:" + rule.path("FromPort").asInt() + "-" + rule.path("ToPort").asInt());
        }
      }
      assertEquals(List.of("lb:80-80", "self:0-65535"), seen.stream().sorted().toList(), stack);
    }
  }

  @Test
  void exoComAdmitsEverySegmentOnItsPort() {
    // THEN the bus's port takes the two clusters and the two segments
    long segments = templates.values().stream().flatMap(t -> props(t, "AWS::EC2::SecurityGroupIngress").stream())
        .filter(r -> r.path("FromPort").asInt() == 3100)
        .filter(r -> r.path("SourceSecurityGroupId").toString().contains("Segment")
            || r.path("SourceSecurityGroupId").toString().contains("StackCustomer")).count();
    assertEquals(2, segments);
  }

  @Test
  void membersGetAiltiresVariables() {
    // THEN search's api knows its application, its stack, its parent and the parent's segment
    JsonNode t = templateWith("AWS::ECS::Service", "customersearchapi");
    String env = props(t, "AWS::ECS::TaskDefinition").get(0).path("ContainerDefinitions").get(0).path("Environment")
        .toString();
    for (String pair : List.of("AILTIRE_APPNAME\",\"Value\":\"ailtire-demo", "AILTIRE_STACKNAME\",\"Value\":\"customer/search",
        "AILTIRE_PARENT\",\"Value\":\"customer\"", "AILTIRE_PARENT_NETWORK\",\"Value\":\"ailtire-demo-customer\"")) {
      assertTrue(env.contains(pair), pair + " in " + env);
    }
  }

  @Test
  void routesAreMountedUnderTheParentsPrefixAndRewrittenBack() {
    // THEN api's rule matches /cs/search (and below) and rewrites it to what api serves
    JsonNode t = templateWith("AWS::ECS::Service", "customersearchapi");
    String rules = props(t, "AWS::ElasticLoadBalancingV2::ListenerRule").toString();
    assertTrue(rules.contains("\"/cs/search\"") && rules.contains("\"/cs/search/*\""), rules);
    assertTrue(rules.contains("url-rewrite"), rules);
  }
}
