package dev.exosphere.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exosphere.load.YamlShape;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The JSON Schema editors use must accept exactly the keys the loader accepts, and require the same ones. */
class SchemaDriftTest {
  private static JsonNode schema;

  @BeforeAll
  static void readSchema() throws Exception {
    try (InputStream in = SchemaDriftTest.class.getResourceAsStream("/exosphere.schema.json")) {
      assertNotNull(in, "exosphere.schema.json is on the class path");
      schema = new ObjectMapper().readTree(in);
    }
  }

  private static JsonNode definition(YamlShape shape) {
    JsonNode d = shape == YamlShape.ROOT ? schema : schema.path("definitions").path(shape.definition());
    assertFalse(d.isMissingNode(), "the schema defines " + shape.definition());
    return d;
  }

  @ParameterizedTest
  @EnumSource(YamlShape.class)
  void schemaPropertiesAreTheLoadersKeys(YamlShape shape) {
    // GIVEN the schema's object for this shape
    JsonNode d = definition(shape);
    // WHEN listing its properties
    Set<String> properties = new TreeSet<>();
    d.path("properties").fieldNames().forEachRemaining(properties::add);
    // THEN they are the loader's allowed keys, and nothing else is allowed
    assertEquals(new TreeSet<>(shape.keys()), properties);
    assertFalse(d.path("additionalProperties").asBoolean(true), shape + " forbids other keys");
  }

  @ParameterizedTest
  @EnumSource(YamlShape.class)
  void schemaRequiredKeysAreTheLoadersRequiredKeys(YamlShape shape) {
    List<String> required = new ArrayList<>();
    definition(shape).path("required").forEach(n -> required.add(n.asText()));
    assertEquals(new TreeSet<>(shape.required()), new TreeSet<>(required));
  }
}
