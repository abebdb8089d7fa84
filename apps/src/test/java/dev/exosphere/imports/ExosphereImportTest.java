package dev.exosphere.imports;

import static dev.exosphere.imports.Imports.reports;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.imports.Importer.Format;
import dev.exosphere.load.LoadResult;
import dev.exosphere.model.ExoModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.assertions.Template;

class ExosphereImportTest {
  @TempDir Path dir;

  @Test
  void theExoDeployGenerationBecomesAValidApplicationThatSynthesizes() {
    // GIVEN exo-deploy's application.yml (environments.production.providers.aws, services.public/private)
    // WHEN imported
    Importer.Result r = Imports.into(dir, Format.EXOSPHERE, "exo-deploy");
    // THEN it loads without a problem: names made DNS-safe, sizes, ports, messages, namespace and mongo kept
    LoadResult loaded = Imports.loadsCleanly(dir);
    ExoModel m = loaded.model().orElseThrow();
    assertEquals("space-tweet", m.name());
    assertEquals(500, m.services().get("space-tweet-web-service").memory());
    assertEquals(List.of("mongo"), m.services().get("exosphere-users-service").dependencies());
    // AND startup.command is the container's command, split into words
    assertEquals(List.of("node_modules/.bin/lsc", "app"),
        m.services().get("space-tweet-web-service").container().command().orElseThrow());
    assertEquals(List.of("node", "server.js", "--port", "$PORT"),
        m.services().get("exosphere-users-service").container().command().orElseThrow());
    assertEquals("t3.small", loaded.environments().get("production").model().clusters().publicCluster().instanceType());
    // AND its production environment synthesizes, with the domain's HTTPS listener
    List<Template> t = Imports.synth(dir, "production", "us-west-2");
    Imports.hasSomewhere(t, "AWS::ElasticLoadBalancingV2::Listener", Map.of("Port", 443));
    Imports.hasSomewhere(t, "AWS::ECS::TaskDefinition", Map.of("Family", "space-tweet-production-exosphere-users-service"));
  }

  @Test
  void exoDeployKeysWithoutAPlaceAreReported() {
    Importer.Result r = Imports.into(dir, Format.EXOSPHERE, "exo-deploy");
    String app = "src/test/resources/import/exo-deploy/application.yml";
    reports(r, app + ":1: name", "'SpaceTweet' is written as 'space-tweet'");
    reports(r, app + ":10: environments.production.providers.aws.public-cluster-size", "t3.small");
    reports(r, app + ":12: environments.production.providers.aws.remote-state-store");
    reports(r, "users-service/service.yml:3: startup.command: written as command; no shell runs it",
        "[sh, -c, \"...\"]");
    assertFalse(Imports.report(r).stream().anyMatch(l -> l.contains("web-server/service.yml:3: startup.command")),
        "a plain command needs no note");
    reports(r, "users-service/service.yml:2: description");
    reports(r, "users-service/service.yml:8: docker.ports[1]: a further port of the local docker run", "tcp:");
    Imports.commented(r);
  }

  @Test
  void theLaterGenerationKeepsMessagesWithSpacesEnvironmentsAndSecrets() {
    // GIVEN the local/remote generation with remote.environments, dependency-data.exocom and Dockerfile.prod
    Importer.Result r = Imports.into(dir, Format.EXOSPHERE, "exosphere-remote");
    LoadResult loaded = Imports.loadsCleanly(dir);
    ExoModel m = loaded.model().orElseThrow();
    assertEquals(List.of("tweets list", "tweets create"), m.services().get("web").messages().sends());
    assertEquals("0.26.1", m.bus().version());
    // THEN each environment has its domain, account, region and values
    ExoModel staging = loaded.environments().get("staging").model();
    assertEquals("140", staging.services().get("tweets").environment().get("TWEET_LIMIT"));
    assertEquals("Space Tweet (staging)", staging.services().get("web").environment().get("SITE_NAME"));
    assertTrue(r.text().contains("SESSION_KEY: {secret: space-tweet/staging/SESSION_KEY}"), r.text());
    reports(r, "web/service.yml:12: remote.environments.production.secrets", "create that secret");
    reports(r, "application.yml:7: local.dependencies.mongo");
    // AND both environments synthesize
    Imports.synth(dir, "staging", "us-east-1");
    Imports.hasSomewhere(Imports.synth(dir, "production", "us-east-1"), "AWS::ECS::TaskDefinition",
        Map.of("Family", "space-tweet-production-tweets"));
  }

  @Test
  void aPublicServiceWithoutAPortIsReportedWithWhatToAdd() throws IOException {
    Files.createDirectories(dir.resolve("src/web"));
    Files.writeString(dir.resolve("src/application.yml"), "name: app\nversion: 1.0.0\nservices:\n  public:\n"
        + "    web: {location: ./web, docker_image: acme/web:1}\n");
    Files.writeString(dir.resolve("src/web/service.yml"), "messages: {sends: [a]}\n");
    Importer.Result r = Importer.run(Format.EXOSPHERE, dir.resolve("src"), dir.resolve("exosphere.yml"));
    reports(r, "web/service.yml: port: a public service needs a port", "add production.port to");
  }

  @Test
  void malformedServiceYmlIsOneLineWithItsPosition() throws IOException {
    Files.createDirectories(dir.resolve("src/web"));
    Files.writeString(dir.resolve("src/application.yml"), "name: app\nservices:\n  public:\n    web: {location: ./web}\n");
    Files.writeString(dir.resolve("src/web/service.yml"), "type: public\nmessages:\n  sends: [a\n");
    ImportException e = assertThrows(ImportException.class,
        () -> Importer.run(Format.EXOSPHERE, dir.resolve("src"), dir.resolve("exosphere.yml")));
    assertTrue(e.getMessage().matches(".*web/service.yml:\\d+:\\d+: malformed YAML: .*"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void theEarly2017GenerationWithListedDependenciesAndDockerPorts() throws IOException {
    // GIVEN dependencies as a list with config, environments local/production/staging, docker.ports
    Files.createDirectories(dir.resolve("src/web"));
    Files.writeString(dir.resolve("src/application.yml"), """
        name: todo-app
        version: 0.2.0
        dependencies:
          - name: exocom
            version: 0.22.1
          - name: mongo
            version: 3.4.0
            config:
              ports: ['27017:27017']
              service-environment: {MONGO: 'mongo:27017'}
        environments:
          local: {}
          production:
            domain: todo.example.com
            providers: {aws: {region: us-east-1, public-cluster-size: t3.medium}}
          staging:
            domain: staging.todo.example.com
            providers: {aws: {region: us-east-1}}
        services:
          public:
            web: {location: ./web}
        """);
    Files.writeString(dir.resolve("src/web/service.yml"), """
        type: html-server
        dependencies: [{name: mongo, version: 3.4.0}]
        docker: {ports: ['3000:3000']}
        """);
    Files.writeString(dir.resolve("src/web/Dockerfile"), "FROM node:20\n");
    // WHEN imported
    Importer.Result r = Importer.run(Format.EXOSPHERE, dir.resolve("src"), dir.resolve("exosphere.yml"));
    Files.writeString(dir.resolve("exosphere.yml"), r.text());
    // THEN it loads without a problem, with both environments and the bus version from the list
    LoadResult loaded = Imports.loadsCleanly(dir);
    assertEquals("0.22.1", loaded.model().orElseThrow().bus().version());
    assertEquals(3000, loaded.model().orElseThrow().services().get("web").routes().get("/").port());
    assertEquals(Set.of("production", "staging"), loaded.environments().keySet());
    // AND what Exosphere needed to run mongo itself is reported
    reports(r, "application.yml:10: dependencies.mongo.config.service-environment", "dependencies.mongo.environment");
    reports(r, "application.yml:12: environments.local");
    reports(r, "application.yml:7: dependencies.mongo.version", "exo runs no mongo");
    Imports.synth(dir, "staging", "us-east-1");
  }
}
