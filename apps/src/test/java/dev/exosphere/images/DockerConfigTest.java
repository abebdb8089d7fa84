package dev.exosphere.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerConfigTest {
  @TempDir Path dir;

  private DockerConfig config(String json) throws IOException {
    Path file = dir.resolve("config.json");
    Files.writeString(file, json);
    return DockerConfig.read(file, Map.of());
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTheBase64AuthOfTheRegistryHost() throws IOException {
    // GIVEN auths for two registries, the password holding a colon
    DockerConfig config = config("{\"auths\": {\"other.example:5000\": {\"auth\": \"" + b64("x:y") + "\"},"
        + " \"registry.example.com\": {\"auth\": \"" + b64("deploy:s3:cret") + "\"}}}");

    // WHEN asked for registry.example.com/team
    Credentials c = config.credentialsFor(RegistryTarget.parse("registry.example.com/team")).orElseThrow();

    // THEN the user and the whole password come back, the source named
    assertEquals("deploy", c.username());
    assertEquals("s3:cret", c.password());
    assertTrue(c.source().endsWith("config.json auths.registry.example.com"), c.source());
  }

  @Test
  void findsEntriesFiledUnderAnHttpsUrl() throws IOException {
    DockerConfig config = config("{\"auths\": {\"https://registry.example.com\": {\"auth\": \"" + b64("u:p")
        + "\"}}}");
    assertEquals("u", config.credentialsFor(RegistryTarget.parse("registry.example.com")).orElseThrow().username());
  }

  @Test
  void dockerHubIsFiledUnderItsV1Url() throws IOException {
    DockerConfig config = config("{\"auths\": {\"https://index.docker.io/v1/\": {\"auth\": \"" + b64("me:pw")
        + "\"}}}");
    assertEquals("me", config.credentialsFor(RegistryTarget.parse("myteam")).orElseThrow().username());
  }

  @Test
  void noEntryMeansNoCredentials() throws IOException {
    assertEquals(Optional.empty(), config("{\"auths\": {}}").credentialsFor(RegistryTarget.parse("r.example")));
    assertEquals(Optional.empty(), DockerConfig.read(dir.resolve("missing.json"), Map.of())
        .credentialsFor(RegistryTarget.parse("r.example")));
  }

  @Test
  void aCredentialHelperIsRunWithTheServerOnItsInput() throws IOException {
    // GIVEN a credential helper on the PATH answering like docker-credential-* do
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path helper = bin.resolve("docker-credential-exotest");
    Files.writeString(helper, "#!/bin/sh\nread server\n"
        + "printf '{\"ServerURL\":\"%s\",\"Username\":\"helper-user\",\"Secret\":\"for-%s\"}' "
        + "\"$server\" \"$server\"\n");
    helper.toFile().setExecutable(true);
    Path file = dir.resolve("config.json");
    Files.writeString(file, "{\"credHelpers\": {\"registry.example.com\": \"exotest\"}}");

    // WHEN the config is asked, with the helper's folder on the PATH
    Optional<Credentials> c = DockerConfig.read(file, Map.of("PATH", bin + ":/usr/bin:/bin"))
        .credentialsFor(RegistryTarget.parse("registry.example.com"));

    // THEN the helper's answer is the login
    assertEquals("helper-user", c.orElseThrow().username());
    assertEquals("for-registry.example.com", c.orElseThrow().password());
  }

  @Test
  void aMissingCredentialHelperIsAClearError() throws IOException {
    DockerConfig config = config("{\"credsStore\": \"no-such-helper-exo\"}");
    ImageException e = assertThrows(ImageException.class,
        () -> config.credentialsFor(RegistryTarget.parse("registry.example.com")));
    assertTrue(e.getMessage().contains("names the credential helper 'no-such-helper-exo' but "
        + "docker-credential-no-such-helper-exo cannot be run"), e.getMessage());
  }

  @Test
  void aBadAuthValueIsAClearError() throws IOException {
    DockerConfig config = config("{\"auths\": {\"r.example\": {\"auth\": \"%%%\"}}}");
    ImageException e = assertThrows(ImageException.class,
        () -> config.credentialsFor(RegistryTarget.parse("r.example")));
    assertTrue(e.getMessage().endsWith("auths.r.example.auth is not base64: log in again with 'docker login "
        + "r.example'"), e.getMessage());
  }

  @Test
  void invalidJsonNamesTheFile() throws IOException {
    ImageException e = assertThrows(ImageException.class, () -> config("{\"auths\": "));
    assertTrue(e.getMessage().startsWith(dir.resolve("config.json") + " is not a valid docker config"),
        e.getMessage());
  }

  @Test
  void theConfigFolderComesFromDockerConfig() {
    assertEquals(Path.of("/x/config.json"), DockerConfig.defaultFile(Map.of("DOCKER_CONFIG", "/x")));
  }
}
