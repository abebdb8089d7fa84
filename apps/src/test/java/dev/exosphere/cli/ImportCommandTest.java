package dev.exosphere.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code exo import}: writes the file atomically, never over an existing one without --force, one-line errors. */
class ImportCommandTest {
  private static final Path COMPOSE = Path.of("src/test/resources/import/compose");
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int exo(String... args) {
    return Exo.standard().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void importsTheFormatItRecognizesAndTheResultValidates() {
    // WHEN a compose folder is imported without --from
    Path yml = dir.resolve("exosphere.yml");
    assertEquals(0, exo("import", COMPOSE.toString(), "-o", yml.toString()));
    // THEN the file is written, the report is printed, and exo validate accepts the file
    assertTrue(Files.exists(yml));
    assertTrue(err().contains("note: src/test/resources/import/compose/compose.yaml:16: services.web.ports"), err());
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("exo import: wrote " + yml), out.toString());
    out.reset();
    assertEquals(0, exo("validate", yml.toString()), err());
    try (var files = Files.list(dir)) {
      assertEquals(List.of(yml), files.toList()); // no temporary file left
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void anExistingOutputIsKeptWithoutForce() throws IOException {
    Path yml = Files.writeString(dir.resolve("exosphere.yml"), "mine\n");
    assertEquals(2, exo("import", "--from", "compose", COMPOSE.toString(), "-o", yml.toString()));
    assertEquals("exo import: " + yml + " exists: choose another -o, or add --force to replace it "
        + "(see 'exo import --help')\n", err());
    assertEquals("mine\n", Files.readString(yml));
    assertEquals(0, exo("import", "--from", "compose", "--force", COMPOSE.toString(), "-o", yml.toString()));
    assertTrue(Files.readString(yml).contains("name: shop"));
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    assertEquals(2, exo("import", "--from", "kompose", COMPOSE.toString(), "-o", dir.resolve("x.yml").toString()));
    assertEquals("exo import: --from: expected exosphere, ailtire or compose, got 'kompose' (see 'exo import --help')\n",
        err());
  }

  @Test
  void aMalformedSourceIsOneLineAndNothingIsWritten() throws IOException {
    Path src = Files.writeString(dir.resolve("docker-compose.yml"), "services:\n  web: {image: [\n");
    Path yml = dir.resolve("exosphere.yml");
    assertEquals(1, exo("import", src.toString(), "-o", yml.toString()));
    assertTrue(err().matches("exo import: " + src.toString().replace("\\", "\\\\") + ":\\d+:\\d+: malformed YAML: [^\n]*\n"),
        err());
    assertFalse(Files.exists(yml));
  }

  @Test
  void anIncompleteSourceIsWrittenWithExitOneAndWhatToAdd() throws IOException {
    // GIVEN a public Exosphere service whose docker_image is not a valid reference
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/application.yml"), "name: app\nversion: 1.0.0\nservices:\n  public:\n"
        + "    web: {docker_image: 'Acme/Web::1'}\n");
    Path yml = dir.resolve("exosphere.yml");
    // WHEN imported THEN the file is written, exit 1, and the loader's error names the key
    assertEquals(1, exo("import", dir.resolve("src").toString(), "-o", yml.toString()));
    assertTrue(err().contains(yml + ": error: services.web.image: "), err());
    assertTrue(Files.readString(yml).contains("# exo validate finds 1 error in this file; complete it:"));
  }

  @Test
  void helpListsTheExitCodes() {
    assertEquals(0, exo("import", "--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    assertTrue(help.startsWith("Usage: exo import [-h] [--force] [--from=FORMAT] [-o=FILE] PATH"), help);
    assertTrue(help.contains("Exit status:"), help);
  }
}
