package dev.exosphere.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Editors check the no-NAT image rule with the same ECR pattern as the loader and the constructs. */
class EcrImageSchemaTest {
  @Test
  void theSchemasEcrPatternIsTheRulesAndNatGatewaysZeroRequiresIt() throws Exception {
    JsonNode schema;
    try (InputStream in = EcrImageSchemaTest.class.getResourceAsStream("/exosphere.schema.json")) {
      schema = new ObjectMapper().readTree(in);
    }
    assertEquals("^" + EcrImage.REFERENCE_PATTERN + "$",
        schema.path("definitions").path("ecrImage").path("pattern").asText());
    assertEquals(0, schema.path("if").path("properties").path("network").path("properties").path("natGateways")
        .path("const").asInt(-1));
    JsonNode then = schema.path("then").path("properties");
    assertEquals("#/definitions/ecrImage", then.path("bus").path("properties").path("image").path("$ref").asText());
    assertEquals("#/definitions/ecrImage", then.path("services").path("additionalProperties").path("then")
        .path("properties").path("image").path("$ref").asText());
  }
}
