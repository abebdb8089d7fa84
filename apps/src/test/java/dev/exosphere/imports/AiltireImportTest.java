package dev.exosphere.imports;

import static dev.exosphere.imports.Imports.reports;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.imports.Importer.Format;
import dev.exosphere.load.LoadResult;
import dev.exosphere.model.ExoModel;
import dev.exosphere.model.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ailtire's deploy/ folder, evaluated by the real node on PATH. */
class AiltireImportTest {
  @TempDir Path dir;

  @Test
  void anAiltirePackageBecomesAValidApplicationThatSynthesizes() {
    // GIVEN services.js (computed values, rewrites, policies, volumes), build.js and deploy.js with two contexts
    Importer.Result r = Imports.into(dir, Format.AILTIRE, "ailtire");
    // THEN it loads without a problem
    LoadResult loaded = Imports.loadsCleanly(dir);
    ExoModel m = loaded.model().orElseThrow();
    assertEquals("acme", m.name());
    Service web = m.services().get("web");
    assertEquals(Set.of("/web", "/web/socket.io"), web.routes().keySet());
    assertEquals("/socket.io", web.routes().get("/web/socket.io").path());
    assertEquals(3000, web.routes().get("/web").port());
    assertEquals("production", web.build().orElseThrow().args().get("NODE_ENV"));
    assertEquals("/var/run/docker.sock", web.volumes().get("docker").source());
    assertEquals("acme/jobs:1.2", m.services().get("jobs").image().orElseThrow());
    // AND build.js's cmd is the container's command, stop_grace_period its stop timeout
    assertEquals(List.of("node", "server.js", "--port", "3000"), web.container().command().orElseThrow());
    assertEquals(60, web.container().stopTimeout().getAsInt());
    assertTrue(m.services().get("jobs").container().stopTimeout().isEmpty());
    // AND the contexts are environments, the child stack is not a service
    assertEquals(Set.of("dev", "prod"), loaded.environments().keySet());
    assertFalse(m.services().containsKey("child-stack"));
    // AND it synthesizes
    Imports.hasSomewhere(Imports.synth(dir, "prod", "us-east-1"), "AWS::ElasticLoadBalancingV2::LoadBalancer",
        Map.of("Type", "application"));
  }

  @Test
  void theChildStackAndWhatHasNoPlaceAreReported() {
    Importer.Result r = Imports.into(dir, Format.AILTIRE, "ailtire");
    String services = "src/test/resources/import/ailtire/deploy/services.js";
    reports(r, services + ": services.childStack: a child stack (type: stack): exo import does not import child "
        + "packages", "exo import -o ./childStack/exosphere.yml", "keep only name, version, policies, dependencies "
        + "and services", "services.childStack: {type: stack, stack: ./childStack, interface: {/cs: {path: /}}}");
    reports(r, services + ": interface.ports.6650", "Ailtire does not say which one",
        "tcp: [{port: 6650, containerPort: 6650}]");
    reports(r, services + ": services.jobs.stop_grace_period: 200 is outside stopTimeout's 2-120; left out");
    reports(r, services + ": interface.ports.443", "needs a domain");
    reports(r, services + ": services.web.policies.retry");
    reports(r, services + ": services.web.networks");
    reports(r, services + ": policies.timeout.requestTimeout", "written as 30 s");
    reports(r, "deploy/build.js: acme_web.cmd: written as services.<name>.command", "WORKDIR");
    assertFalse(String.join("\n", Imports.report(r)).contains("no key for this yet: acme_web.cmd"));
    reports(r, "deploy/deploy.js: contexts.dev.env.DEBUG");
    Imports.commented(r);
  }

  @Test
  void aJavaScriptErrorIsNodesMessageOnOneLine() {
    Path broken = Imports.FIXTURES.resolve("ailtire-broken/services.js");
    ImportException e = assertThrows(ImportException.class,
        () -> Importer.run(Format.AILTIRE, broken, dir.resolve("exosphere.yml")));
    assertEquals(broken.toAbsolutePath() + ": childStack is not defined", e.getMessage());
  }

  @Test
  void aSyntaxErrorIsNodesMessage() throws IOException {
    Path js = Files.writeString(dir.resolve("services.js"), "module.exports = { services: { a: { image: 'x' }\n");
    ImportException e = assertThrows(ImportException.class,
        () -> Importer.run(Format.AILTIRE, js, dir.resolve("exosphere.yml")));
    assertTrue(e.getMessage().startsWith(js.toAbsolutePath() + ": "), e.getMessage());
    assertTrue(e.getMessage().contains("Unexpected end of input"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void theModuleGetsNoStdinAndNoShell() throws IOException {
    // GIVEN a module that would wait for stdin, in a folder whose name a shell would expand
    Path odd = Files.createDirectories(dir.resolve("$(touch pwned) x"));
    Path js = Files.writeString(odd.resolve("services.js"), "const fs = require('fs');\n"
        + "const input = fs.readFileSync(0, 'utf8');\n"
        + "module.exports = { services: { w: { image: 'x:1', environment: { IN: String(input.length) } } } };\n");
    Importer.Result r = Importer.run(Format.AILTIRE, js, dir.resolve("exosphere.yml"));
    // THEN stdin is empty (closed), and nothing ran the folder's name
    assertTrue(r.text().contains("IN: \"0\""), r.text());
    assertFalse(Files.exists(Path.of("pwned")));
    assertEquals(List.of(), r.problems().stream().filter(p -> p.isError()).toList());
  }

  @Test
  void exportsWithoutServicesAreReported() throws IOException {
    Path js = Files.writeString(dir.resolve("services.js"), "module.exports = 5;\n");
    Importer.Result r = Importer.run(Format.AILTIRE, js, dir.resolve("exosphere.yml"));
    Imports.reports(r, js + ": services: no service found in the source");
  }
}
