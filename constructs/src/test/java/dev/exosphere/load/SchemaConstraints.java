package dev.exosphere.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The value constraints of the JSON Schema: {@code default}, {@code minimum}, {@code maximum} and {@code enum}. */
final class SchemaConstraints {
  static final List<String> KEYWORDS = List.of("default", "minimum", "maximum", "enum");

  private SchemaConstraints() {}

  /** Every constraint as written, keyed by its JSON pointer, e.g. {@code /definitions/network/properties/azs/default}. */
  static SortedMap<String, JsonNode> written(JsonNode schema) {
    SortedMap<String, JsonNode> found = new TreeMap<>();
    walk(schema, "", found);
    return found;
  }

  private static void walk(JsonNode n, String pointer, Map<String, JsonNode> found) {
    if (n.isObject()) {
      KEYWORDS.stream().filter(n::has).forEach(k -> found.put(pointer + "/" + k, n.get(k)));
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getKey().equals("default") && !e.getKey().equals("enum")) { // their values are data, not schema
          walk(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), found);
        }
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        walk(n.get(i), pointer + "/" + i, found);
      }
    }
  }

  /**
   * One property of a definition with the constraints that apply to it: its own over those of a {@code $ref}'d
   * definition (so {@code bus.port} has the port range and its own default).
   *
   * @param definition the definition's name
   * @param key        the YAML key
   * @param schema     the property's constraints
   */
  record Property(String definition, String key, ObjectNode schema) {
    @Override
    public String toString() {
      return definition + "." + key;
    }
  }

  /** Every property of every definition that carries at least one constraint, $refs resolved. */
  static List<Property> properties(JsonNode schema) {
    List<Property> out = new ArrayList<>();
    schema.path("definitions").fields().forEachRemaining(d -> d.getValue().path("properties").fields().forEachRemaining(p -> {
      ObjectNode effective = p.getValue().deepCopy();
      JsonNode ref = p.getValue().path("$ref");
      if (ref.isTextual()) {
        JsonNode target = schema.at(ref.asText().substring(1));
        KEYWORDS.stream().filter(k -> target.has(k) && !effective.has(k)).forEach(k -> effective.set(k, target.get(k)));
      }
      if (KEYWORDS.stream().anyMatch(effective::has)) {
        out.add(new Property(d.getKey(), p.getKey(), effective));
      }
    }));
    return out;
  }
}
