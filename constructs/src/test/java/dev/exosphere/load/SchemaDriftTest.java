package dev.exosphere.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.exosphere.load.LoadResult;
import dev.exosphere.load.Problem;
import dev.exosphere.load.YamlShape;
import dev.exosphere.rules.Defaults;
import dev.exosphere.rules.Limits;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema editors use must accept exactly the keys the loader accepts, require the same ones, and give the
 * defaults, ranges and enums of {@link Defaults}/{@link Limits} and of the loader.
 */
class SchemaDriftTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonNode schema;
  @TempDir static Path dir;
  private static SchemaProbes probes;

  @BeforeAll
  static void readSchema() throws Exception {
    try (InputStream in = SchemaDriftTest.class.getResourceAsStream("/exosphere.schema.json")) {
      assertNotNull(in, "exosphere.schema.json is on the class path");
      schema = JSON.readTree(in);
    }
    probes = new SchemaProbes(dir);
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

  @Test
  void environmentsAreBoundedAndNamedAsTheLoaderWants() {
    JsonNode environments = schema.path("properties").path("environments");
    assertEquals(Limits.ENVIRONMENTS, environments.path("maxProperties").asInt());
    assertEquals("^" + dev.exosphere.rules.Formats.ENVIRONMENT_NAME.pattern() + "$",
        environments.path("propertyNames").path("pattern").asText());
  }

  @Test
  void everySchemaConstraintHasAJavaSource() {
    // GIVEN every default, minimum, maximum and enum the schema writes
    Set<String> written = SchemaConstraints.written(schema).keySet();
    // THEN each is accounted for: a constant of Defaults/Limits, or a value of the loader's probed below
    Set<String> unaccounted = new TreeSet<>(written);
    unaccounted.removeAll(SchemaJavaSources.pointers());
    assertEquals(Set.of(), unaccounted, "schema constraints with no Java source: add them to SchemaJavaSources");
    Set<String> stale = new TreeSet<>(SchemaJavaSources.pointers());
    stale.removeAll(written);
    assertEquals(Set.of(), stale, "SchemaJavaSources names constraints the schema does not have: add them to the schema");
  }

  static Stream<Arguments> javaSources() {
    return SchemaJavaSources.JAVA.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javaSources")
  void schemaValueIsTheJavaConstant(String pointer, Object constant) {
    // GIVEN the constraint at this JSON pointer and the Java constant it must repeat
    JsonNode written = schema.at(pointer);
    JsonNode expected = JSON.valueToTree(constant);
    // THEN they are equal (enums as sets)
    boolean same = SchemaJavaSources.isEnum(pointer) ? asSet(written).equals(asSet(expected)) : written.equals(expected);
    assertTrue(same, () -> "exosphere.schema.json#" + pointer + " is " + written + " but Defaults/Limits say " + expected);
  }

  private static Set<JsonNode> asSet(JsonNode array) {
    Set<JsonNode> out = new java.util.HashSet<>();
    array.forEach(out::add);
    return out;
  }

  private static Stream<SchemaConstraints.Property> with(String keyword) {
    return SchemaConstraints.properties(schema).stream().filter(p -> p.schema().has(keyword));
  }

  static Stream<SchemaConstraints.Property> ranged() {
    return Stream.concat(with("minimum"), with("maximum")).distinct();
  }

  static Stream<SchemaConstraints.Property> enumerated() {
    return with("enum");
  }

  static Stream<SchemaConstraints.Property> defaulted() {
    return with("default");
  }

  @Test
  void everyConstrainedDefinitionIsProbed() {
    // GIVEN the definitions with a constrained property THEN the probes know where each stands in a document
    List<String> unknown = SchemaConstraints.properties(schema).stream().map(SchemaConstraints.Property::definition).distinct()
        .filter(d -> !SchemaProbes.knows(d)).toList();
    assertEquals(List.of(), unknown, "definitions SchemaProbes has no YAML context for");
    assertTrue(ranged().count() > 10 && enumerated().count() > 3 && defaulted().count() > 20, "the schema's constraints were found");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ranged")
  void loaderAcceptsTheSchemaRange(SchemaConstraints.Property p) {
    String path = SchemaProbes.path(p.definition(), p.key());
    for (String bound : List.of("minimum", "maximum")) {
      if (p.schema().has(bound)) {
        // GIVEN the schema's bound WHEN the loader reads it THEN it is accepted, and one beyond is refused
        int value = p.schema().get(bound).asInt();
        int beyond = bound.equals("minimum") ? value - 1 : value + 1;
        List<String> atBound = errorsAt(p, IntNode.valueOf(value));
        assertEquals(List.of(), atBound, () -> "exosphere.schema.json " + p + " " + bound + " is " + value + " but the loader refuses " + path + ": " + value);
        assertFalse(errorsAt(p, IntNode.valueOf(beyond)).isEmpty(),
            () -> "exosphere.schema.json " + p + " " + bound + " is " + value + " but the loader accepts " + path + ": " + beyond);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enumerated")
  void loaderAcceptsExactlyTheSchemaEnum(SchemaConstraints.Property p) {
    JsonNode members = p.schema().path("enum");
    String path = SchemaProbes.path(p.definition(), p.key());
    // GIVEN each value the schema's enum lists WHEN loaded THEN the loader accepts it
    members.forEach(m -> assertEquals(List.of(), errorsAt(p, m),
        () -> "exosphere.schema.json " + p + " enum " + members + " lists " + m + " but the loader refuses " + path + ": " + m));
    // AND a value outside the enum is refused
    JsonNode outside = Stream.of((JsonNode) IntNode.valueOf(2), IntNode.valueOf(4), TextNode.valueOf("nope"))
        .filter(v -> !asSet(members).contains(v)).findFirst().orElseThrow();
    assertFalse(errorsAt(p, outside).isEmpty(),
        () -> "exosphere.schema.json " + p + " enum is " + members + " but the loader accepts " + path + ": " + outside);
  }

  /** Defaults the model keeps as "not set" (the constructs apply them), so writing them changes the model. */
  private static final Set<String> APPLIED_DOWNSTREAM = Set.of("scaling.targetCpu", "logging.retentionDays", "timeout.requestTimeout");

  @ParameterizedTest(name = "{0}")
  @MethodSource("defaulted")
  void writingTheSchemaDefaultChangesNothing(SchemaConstraints.Property p) {
    JsonNode d = p.schema().get("default");
    String path = SchemaProbes.path(p.definition(), p.key());
    // GIVEN the context without the key, and with the schema's default written out
    LoadResult without = probes.load(p.definition(), p.key(), Optional.empty());
    LoadResult with = probes.load(p.definition(), p.key(), Optional.of(d));
    // THEN both load, and (unless the constructs apply it) give the same model
    assertEquals(List.of(), without.errors().stream().map(Problem::format).toList(), "the context of " + p + " is valid");
    assertEquals(List.of(), with.errors().stream().map(Problem::format).toList(),
        () -> "exosphere.schema.json " + p + " default is " + d + " but the loader refuses " + path + ": " + d);
    if (!APPLIED_DOWNSTREAM.contains(p.toString())) {
      assertTrue(without.model().equals(with.model()),
          () -> "exosphere.schema.json " + p + " default is " + d + " but the loader's default for " + path + " is something else");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ROLE", "SERVICE_NAME", "EXOCOM_HOST", "EXOCOM_PORT"})
  void reservedVariableNamesAreTheLoaders(String name) {
    // GIVEN a name the schema's variableName refuses
    assertTrue(asSet(schema.at("/definitions/variableName/not/enum")).contains(TextNode.valueOf(name)), name + " is reserved in the schema");
    // WHEN a service sets it, and a name next to it THEN the loader refuses the reserved one only
    LoadResult r = probes.loadJson("{\"services\": {\"web\": {\"type\": \"worker\", \"image\": \"nginx:1.27\", "
        + "\"environment\": {\"" + name + "\": \"x\", \"MY_" + name + "\": \"x\"}}}}");
    assertFalse(SchemaProbes.errorsAt(r, "services.web.environment." + name).isEmpty(), "the loader refuses " + name);
    assertEquals(List.of(), SchemaProbes.errorsAt(r, "services.web.environment.MY_" + name));
  }

  @Test
  void everyReservedVariableNameIsProbed() {
    // GIVEN the schema's reserved names THEN the probe above covers each (so a new one gets probed)
    assertEquals(Set.of("ROLE", "SERVICE_NAME", "EXOCOM_HOST", "EXOCOM_PORT"),
        asSet(schema.at("/definitions/variableName/not/enum")).stream().map(JsonNode::asText).collect(java.util.stream.Collectors.toSet()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"80", "443", "8080"})
  void listenerPortsAreTheLoaders(String port) {
    // GIVEN a listener port, with a domain so that 443 is allowed
    boolean inSchema = asSet(schema.at("/definitions/interface/properties/ports/propertyNames/enum")).contains(TextNode.valueOf(port));
    LoadResult r = probes.loadJson("{\"domain\": \"shop.example.com\", \"interface\": {\"ports\": {\"" + port + "\": 3000}}}");
    // THEN the loader accepts it exactly when the schema does
    assertEquals(inSchema, SchemaProbes.errorsAt(r, "interface.ports." + port).isEmpty(),
        "exosphere.schema.json interface.ports keys " + (inSchema ? "allow" : "refuse") + " " + port + ", the loader does not agree");
  }

  private static List<String> errorsAt(SchemaConstraints.Property p, JsonNode value) {
    return SchemaProbes.errorsAt(probes.load(p.definition(), p.key(), Optional.of(value)), SchemaProbes.path(p.definition(), p.key()));
  }
}
