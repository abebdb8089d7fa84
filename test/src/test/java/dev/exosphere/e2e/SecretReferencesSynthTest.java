package dev.exosphere.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets Manager references in both forms the loader accepts, through a real synth: a complete ARN (with its random
 * 6-character suffix) is used as it is, with {@code field} appended as ECS's {@code :json-key::}; a name or a
 * partial ARN gets the {@code -??????} wildcard in the execution role's policy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecretReferencesSynthTest {
  private static final String COMPLETE = "arn:aws:secretsmanager:us-east-1:123456789012:secret:shop/db-AbCdEf";
  private static final String PARTIAL = "arn:aws:secretsmanager:us-east-1:123456789012:secret:shop/api";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, String> valueFrom = new TreeMap<>();
  private String policies;

  @BeforeAll
  void synth(@TempDir Path dir) throws Exception {
    // GIVEN a worker reading a complete ARN with a field, the same ARN whole, a partial ARN and a name
    Path yml = Files.writeString(dir.resolve("exosphere.yml"), String.join("\n",
        "name: shop", "version: 1.0.0", "region: us-east-1", "account: \"123456789012\"", "services:", "  worker:",
        "    type: worker", "    image: nginx:1.27", "    secrets:",
        "      DB_PASSWORD: {secret: '" + COMPLETE + "', field: password}",
        "      DB_ALL: {secret: '" + COMPLETE + "'}",
        "      API_KEY: {secret: '" + PARTIAL + "'}",
        "      SESSION: {secret: shop/session}", ""));
    // WHEN synthesized
    Map<String, String> templates = PinnedSynth.templates(yml, Files.createDirectories(dir.resolve("out")));
    StringBuilder iam = new StringBuilder();
    for (String t : templates.values()) {
      for (JsonNode r : JSON.readTree(t).path("Resources")) {
        if (r.path("Type").asText().equals("AWS::ECS::TaskDefinition")
            && r.at("/Properties/Family").asText().equals("shop-worker")) {
          for (JsonNode s : r.at("/Properties/ContainerDefinitions/0/Secrets")) {
            valueFrom.put(s.path("Name").asText(), JSON.writeValueAsString(s.path("ValueFrom")));
          }
        }
        if (r.path("Type").asText().equals("AWS::IAM::Policy")) {
          iam.append(JSON.writeValueAsString(r.path("Properties"))).append('\n');
        }
      }
    }
    policies = iam.toString();
  }

  @Test
  void aCompleteArnIsUsedAsItIsWithTheFieldAppended() {
    // THEN ECS reads the JSON key of the complete ARN, and the whole secret from the ARN itself
    assertEquals("\"" + COMPLETE + ":password::\"", valueFrom.get("DB_PASSWORD"));
    assertEquals("\"" + COMPLETE + "\"", valueFrom.get("DB_ALL"));
    assertTrue(policies.contains("\"" + COMPLETE + "\""), policies);
  }

  @Test
  void aPartialArnAndANameAreGrantedWithTheSuffixWildcard() {
    // THEN the policy allows the random suffix AWS appends, not any secret with that prefix
    assertTrue(policies.contains(PARTIAL + "-??????"), policies);
    assertTrue(policies.contains(":secret:shop/session-??????"), policies);
    assertEquals(4, valueFrom.size(), valueFrom.toString());
  }
}
