package dev.exosphere.imports;

import static dev.exosphere.imports.Imports.reports;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.imports.Importer.Format;
import dev.exosphere.model.ContainerCheck;
import dev.exosphere.model.ContainerSpec;
import dev.exosphere.model.ExoModel;
import dev.exosphere.model.Service;
import dev.exosphere.model.TcpPort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.assertions.Template;

class ComposeImportTest {
  @TempDir Path dir;

  @Test
  void aComposeFileBecomesAValidApplicationThatSynthesizes() {
    // GIVEN the compose fixture (build with args and target, env_file, ports, healthcheck, deploy, secrets, ...)
    // WHEN it is imported
    Importer.Result r = Imports.into(dir, Format.COMPOSE, "compose");
    // THEN exo's loader accepts it, and the model carries what compose said
    assertTrue(r.valid());
    ExoModel m = Imports.loadsCleanly(dir).model().orElseThrow();
    assertEquals("shop", m.name());
    Service web = m.services().get("web");
    assertEquals("public", web.type().toString().toLowerCase());
    assertEquals(2, web.replicas());
    assertEquals(256, web.cpu());
    assertEquals(512, web.memory());
    // AND the CDK app synthesizes it
    List<Template> t = Imports.synth(dir, null, "us-east-1");
    Imports.hasSomewhere(t, "AWS::ElasticLoadBalancingV2::TargetGroup",
        Map.of("HealthCheckPath", "/health", "HealthCheckIntervalSeconds", 30));
  }

  @Test
  void whatHasNoPlaceIsReportedWithLineAndFix() {
    Importer.Result r = Imports.into(dir, Format.COMPOSE, "compose");
    String f = "src/test/resources/import/compose/compose.yaml";
    reports(r, f + ":38: services.web.depends_on");
    reports(r, f + ":40: services.web.labels.com.example.team", "storefront");
    reports(r, f + ":55: volumes[0]", "data:/var/lib/api");
    reports(r, f + ":47: environment[1]", "DB_URL");
    reports(r, "services.web.secrets.api_key", "./api_key.txt");
    reports(r, f + ":28: services.web.healthcheck.start_period", "no start period");
    reports(r, "services.web.deploy.resources.reservations");
    Imports.commented(r);
  }

  @Test
  void containerKeysAreCarriedOverAsWritten() {
    // GIVEN command, entrypoint, working_dir, user, stop_grace_period and health checks in the fixture
    Importer.Result r = Imports.into(dir, Format.COMPOSE, "compose");
    Map<String, Service> s = Imports.loadsCleanly(dir).model().orElseThrow().services();
    // THEN a list stays the same words, a string is split as compose splits it
    ContainerSpec web = s.get("web").container();
    assertEquals(List.of("node", "server.js"), web.command().orElseThrow());
    assertEquals("/srv/web", web.workingDirectory().orElseThrow());
    assertEquals("1000:1000", web.user().orElseThrow());
    assertEquals(90, web.stopTimeout().getAsInt());
    assertTrue(r.text().contains("    command: \"redis-server --appendonly yes\"\n"), r.text());
    assertEquals(List.of("redis-server", "--appendonly", "yes"), s.get("cache").container().command().orElseThrow());
    assertEquals(List.of("/entry.sh"), s.get("api").container().entrypoint().orElseThrow());
    // AND the HTTP check of a routed service is the load balancer's, any other check runs in the container
    assertTrue(web.healthCheck().isEmpty());
    ContainerCheck cache = s.get("cache").container().healthCheck().orElseThrow();
    assertEquals(List.of("CMD", "redis-cli", "ping"), cache.command());
    assertEquals(5, cache.retries());
    assertEquals(3, cache.timeoutSeconds());
    ContainerCheck api = s.get("api").container().healthCheck().orElseThrow();
    assertEquals(List.of("CMD-SHELL", "pg_isready -h localhost || exit 1"), api.command());
    assertEquals(10, api.intervalSeconds());
    assertEquals(ContainerCheck.DEFAULT_TIMEOUT, api.timeoutSeconds());
    reports(r, "services.api.healthcheck.timeout: a timeout of 30 s (compose's default is 30) is longer than the "
        + "interval; ECS refuses that; left out");
    assertEquals(ContainerCheck.DEFAULT_START_PERIOD, api.startPeriodSeconds());
    assertTrue(r.text().contains("    containerHealthCheck: off\n"), r.text());
    assertTrue(s.get("jobs").container().healthCheck().isEmpty());
    // AND what exo would refuse is reported and left out, never clamped
    String f = "src/test/resources/import/compose/compose.yaml";
    reports(r, f + ":53: services.api.healthcheck.start_period: 400 is outside containerHealthCheck.startPeriod's "
        + "0-300; left out");
    reports(r, f + ":49: services.api.stop_grace_period: 300 is outside stopTimeout's 2-120; left out");
    assertTrue(s.get("api").container().stopTimeout().isEmpty());
    reports(r, f + ":67: services.jobs.user: exo's user: expected a user", "left out");
    assertTrue(s.get("jobs").container().user().isEmpty());
    reports(r, f + ":24: services.web.healthcheck.test", "load balancer's health check", "containerHealthCheck");
    assertTrue(Imports.report(r).stream().filter(l -> l.matches(".*\\.(command|entrypoint|working_dir|user|"
        + "stop_grace_period|healthcheck|ports).*")).noneMatch(l -> l.contains("no key")), r.text());
  }

  @Test
  void furtherPublishedPortsBecomeTcpPortsExceptTheLoadBalancersAndTheRoutes() {
    // GIVEN web publishing 80:3000 (the route), 6650:6650 and 443:3000
    Importer.Result r = Imports.into(dir, Format.COMPOSE, "compose");
    Service web = Imports.loadsCleanly(dir).model().orElseThrow().services().get("web");
    // THEN 6650 is a plain TCP port through the service's Network Load Balancer; 443 is reported
    assertEquals(List.of(new TcpPort(6650, 6650)), web.tcp());
    String f = "src/test/resources/import/compose/compose.yaml";
    reports(r, f + ":17: services.web.ports[1]: published port 6650:6650 becomes tcp port 6650");
    reports(r, f + ":18: services.web.ports[2]: 80 and 443 are the application load balancer's listeners");
    List<Template> t = Imports.synth(dir, null, "us-east-1");
    Imports.hasSomewhere(t, "AWS::ElasticLoadBalancingV2::Listener", Map.of("Port", 6650, "Protocol", "TCP"));
    Imports.hasSomewhere(t, "AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", List.of(
        Map.of("StopTimeout", 90, "User", "1000:1000", "WorkingDirectory", "/srv/web"))));
  }

  @Test
  void serviceLevelSizesAndRolloutKeysSayWhatExoHas() throws IOException {
    // GIVEN the older service-level cpus, mem_limit and scale, and deploy's rollout keys
    Files.writeString(dir.resolve("compose.yaml"), """
        services:
          a:
            image: "nginx:1"
            cpus: "0.5"
            mem_limit: 1g
            scale: 3
            deploy:
              update_config: {parallelism: 2}
              restart_policy: {condition: on-failure}
              placement: {constraints: [node.role==manager]}
        """);
    Importer.Result r = Importer.run(Format.COMPOSE, dir, dir.resolve("exosphere.yml"));
    Files.writeString(dir.resolve("exosphere.yml"), r.text());
    Service a = Imports.loadsCleanly(dir).model().orElseThrow().services().get("a");
    // THEN the sizes are exo's cpu, memory and replicas
    assertEquals(512, a.cpu());
    assertEquals(1024, a.memory());
    assertEquals(3, a.replicas());
    // AND the rollout keys point at deployment, the rest is said to have no key
    reports(r, "services.a.deploy.update_config: exo's rollouts are services.<name>.deployment");
    reports(r, "services.a.deploy.restart_policy: ECS restarts stopped tasks");
    reports(r, "services.a.deploy.placement: exosphere.yml has no key for this yet");
  }

  @Test
  void aPublishedPortWithADifferentHostPortKeepsBoth() throws IOException {
    Files.writeString(dir.resolve("compose.yaml"), """
        services:
          a: {image: "nginx:1", ports: ["80:80", "7000:6379", {target: 9000, published: "9001"}, "3000"]}
        """);
    Importer.Result r = Importer.run(Format.COMPOSE, dir, dir.resolve("exosphere.yml"));
    Files.writeString(dir.resolve("exosphere.yml"), r.text());
    Service a = Imports.loadsCleanly(dir).model().orElseThrow().services().get("a");
    assertEquals(List.of(new TcpPort(3000, 3000), new TcpPort(7000, 6379), new TcpPort(9001, 9000)),
        a.tcp().stream().sorted(java.util.Comparator.comparingInt(TcpPort::port)).toList());
  }

  @Test
  void theEnvFileAndBothEnvironmentFormsAreRead() throws IOException {
    Imports.into(dir, Format.COMPOSE, "compose");
    String text = Files.readString(dir.resolve("exosphere.yml"));
    assertTrue(text.contains("      PAGE_SIZE: \"20\"\n      TITLE: \"The Shop\"\n"), text);
    assertTrue(text.contains("      COUNTRY: \"NO\"\n"), text);
    assertTrue(text.contains("      LOG_FORMAT: json\n"), text);
  }

  @Test
  void theOutputIsDeterministic() {
    assertEquals(Imports.into(dir, Format.COMPOSE, "compose").text(),
        Imports.into(dir, Format.COMPOSE, "compose").text());
  }

  @Test
  void malformedYamlIsOneLineWithItsPosition() throws IOException {
    Path bad = Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: [a\n    ports: x\n");
    ImportException e = assertThrows(ImportException.class,
        () -> Importer.run(Format.COMPOSE, bad, dir.resolve("out.yml")));
    assertTrue(e.getMessage().matches(bad + ":\\d+:\\d+: malformed YAML: .*"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void twoPublishedServicesGetTheirOwnPrefixes() throws IOException {
    Files.writeString(dir.resolve("compose.yaml"), """
        services:
          a: {image: "nginx:1", ports: ["80:80"]}
          b: {image: "nginx:1", ports: ["8080:80"]}
        """);
    Importer.Result r = Importer.run(Format.COMPOSE, dir, dir.resolve("exosphere.yml"));
    Files.writeString(dir.resolve("exosphere.yml"), r.text());
    Imports.loadsCleanly(dir);
    assertTrue(r.text().contains("    interface:\n      /b:\n        port: 80\n        path: /\n"), r.text());
    reports(r, "services.b.interface./", "written as /b");
  }

  @Test
  void validationWarningsAreInTheHeaderToo() throws IOException {
    Files.writeString(dir.resolve("compose.yaml"), "services:\n  a: {image: \"nginx:1\"}\n");
    Importer.Result r = Importer.run(Format.COMPOSE, dir, dir.resolve("exosphere.yml"));
    assertTrue(r.valid());
    assertFalse(r.text().contains("exo validate finds"), r.text());
  }

  @Test
  void everyValueComesBackAsWrittenWhateverItsCharacters() throws IOException {
    // GIVEN values YAML would read as something else, or that need quoting
    List<String> values = List.of("NO", "on", "1.50", "0x1F", "a: b", "#x", " lead", "trail ", "tab\there", "quote\"s",
        "back\\slash", "ünï", "", "~", "null", "- x", "@at", "`tick", "!tag", "&anchor", "*alias", "%pct", "|pipe",
        ">gt", "{x}", "[y]", "a # b", "?q", "line\nbreak");
    StringBuilder yaml = new StringBuilder("services:\n  a:\n    image: \"nginx:1\"\n    environment:\n");
    for (int i = 0; i < values.size(); i++) {
      yaml.append("      V").append(i).append(": ").append(YamlText.quoted(values.get(i))).append('\n');
    }
    Files.writeString(dir.resolve("compose.yaml"), yaml);
    // WHEN imported and loaded
    Importer.Result r = Importer.run(Format.COMPOSE, dir, dir.resolve("exosphere.yml"));
    Files.writeString(dir.resolve("exosphere.yml"), r.text());
    Map<String, String> env = Imports.loadsCleanly(dir).model().orElseThrow().services().get("a").environment();
    // THEN each value is the one written
    for (int i = 0; i < values.size(); i++) {
      assertEquals(values.get(i), env.get("V" + i), "V" + i);
    }
  }

  @Test
  void eachServiceIsPrecededByItsSource() {
    Importer.Result r = Imports.into(dir, Format.COMPOSE, "compose");
    assertTrue(r.text().contains("  # from src/test/resources/import/compose/compose.yaml, services.web\n  web:\n"));
    assertTrue(r.text().contains("  # from src/test/resources/import/compose/compose.yaml, services.cache\n  cache:\n"));
  }
}
