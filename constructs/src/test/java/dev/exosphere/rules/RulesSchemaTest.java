package dev.exosphere.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON Schema's patterns say what the rules say, on values either side of each rule. */
class RulesSchemaTest {
  private static JsonNode schema;

  @BeforeAll
  static void readSchema() throws Exception {
    try (InputStream in = RulesSchemaTest.class.getResourceAsStream("/exosphere.schema.json")) {
      assertNotNull(in);
      schema = new ObjectMapper().readTree(in);
    }
  }

  private static void agree(String pointer, Function<String, Optional<Complaint>> rule, String... samples) {
    JsonNode node = schema.at(pointer);
    Pattern pattern = Pattern.compile(node.path("pattern").asText());
    int max = node.path("maxLength").asInt(Integer.MAX_VALUE);
    for (String s : samples) {
      boolean bySchema = pattern.matcher(s).find() && s.length() <= max;
      assertEquals(rule.apply(s).isEmpty(), bySchema, pointer + " on '" + s + "'");
    }
  }

  @Test
  void patternsMatchTheRules() {
    agree("/definitions/hostName", AlbConditions::host, "www.example.com", "*.example.com", "a?.example.com", "localhost",
        "shop_example.com", "-a.example.com", "www.example.123", "a".repeat(64) + ".com", "a".repeat(60) + "." + "b".repeat(60) + ".example.com");
    agree("/definitions/service/properties/interface/propertyNames", AlbConditions::prefix, "/", "/api", "/a,b", "/api/*",
        "/" + "a".repeat(125), "/" + "a".repeat(126), "api");
    agree("/definitions/healthCheckPath", HealthChecks::path, "/health", "/h?x=1", "/a b", "/" + "h".repeat(1024));
    agree("/definitions/healthCheck/properties/codes", HealthChecks::codes, "200", "200-399", "200,204", "100", "200-500");
    agree("/definitions/imageReference", ImageReference::check, "nginx:1.27", "127.0.0.1:5000/a/b:1", "nginx::", "a//b:1:2:3",
        "Nginx", "nginx@sha256:" + "ab".repeat(32), "nginx@sha256:zz");
    agree("/definitions/bus/properties/version", ImageReference::tag, "0.21.3", "1.0 beta", "-x");
    agree("/definitions/valueSource/properties/field", StoreNames::field, "password", "a:b");
    agree("/definitions/build/properties/target", BuildRules::target, "prod", "-prod");
    agree("/definitions/build/properties/args/propertyNames", BuildRules::argName, "NODE_ENV", "1ST");
    agree("/definitions/service/properties/volumes/propertyNames", Volumes::name, "data", "my.data");
  }
}
