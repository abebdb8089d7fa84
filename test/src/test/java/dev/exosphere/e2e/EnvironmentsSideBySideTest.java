package dev.exosphere.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two environments of one application in one account and region: every physical name CloudFormation or AWS requires
 * to be unique there (task definition families, the Cloud Map namespace, the hosted zone and its records, the
 * certificate's domain, stack names) differs; the rest is left to CloudFormation, which names it after the stack.
 */
class EnvironmentsSideBySideTest {
  /** Properties that name a resource within the account and region. */
  private static final Set<String> NAME_KEYS = Set.of("Family", "Name", "DomainName", "LogGroupName", "ClusterName",
      "AutoScalingGroupName", "RoleName", "BucketName", "LaunchTemplateName", "ServiceName", "LoadBalancerName",
      "TargetGroupName", "GroupName", "CapacityProviderName");
  /** Named within their Cloud Map namespace, which differs (checked below). */
  private static final String SCOPED = "AWS::ServiceDiscovery::Service";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path out;

  private Set<String> names(String environment, Set<String> scoped) throws Exception {
    Path dir = Files.createDirectories(out.resolve(environment));
    Map<String, String> templates = PinnedSynth.templates(Path.of("src/space-tweet/exosphere.yml"), Optional.of(environment), dir);
    assertTrue(templates.containsKey("space-tweet-" + environment + ".template.json"), templates.keySet().toString());
    Set<String> names = new TreeSet<>();
    for (String template : templates.values()) {
      for (JsonNode resource : JSON.readTree(template).path("Resources")) {
        String type = resource.path("Type").asText();
        resource.path("Properties").fields().forEachRemaining(p -> {
          if (NAME_KEYS.contains(p.getKey()) && p.getValue().isTextual()) {
            (type.equals(SCOPED) ? scoped : names).add(type + " " + p.getKey() + " " + p.getValue().asText());
          }
        });
      }
    }
    return names;
  }

  @Test
  void stagingAndProductionShareNoPhysicalName() throws Exception {
    // GIVEN the example's two environments, synthesized side by side for the same account and region
    Set<String> stagingScoped = new TreeSet<>();
    Set<String> productionScoped = new TreeSet<>();
    Set<String> staging = names("staging", stagingScoped);
    Set<String> production = names("production", productionScoped);
    // WHEN their physical names are compared
    Set<String> common = new TreeSet<>(staging);
    common.retainAll(production);
    // THEN none is shared; the names are the environment's
    assertEquals(Set.of(), common);
    assertTrue(staging.containsAll(List.of("AWS::ECS::TaskDefinition Family space-tweet-staging-web",
        "AWS::ServiceDiscovery::PrivateDnsNamespace Name space-tweet-staging.internal",
        "AWS::Route53::HostedZone Name staging.spacetweet.example.com.")), staging.toString());
    assertTrue(production.containsAll(List.of("AWS::ECS::TaskDefinition Family space-tweet-production-web",
        "AWS::ServiceDiscovery::PrivateDnsNamespace Name space-tweet-production.internal",
        "AWS::Route53::HostedZone Name spacetweet.example.com.")), production.toString());
    // AND the services registered in Cloud Map have the same names, in namespaces of their own
    assertEquals(stagingScoped, productionScoped);
    assertNotEquals(Set.of(), stagingScoped);
  }
}
