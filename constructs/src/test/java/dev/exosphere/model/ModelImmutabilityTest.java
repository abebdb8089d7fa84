package dev.exosphere.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exosphere.load.LoadResult;
import dev.exosphere.load.YamlFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the loader hands out cannot be changed afterwards, and what a caller passes in is copied. */
class ModelImmutabilityTest {
  static final String APP = YamlFiles.HEADER + """
      domain: shop.example.com
      dependencies:
        db: {environment: {DB_URL: mongodb://db}}
      services:
        web:
          type: public
          build: {context: ./web, args: {NODE_ENV: production}}
          interface:
            /: {port: 3000, hosts: [www.shop.example.com]}
          environment: {GREETING: hi}
          secrets: {TOKEN: {ssm: /shop/token}}
          messages: {sends: [users.list], receives: [users.list]}
          dependencies: [db]
          volumes: {cache: {source: /var/cache, target: /cache}}
      """;

  @TempDir static Path dir;
  static ExoModel model;

  @BeforeAll
  static void load() throws IOException {
    Files.createDirectories(dir.resolve("web"));
    Files.writeString(dir.resolve("web/Dockerfile"), "FROM nginx:1.27\n");
    LoadResult r = YamlFiles.load(dir, APP);
    assertEquals(List.of(), YamlFiles.problems(r));
    model = r.model().orElseThrow();
  }

  static Stream<Arguments> changes() {
    Service web = model.services().get("web");
    Route root = web.routes().get("/");
    return Stream.of(
        change("services().clear()", () -> model.services().clear()),
        change("services().put(...)", () -> model.services().put("api", web)),
        change("dependencies().remove(...)", () -> model.dependencies().remove("db")),
        change("dependencies().get(db).environment().clear()", () -> model.dependencies().get("db").environment().clear()),
        change("gateway().ports().put(...)", () -> model.gateway().ports().put(8080, 3000)),
        change("routes().clear()", () -> web.routes().clear()),
        change("routes().headMap(...).clear()", () -> web.routes().headMap("/z").clear()),
        change("environment().put(...)", () -> web.environment().put("X", "y")),
        change("secrets().clear()", () -> web.secrets().clear()),
        change("volumes().clear()", () -> web.volumes().clear()),
        change("dependencies().add(...)", () -> web.dependencies().add("db2")),
        change("messages().sends().add(...)", () -> web.messages().sends().add("x")),
        change("messages().receives().clear()", () -> web.messages().receives().clear()),
        change("build().args().clear()", () -> web.build().orElseThrow().args().clear()),
        change("hosts().add(...)", () -> root.hosts().add("evil.example.com")),
        change("hosts().set(...)", () -> root.hosts().set(0, "evil.example.com")));
  }

  private static Arguments change(String what, Executable e) {
    return Arguments.of(what, e);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void loadedCollectionsCannotBeChanged(String what, Executable change) {
    // GIVEN a loaded model WHEN changing one of its collections THEN it refuses
    assertThrows(UnsupportedOperationException.class, change, what);
  }

  @Test
  void constructorCopiesTheCallersMap() {
    // GIVEN a mutable map handed to a record
    SortedMap<String, String> env = new TreeMap<>(Map.of("A", "1"));
    Service s = Service.builder("web", ServiceType.PRIVATE).image("nginx:1.27").build().toBuilder().environment(env).build();
    Gateway g = new Gateway(new TreeMap<>(Map.of(80, 3000)));
    SortedMap<Integer, Integer> ports = new TreeMap<>(Map.of(80, 3000));
    Gateway same = new Gateway(ports);
    // WHEN the caller changes its maps afterwards
    env.put("B", "2");
    ports.put(443, 3000);
    // THEN the records still hold what they were given
    assertEquals(Map.of("A", "1"), s.environment());
    assertEquals(g, same);
    assertEquals(Map.of(80, 3000), same.ports());
  }

  @Test
  void constructorCopiesTheCallersList() {
    // GIVEN a mutable list of hosts handed to a route
    List<String> hosts = new ArrayList<>(List.of("a.example.com"));
    Route r = new Route("/", 3000, "http", "/", HealthCheck.defaults(), hosts);
    // WHEN the caller changes it THEN the route does not
    hosts.add("b.example.com");
    assertEquals(List.of("a.example.com"), r.hosts());
  }

  @Test
  void copiesAreInNaturalKeyOrder() {
    // GIVEN listener ports in a map sorted the other way round
    SortedMap<Integer, Integer> ports = new TreeMap<>(Comparator.reverseOrder());
    ports.put(80, 3000);
    ports.put(443, 3000);
    // WHEN a gateway is made of them THEN they come out in natural order, as the loader gives them
    assertEquals(List.of(80, 443), List.copyOf(new Gateway(ports).ports().keySet()));
  }
}
