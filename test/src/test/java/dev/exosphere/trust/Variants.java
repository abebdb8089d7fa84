package dev.exosphere.trust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Seeded variants of one application: each slot of {@link #TEMPLATE} filled with a value drawn from values that
 * have broken synth before (case in hosts, trailing slashes, YAML booleans, '$' in rewrites, duplicate variables...),
 * and character-level mutations as {@code ModelLoaderRobustnessTest} makes them. The same seed gives the same files.
 */
final class Variants {
  private static final String TEMPLATE = """
      name: variant
      version: {{VERSION}}
      {{DOMAIN}}
      interface: {loadBalancers: {{LBS}}}
      policies: {logging: {level: info}{{APP_TIMEOUT}}}
      dependencies:
        mongo: {environment: {MONGO_URL: {ssm: /v/mongo}, {{DEP_KEY}}: {{VALUE}}}}
        cache: {environment: {CACHE_URL: {secret: v/cache, field: url}}}
      services:
        web:
          type: public
          image: variant/web:1
          interface:
            {{PREFIX}}: {port: 3000, healthCheck: {{HEALTH}}{{HOSTS}}{{PATH}}}
            /other: {port: {{PORT2}}, healthCheck: {{HEALTH2}}}
          environment: {{{ENV_KEY}}: {{VALUE}}, PLAIN: {{VALUE2}}}
          dependencies: [{{DEPS}}]
          messages: {sends: [a.b], receives: [b.a]}
        second:
          type: {{TYPE}}
          image: variant/second:1
          {{SECOND_INTERFACE}}
          messages: {sends: [b.a], receives: [a.b]}
      """;

  private static final Map<String, List<String>> SLOTS = new TreeMap<>(Map.ofEntries(
      Map.entry("VERSION", List.of("1.0.0", "1.10", "'2024-01-01'", "x".repeat(200), "v1 beta")),
      Map.entry("DOMAIN", List.of("", "domain: variant.example.com", "domain: {name: variant.example.com, hostedZoneId: Z0123456789ABC}")),
      Map.entry("LBS", List.of("1", "2", "3")),
      Map.entry("APP_TIMEOUT", List.of("", ", timeout: {requestTimeout: 120}")),
      Map.entry("DEP_KEY", List.of("MONGO_DB", "CACHE_URL", "LOG_LEVEL", "FLAG")),
      Map.entry("VALUE", List.of("NO", "on", "007", "1.50", "''", "yes", "\"$HOME\"", "hello world", "~")),
      Map.entry("VALUE2", List.of("plain", "Off", "0x1F", "'#not a comment'")),
      Map.entry("ENV_KEY", List.of("COUNTRY", "LOG_LEVEL", "FLAG", "MONGO_URL", "FEATURE")),
      Map.entry("PREFIX", List.of("/", "/api", "/api/", "//", "/a.b", "/$x", "/Api", "/a/b/c", "/(x)", "/other/")),
      Map.entry("HEALTH", List.of("/health", "/", "{path: /h, interval: 10, timeout: 5}")),
      Map.entry("HEALTH2", List.of("/health", "/other/health")),
      Map.entry("PORT2", List.of("3000", "3001")),
      Map.entry("HOSTS", List.of("", ", hosts: [variant.example.com]", ", hosts: [Variant.Example.com, www.variant.example.com]",
          ", hosts: ['*.variant.example.com']", ", hosts: [a.variant.example.com, b.variant.example.com, c.variant.example.com, d.variant.example.com]")),
      Map.entry("PATH", List.of("", ", path: /", ", path: /v1", ", path: /$1", ", path: /a.b/")),
      Map.entry("DEPS", List.of("", "mongo", "mongo, cache", "cache, mongo")),
      Map.entry("TYPE", List.of("public", "private", "worker")),
      Map.entry("SECOND_INTERFACE", List.of("", "interface: {/: {port: 4000}}", "interface: {/api: {port: 4000, hosts: [api.variant.example.com]}}",
          "interface: {/: {port: 4000, protocol: https}}", "policies: {timeout: {requestTimeout: 30}}"))));

  private static final String NOISE = ":-[]{}&*!|>'\"#%@`,?\t\n  ab1.$/";

  private Variants() {}

  /** {@code count} slot-filled variants then {@code count} mutations, written under {@code dir}. */
  static List<Path> write(Path dir, int count, long seed) {
    Random random = new Random(seed);
    List<Path> out = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (int i = 0; i < count; i++) {
        out.add(Files.writeString(dir.resolve(String.format("slots-%03d.yml", i)), filled(random)));
      }
      String base = filled(new Random(seed));
      for (int i = 0; i < count; i++) {
        out.add(Files.writeString(dir.resolve(String.format("mutation-%03d.yml", i)), mutated(base, random)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String filled(Random random) {
    String s = TEMPLATE;
    for (Map.Entry<String, List<String>> slot : SLOTS.entrySet()) {
      s = s.replace("{{" + slot.getKey() + "}}", slot.getValue().get(random.nextInt(slot.getValue().size())));
    }
    return s;
  }

  private static String mutated(String base, Random random) {
    StringBuilder sb = new StringBuilder(base);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(sb.length());
      switch (random.nextInt(3)) {
        case 0 -> sb.deleteCharAt(at);
        case 1 -> sb.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
        default -> sb.insert(at, sb.substring(at, Math.min(sb.length(), at + random.nextInt(20))));
      }
    }
    return sb.toString();
  }
}
