package dev.exosphere.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exosphere.load.LoadResult;
import dev.exosphere.load.YamlFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builders start where the loader starts, and give the records the canonical constructors give. */
class ModelBuildersTest {
  @TempDir Path dir;

  private ExoModel load(String yaml) {
    LoadResult r = YamlFiles.load(dir, yaml);
    assertEquals(List.of(), YamlFiles.problems(r));
    return r.model().orElseThrow();
  }

  @Test
  void exoModelBuilderDefaultsAreTheLoadersDefaults() {
    // GIVEN a file with only name and version WHEN loaded THEN the builder with the same three facts gives the same model
    ExoModel loaded = load(YamlFiles.HEADER);
    assertEquals(loaded, ExoModel.builder(loaded.file(), "shop", "1.0.0").build());
  }

  @Test
  void serviceBuilderDefaultsAreTheLoadersDefaults() {
    // GIVEN a public service with only a type, an image and a route prefix
    ExoModel loaded = load(YamlFiles.HEADER + "services:\n  web:\n    type: public\n    image: nginx:1.27\n    interface:\n      /api:\n");
    // WHEN building the same with builders THEN service and model are equal to the loaded ones
    Service web = Service.builder("web", ServiceType.PUBLIC).image("nginx:1.27").route(Route.builder("/api", 3000).build()).build();
    assertEquals(loaded.services().get("web"), web);
    assertEquals(loaded, ExoModel.builder(loaded.file(), "shop", "1.0.0").service(web).build());
  }

  @Test
  void buildersGiveTheCanonicalRecords() {
    // GIVEN every field set through the builders
    HealthCheck health = HealthCheck.builder().path("/health").intervalSeconds(10).timeoutSeconds(4).healthyThreshold(3)
        .unhealthyThreshold(4).codes("200").build();
    Route route = Route.builder("/api", 3000).port(8080).protocol("https").path("/").healthCheck(health)
        .hosts(List.of("api.example.com")).build();
    Scaling scaling = Scaling.builder(1, 4).min(2).max(6).targetCpu(50).targetRequests(1000).build();
    Policies policies = Policies.builder().logRetentionDays(7).logLevel("debug").requestTimeout(120).scaling(scaling).build();
    // THEN each equals the record the canonical constructor makes of the same values
    assertEquals(new HealthCheck("/health", 10, 4, 3, 4, "200"), health);
    assertEquals(new Route("/api", 8080, "https", "/", health, List.of("api.example.com")), route);
    assertEquals(new Scaling(2, 6, OptionalInt.of(50), OptionalInt.of(1000)), scaling);
    assertEquals(new Policies(OptionalInt.of(7), Optional.of("debug"), OptionalInt.of(120), Optional.of(scaling)), policies);
    Volume cache = new Volume("cache", "/var/cache", "/cache", true);
    ValueSource token = new ValueSource(ValueSource.Kind.SSM, "/shop/token", Optional.empty());
    Messages messages = new Messages(List.of("a.b"), List.of("c.d"), Optional.of("ns"));
    Service built = Service.builder("api", ServiceType.PUBLIC).image("api:1").route(route).environment("A", "1")
        .secret("TOKEN", token).cpu(512).memory(1024).replicas(2).scaling(scaling).messages(messages)
        .dependencies(List.of("db")).volume(cache).policies(policies).build();
    assertEquals(new Service("api", ServiceType.PUBLIC, Optional.of("api:1"), Optional.empty(), new TreeMap<>(Map.of("/api", route)),
        new TreeMap<>(Map.of("A", "1")), new TreeMap<>(Map.of("TOKEN", token)), 512, 1024, 2, Optional.of(scaling), messages,
        List.of("db"), new TreeMap<>(Map.of("cache", cache)), policies, ContainerSpec.image(), Permissions.none(), Optional.empty(), List.of()), built);
  }

  @Test
  void toBuilderRoundTripsAndChangesOnlyWhatIsSet() {
    // GIVEN a loaded model with a domain, a dependency and a service
    ExoModel loaded = load(YamlFiles.HEADER + """
        domain: shop.example.com
        region: eu-west-1
        dependencies: {db: {type: mongodb}}
        policies: {logging: {retentionDays: 7}}
        services:
          api:
            type: private
            image: api:1
            interface: {/: {port: 8080}}
            scaling: {min: 1, max: 3}
        """);
    Service api = loaded.services().get("api");
    // WHEN rebuilt unchanged THEN equal; WHEN one field changes THEN only it differs
    assertEquals(loaded, loaded.toBuilder().build());
    assertEquals(api, api.toBuilder().build());
    assertEquals(api.routes().get("/"), api.routes().get("/").toBuilder().build());
    assertEquals(api.scaling().orElseThrow(), api.scaling().orElseThrow().toBuilder().build());
    assertEquals(loaded.policies(), loaded.policies().toBuilder().build());
    assertEquals(HealthCheck.defaults(), HealthCheck.defaults().toBuilder().build());
    Service bigger = api.toBuilder().replicas(3).build();
    assertEquals(3, bigger.replicas());
    assertEquals(api, bigger.toBuilder().replicas(api.replicas()).build());
    ExoModel without = loaded.toBuilder().withoutService("api").build();
    assertEquals(Map.of(), without.services());
    assertEquals(loaded.dependencies(), without.dependencies());
  }
}
