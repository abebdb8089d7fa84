package dev.exosphere.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.load.LoadResult;
import dev.exosphere.load.SourceMap;
import dev.exosphere.load.SourcePosition;
import dev.exosphere.model.Build;
import dev.exosphere.model.Bus;
import dev.exosphere.model.ClusterSpec;
import dev.exosphere.model.Clusters;
import dev.exosphere.model.Dependency;
import dev.exosphere.model.Domain;
import dev.exosphere.model.ExoModel;
import dev.exosphere.model.HealthCheck;
import dev.exosphere.model.Messages;
import dev.exosphere.model.NatGateways;
import dev.exosphere.model.Network;
import dev.exosphere.model.Policies;
import dev.exosphere.model.Route;
import dev.exosphere.model.Scaling;
import dev.exosphere.model.Service;
import dev.exosphere.model.ValueSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLoaderDefaultsTest {
  @TempDir Path dir;

  private ExoModel model(String yaml) {
    LoadResult r = YamlFiles.load(dir, yaml);
    assertEquals(List.of(), YamlFiles.problems(r));
    return r.model().orElseThrow();
  }

  @Test
  void minimalFileGetsEveryDefaultOfTheReference() {
    // GIVEN only the required keys
    // WHEN loading
    ExoModel m = model(YamlFiles.HEADER);
    // THEN every default is the one docs/exosphere-yml.md documents
    assertEquals("shop", m.name());
    assertEquals("1.0.0", m.version());
    assertEquals(Optional.empty(), m.account());
    assertEquals(Optional.empty(), m.region());
    assertEquals(Optional.empty(), m.domain());
    assertEquals(new Network("10.0.0.0/16", 2, NatGateways.SINGLE, Optional.empty()), m.network());
    ClusterSpec cluster = new ClusterSpec("t3.small", 1, 3, OptionalInt.empty());
    assertEquals(new Clusters(cluster, cluster), m.clusters());
    assertEquals(new Bus("0.21.3", Optional.empty(), 3100, "t3.micro", 256, 256), m.bus());
    assertEquals(Map.of(80, 3000), m.gateway().ports());
    assertEquals(1, m.gateway().loadBalancers());
    assertEquals(Policies.none(), m.policies());
    assertTrue(m.services().isEmpty());
    assertEquals(dir.resolve("exosphere.yml").toAbsolutePath().normalize(), m.file());
  }

  @Test
  void serviceDefaults() {
    // GIVEN a public service with only a type, an image and a route prefix
    ExoModel m = model(YamlFiles.HEADER + "services:\n  web:\n    type: public\n    image: nginx:1.27\n    interface:\n      /api:\n");
    // WHEN loaded THEN cpu, memory, replicas and the route take their defaults
    Service web = m.services().get("web");
    assertEquals(256, web.cpu());
    assertEquals(512, web.memory());
    assertEquals(1, web.replicas());
    assertEquals(Optional.empty(), web.scaling());
    assertEquals(Messages.none(), web.messages());
    assertEquals(new Route("/api", 3000, "http", "/api", HealthCheck.defaults(), List.of()), web.routes().get("/api"));
    assertFalse(web.routes().get("/api").rewrites());
  }

  @Test
  void domainAddsTheHttpsListenerByDefault() {
    // GIVEN a domain and no interface WHEN loaded THEN both listeners forward to 3000
    ExoModel m = model(YamlFiles.HEADER + "domain: shop.example.com\n");
    assertEquals(Map.of(80, 3000, 443, 3000), m.gateway().ports());
    assertEquals(new Domain("shop.example.com", Optional.empty(), Optional.empty()), m.domain().orElseThrow());
  }

  @Test
  void loadBalancersAloneKeepTheDefaultPorts() {
    // GIVEN only a number of load balancers under interface WHEN loaded THEN it is kept, with the default listener
    ExoModel m = model(YamlFiles.HEADER + "interface: {loadBalancers: 3}\n");
    assertEquals(3, m.gateway().loadBalancers());
    assertEquals(Map.of(80, 3000), m.gateway().ports());
  }

  @Test
  void domainLongForm() {
    ExoModel m = model(YamlFiles.HEADER + "domain: {name: shop.example.com, hostedZoneId: Z0123456789ABC,"
        + " certificate: 'arn:aws:acm:us-east-1:123456789012:certificate/abc-123'}\n");
    assertEquals(new Domain("shop.example.com", Optional.of("Z0123456789ABC"),
        Optional.of("arn:aws:acm:us-east-1:123456789012:certificate/abc-123")), m.domain().orElseThrow());
  }

  @Test
  void routePortDefaultsToTheListenersContainerPort() {
    // GIVEN interface.ports {80: 8080}
    ExoModel m = model(YamlFiles.HEADER + "interface: {ports: {80: 8080}}\nservices:\n  web: {type: public, image: a/b, interface: {/: {}}}\n");
    // THEN a route without a port uses 8080
    assertEquals(8080, m.services().get("web").routes().get("/").port());
  }

  @Test
  void shorthandsExpandToTheLongForms() throws Exception {
    // GIVEN build, healthCheck and a dependency variable in their short forms
    Files.createDirectories(dir.resolve("web"));
    Files.writeString(dir.resolve("web/Dockerfile"), "FROM scratch\n");
    ExoModel m = model(YamlFiles.HEADER + """
        dependencies:
          mongo:
            environment: {DB: shop, ADDR: {ssm: /shop/mongo}, PASS: {secret: shop/mongo, field: password}}
        services:
          web:
            type: public
            build: ./web
            interface:
              /: {port: 3000, healthCheck: /health, path: /v1}
            dependencies: [mongo]
        """);
    // THEN they are the long forms, with the build context resolved against the file's folder
    Service web = m.services().get("web");
    Path context = dir.resolve("web").toAbsolutePath().normalize();
    assertEquals(context, web.build().orElseThrow().context());
    assertEquals(context.resolve("Dockerfile"), web.build().orElseThrow().dockerfile());
    assertEquals("/health", web.routes().get("/").healthCheck().path());
    assertEquals(30, web.routes().get("/").healthCheck().intervalSeconds());
    assertTrue(web.routes().get("/").rewrites());
    Dependency mongo = m.dependencies().get("mongo");
    assertEquals("mongo", mongo.type());
    assertEquals(ValueSource.value("shop"), mongo.environment().get("DB"));
    assertEquals(new ValueSource(ValueSource.Kind.SSM, "/shop/mongo", Optional.empty()), mongo.environment().get("ADDR"));
    assertEquals(new ValueSource(ValueSource.Kind.SECRET, "shop/mongo", Optional.of("password")), mongo.environment().get("PASS"));
  }

  @Test
  void buildLongFormResolvesTheDockerfileAgainstTheContext() throws Exception {
    Files.createDirectories(dir.resolve("src/docker"));
    Files.writeString(dir.resolve("src/docker/Prod.Dockerfile"), "FROM scratch AS prod\n");
    ExoModel m = model(YamlFiles.HEADER + "services:\n  w:\n    type: worker\n"
        + "    build: {context: ./src, dockerfile: docker/Prod.Dockerfile, args: {A: 1, B: x}, target: prod}\n");
    Build b = m.services().get("w").build().orElseThrow();
    assertEquals(dir.resolve("src/docker/Prod.Dockerfile").toAbsolutePath().normalize(), b.dockerfile());
    assertEquals(Map.of("A", "1", "B", "x"), b.args());
    assertEquals(Optional.of("prod"), b.target());
  }

  @Test
  void yamlBooleansKeepTheirTextAsValuesAndStillReadAsBooleans() {
    // GIVEN YAML 1.1 booleans as variable values and as readOnly flags
    ExoModel m = model(YamlFiles.HEADER + """
        dependencies:
          d: {environment: {TLS: yes}}
        services:
          w:
            type: worker
            image: a/b
            environment: {COUNTRY: NO, FEATURE: on, EXACT: True}
            dependencies: [d]
            volumes:
              a: {source: /a, target: /a, readOnly: yes}
              b: {source: /b, target: /b, readOnly: Off}
        """);
    Service w = m.services().get("w");
    // THEN the values are the text written, and the flags what they say
    assertEquals(Map.of("COUNTRY", "NO", "FEATURE", "on", "EXACT", "True"), w.environment());
    assertEquals(ValueSource.value("yes"), m.dependencies().get("d").environment().get("TLS"));
    assertEquals(true, w.volumes().get("a").readOnly());
    assertEquals(false, w.volumes().get("b").readOnly());
  }

  @Test
  void servicePoliciesOverrideTheApplicationsAndScalingIsInherited() {
    ExoModel m = model(YamlFiles.HEADER + """
        policies:
          logging: {level: info, retentionDays: 14}
          timeout: {requestTimeout: 30}
          scaling: {min: 1, max: 4}
        services:
          w:
            type: worker
            image: a/b
            policies: {logging: {level: debug}}
          web: {type: public, image: a/w, interface: {/: {port: 3000}}}
        """);
    Service w = m.services().get("w");
    assertEquals(Optional.of("debug"), w.policies().logLevel());
    assertEquals(OptionalInt.of(14), w.policies().logRetentionDays());
    assertEquals(OptionalInt.of(30), w.policies().requestTimeout());
    assertEquals(Optional.of(new Scaling(1, 4, OptionalInt.empty(), OptionalInt.empty())), w.scaling());
  }

  @Test
  void networkValuesAndNatGatewayForms() {
    assertEquals(NatGateways.PER_AZ, model(YamlFiles.HEADER + "network: {cidr: 172.20.0.0/20, azs: 3, natGateways: per-az}\n").network().natGateways());
    assertEquals(NatGateways.NONE, model(YamlFiles.HEADER + "network: {natGateways: 0}\nbus: {image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/exocom:0.21.3}\n").network().natGateways());
    assertEquals(Optional.of("vpc-0abc1234"), model(YamlFiles.HEADER + "network: {vpcId: vpc-0abc1234}\n").network().vpcId());
  }

  @Test
  void anchorsAndAliasesAreSupported() {
    // GIVEN an environment shared through an anchor
    ExoModel m = model(YamlFiles.HEADER + """
        services:
          a: {type: worker, image: a/a, environment: &env {MODE: live}}
          b: {type: worker, image: a/b, environment: *env}
        """);
    // THEN the alias stands for the anchored value
    assertEquals(Map.of("MODE", "live"), m.services().get("b").environment());
  }

  @Test
  void unquotedNumbersAreReadAsStringsWhereStringsAreExpected() {
    ExoModel m = model("name: shop\nversion: 1.0\naccount: 123456789012\n");
    assertEquals("1.0", m.version());
    assertEquals(Optional.of("123456789012"), m.account());
  }

  @Test
  void sourceMapHasAPositionForEveryPath() {
    LoadResult r = YamlFiles.load(dir, YamlFiles.HEADER + "services:\n  web:\n    type: public\n    image: a/b\n    interface:\n      /api: {port: 80, hosts: [a.example.com]}\n");
    SourceMap map = r.sourceMap();
    assertEquals(new SourcePosition(r.file(), 4, 3), map.at("services.web"));
    assertEquals(new SourcePosition(r.file(), 5, 11), map.at("services.web.type"));
    assertEquals(new SourcePosition(r.file(), 8, 7), map.at("services.web.interface./api"));
    assertEquals(new SourcePosition(r.file(), 8, 20), map.at("services.web.interface./api.port"));
    assertEquals(new SourcePosition(r.file(), 8, 32), map.at("services.web.interface./api.hosts[0]"));
  }
}
