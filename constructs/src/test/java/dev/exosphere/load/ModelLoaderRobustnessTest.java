package dev.exosphere.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.exosphere.load.LoadResult;
import dev.exosphere.load.ModelLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever the bytes, the loader answers with problems, never an exception or an internal error. */
class ModelLoaderRobustnessTest {
  private static final String SAMPLE = """
      name: shop
      version: 1.0.0
      domain: {name: shop.example.com}
      network: {cidr: 10.0.0.0/16, azs: 2, natGateways: per-az}
      clusters:
        public: {instanceType: t3.small, minCapacity: 1, maxCapacity: 3}
      bus: {version: 0.21.3, port: 3100}
      interface: {ports: {80: 3000, 443: 3000}}
      policies: {logging: {level: info, retentionDays: 30}, scaling: {min: 1, max: 2}}
      dependencies:
        mongo: {environment: {A: {ssm: /a}, B: {secret: b, field: f}, C: c}}
      services:
        web:
          type: public
          image: shop/web:1
          interface:
            /: {port: 3000, healthCheck: {path: /h, interval: 30}, hosts: [a.shop.example.com]}
          messages: {sends: [a.b], receives: [b.a]}
          dependencies: [mongo]
          volumes: {v: {source: /a, target: /b}}
        worker: {type: worker, image: shop/w:1, messages: {sends: [b.a], receives: [a.b]}}
      """;
  private static final String NOISE = ":-[]{}&*!|>'\"#%@`,?\t\n  ab1.";

  @TempDir Path dir;

  @Test
  void mutatedFilesNeverBreakTheLoader() throws Exception {
    // GIVEN 1500 seeded mutations of a valid file: characters deleted, inserted, duplicated, and raw bytes
    Random random = new Random(42);
    List<String> internal = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      byte[] bytes = mutate(random).getBytes(StandardCharsets.UTF_8);
      if (i % 50 == 0) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      Path file = dir.resolve("exosphere.yml");
      Files.write(file, bytes);
      // WHEN loaded THEN no internal error, and no model unless there is no error
      LoadResult r = ModelLoader.load(file);
      r.problems().stream().filter(p -> p.message().startsWith("internal error")).forEach(p -> internal.add(p.format()));
      assertEquals(r.hasErrors(), r.model().isEmpty());
    }
    assertEquals(List.of(), internal);
  }

  private static String mutate(Random random) {
    StringBuilder sb = new StringBuilder(SAMPLE);
    int edits = 1 + random.nextInt(4);
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

  @Test
  void deepNestingIsAProblemNotAStackOverflow() throws Exception {
    Path file = dir.resolve("exosphere.yml");
    Files.writeString(file, "name: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
    LoadResult r = ModelLoader.load(file);
    assertFalse(r.problems().isEmpty());
    assertEquals(List.of(), r.problems().stream().filter(p -> p.message().startsWith("internal error")).toList());
  }
}
