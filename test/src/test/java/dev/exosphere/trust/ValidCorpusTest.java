package dev.exosphere.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** What the user wrote reaches the templates as written: values of the valid corpus, checked in the synthesized JSON. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidCorpusTest {
  static final Path CORPUS = Path.of("test/src/test/resources/valid");
  private final ObjectMapper json = new ObjectMapper();
  private final List<JsonNode> resources = new ArrayList<>();

  /** Logical id to resource, across the parent and nested templates (ids are unique across them here). */
  private final Map<String, JsonNode> byId = new java.util.TreeMap<>();

  @BeforeAll
  void synth(@TempDir Path out) throws Exception {
    // GIVEN kept-values.yml: COUNTRY: NO, FEATURE: on... and a private service without interface
    for (String t : Synth.templates(CORPUS.resolve("kept-values.yml"), out).values()) {
      json.readTree(t).path("Resources").fields().forEachRemaining(e -> {
        resources.add(e.getValue());
        byId.put(e.getKey(), e.getValue());
      });
    }
  }

  private Map.Entry<String, JsonNode> taskDefinition(String family) {
    return byId.entrySet().stream()
        .filter(e -> e.getValue().path("Type").asText().equals("AWS::ECS::TaskDefinition"))
        .filter(e -> e.getValue().path("Properties").path("Family").asText().equals(family))
        .findFirst().orElseThrow(() -> new AssertionError("no task definition " + family));
  }

  private JsonNode container(String family) {
    return taskDefinition(family).getValue().path("Properties").path("ContainerDefinitions").get(0);
  }

  private Map<String, String> environment(String family) {
    Map<String, String> env = new java.util.TreeMap<>();
    container(family).path("Environment").forEach(e -> env.put(e.path("Name").asText(), e.path("Value").asText()));
    return env;
  }

  @Test
  void yamlBooleansAndNumbersKeepTheTextWritten() {
    // THEN the task definition has the text as written, not false/true or a reformatted number
    Map<String, String> env = environment("kept-web");
    assertEquals("NO", env.get("COUNTRY"));
    assertEquals("on", env.get("FEATURE"));
    assertEquals("Off", env.get("LEGACY"));
    assertEquals("1.50", env.get("RATIO"));
    assertEquals("007", env.get("COUNT"));
    assertEquals("", env.get("EMPTY_LOOKING"));
    assertEquals("warn", env.get("LOG_LEVEL"));
  }

  @Test
  void aPrivateServiceWithoutInterfaceHasNoPortNoHealthCheckNoCloudMapRecord() {
    JsonNode storage = container("kept-storage");
    assertTrue(storage.path("PortMappings").isMissingNode(), storage.toString());
    assertTrue(storage.path("HealthCheck").isMissingNode(), storage.toString());
    String taskDefinition = taskDefinition("kept-storage").getKey();
    JsonNode service = resources.stream().filter(r -> r.path("Type").asText().equals("AWS::ECS::Service"))
        .filter(r -> r.path("Properties").path("TaskDefinition").path("Ref").asText().equals(taskDefinition))
        .findFirst().orElseThrow();
    assertTrue(service.path("Properties").path("ServiceRegistries").isMissingNode(), service.toString());
    assertFalse(resources.stream().anyMatch(r -> r.path("Type").asText().equals("AWS::ServiceDiscovery::Service")
        && r.path("Properties").path("Name").asText().equals("storage")));
    // and it still gets the bus: ExoCom is how it is reached
    assertTrue(environment("kept-storage").containsKey("EXOCOM_HOST"));
  }

  @Test
  void thePublicServiceKeepsItsPortAndHealthCheck() {
    JsonNode web = container("kept-web");
    assertEquals(3000, web.path("PortMappings").get(0).path("ContainerPort").asInt());
    // the load balancer checks /health; the container itself gets no check it did not ask for (nothing in the image
    // is assumed, no wget)
    assertTrue(web.path("HealthCheck").isMissingNode(), web.toString());
    assertTrue(resources.stream().anyMatch(r -> r.path("Type").asText().equals("AWS::ElasticLoadBalancingV2::TargetGroup")
        && r.path("Properties").path("HealthCheckPath").asText().equals("/health")));
  }
}
