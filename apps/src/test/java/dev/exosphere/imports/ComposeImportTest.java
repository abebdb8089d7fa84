package dev.exosphere.imports;

import static dev.exosphere.imports.Imports.reports;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.imports.Importer.Format;
import dev.exosphere.model.ExoModel;
import dev.exosphere.model.Service;
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
    reports(r, f + ":11: services.web.command: exosphere.yml has no key for this yet", "CMD");
    reports(r, f + ":43: services.api.entrypoint", "ENTRYPOINT");
    reports(r, f + ":33: services.web.depends_on");
    reports(r, f + ":35: services.web.labels.com.example.team", "storefront");
    reports(r, f + ":45: volumes[0]", "data:/var/lib/api");
    reports(r, f + ":42: environment[1]", "DB_URL");
    reports(r, "services.web.secrets.api_key", "./api_key.txt");
    reports(r, "services.web.healthcheck.start_period");
    reports(r, "services.web.deploy.resources.reservations");
    Imports.commented(r);
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
