package dev.exosphere.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.imports.Importer.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sources of the wrong shape: one line naming file, line and column and what was expected; never a stack trace. */
class HostileSourceTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "services: [a, b]|:1:11: services: expected a mapping",
      "services: {web: {image: x, deploy: {resources: {limits: {cpus: lots}}}}}|: services.web.deploy.resources.limits.cpus: expected a number of CPUs, got 'lots'",
      "services: {web: {image: x, expose: [http]}}|: services.web.expose: expected a port, got 'http'",
      "services: {web: {image: x, deploy: {replicas: many}}}|:1:47: replicas: expected a whole number",
      "services: {a: {image: x}, A: {image: y}}|: two services are both named 'a'",
      "a: &a [*a]|:1:1: no 'services'",
      "services: {web: {image: x, environment: [~, {a: b}]}}|:1:42: environment[0]: expected a value",
      "services: {web: {image: x, volumes: [~], secrets: [{}]}}|:1:38: volumes[0]: expected a value",
      "services: {web: {image: x}}\\nservices: {}|:2:1: malformed YAML: duplicate key 'services'"})
  void aMalformedComposeFileIsOneClearLine(String yaml, String expected) throws IOException {
    Path f = Files.writeString(dir.resolve("compose.yaml"), yaml.replace("\\n", "\n"));
    ImportException e = assertThrows(ImportException.class,
        () -> Importer.run(Format.COMPOSE, f, dir.resolve("exosphere.yml")));
    assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
  }
}
