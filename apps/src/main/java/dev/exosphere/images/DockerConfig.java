package dev.exosphere.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Registry credentials from the docker CLI's {@code config.json}: {@code credHelpers} (per registry), then
 * {@code credsStore} (for all), then the base64 {@code auth} entries under {@code auths}, as {@code docker push}
 * looks them up. A helper is run as {@code docker-credential-<name> get} with the server on its standard input.
 */
public final class DockerConfig {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long HELPER_TIMEOUT_SECONDS = 30;

  private final Path file;
  private final JsonNode root;
  private final String path;

  private DockerConfig(Path file, JsonNode root, Map<String, String> env) {
    this.file = file;
    this.root = root;
    this.path = env.getOrDefault("PATH", "");
  }

  /** {@code $DOCKER_CONFIG/config.json}, else {@code ~/.docker/config.json}. */
  public static Path defaultFile(Map<String, String> env) {
    String dir = env.get("DOCKER_CONFIG");
    return (dir != null && !dir.isBlank() ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".docker"))
        .resolve("config.json");
  }

  /**
   * Reads {@code file}; a missing file is an empty config. Credential helpers are looked up on {@code env}'s PATH.
   *
   * @throws ImageException when the file is not valid JSON (naming the file)
   */
  public static DockerConfig read(Path file, Map<String, String> env) {
    try {
      JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      return new DockerConfig(file, root == null ? JSON.createObjectNode() : root, env);
    } catch (NoSuchFileException e) {
      return new DockerConfig(file, JSON.createObjectNode(), env);
    } catch (IOException e) {
      throw new ImageException(file + " is not a valid docker config (" + firstLine(e.getMessage())
          + "): fix it or set DOCKER_CONFIG to another folder");
    }
  }

  /** The credentials for {@code registry}, if this config has any. */
  public Optional<Credentials> credentialsFor(RegistryTarget registry) {
    JsonNode helpers = root.path("credHelpers");
    for (String key : registry.configKeys()) {
      if (helpers.hasNonNull(key)) {
        return runHelper(helpers.get(key).asText(), key);
      }
    }
    JsonNode auths = root.path("auths");
    if (root.hasNonNull("credsStore")) {
      for (String key : registry.configKeys()) {
        Optional<Credentials> found = runHelper(root.get("credsStore").asText(), key);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    for (String key : registry.configKeys()) {
      if (auths.has(key)) {
        return fromAuthEntry(key, auths.get(key));
      }
    }
    return Optional.empty();
  }

  private Optional<Credentials> fromAuthEntry(String key, JsonNode entry) {
    String source = file + " auths." + key;
    if (entry.hasNonNull("auth") && !entry.get("auth").asText().isEmpty()) {
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(entry.get("auth").asText().strip()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new ImageException(source + ".auth is not base64: log in again with 'docker login " + key + "'");
      }
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        throw new ImageException(source + ".auth is not base64 of user:password: log in again with 'docker login "
            + key + "'");
      }
      return Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1), source));
    }
    if (entry.hasNonNull("username") && entry.hasNonNull("password")) {
      return Optional.of(new Credentials(entry.get("username").asText(), entry.get("password").asText(), source));
    }
    return Optional.empty();
  }

  /** {@code docker-credential-<helper> get}; nothing when the helper has no entry for {@code server}. */
  private Optional<Credentials> runHelper(String helper, String server) {
    String program = "docker-credential-" + helper;
    try {
      Process p = new ProcessBuilder(locate(program), "get").redirectErrorStream(true).start();
      try (var in = p.getOutputStream()) {
        in.write(server.getBytes(StandardCharsets.UTF_8));
      }
      byte[] output = p.getInputStream().readAllBytes();
      if (!p.waitFor(HELPER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new ImageException(program + " get did not answer within " + HELPER_TIMEOUT_SECONDS + " s");
      }
      String text = new String(output, StandardCharsets.UTF_8).strip();
      if (p.exitValue() != 0) {
        if (text.contains("credentials not found")) {
          return Optional.empty();
        }
        throw new ImageException(program + " get failed for " + server + ": " + firstLine(text));
      }
      JsonNode answer = JSON.readTree(text);
      return Optional.of(new Credentials(answer.path("Username").asText(), answer.path("Secret").asText(),
          program + " (" + file + ")"));
    } catch (IOException e) {
      throw new ImageException(file + " names the credential helper '" + helper + "' but " + program
          + " cannot be run (" + firstLine(e.getMessage()) + "): install it or remove it from " + file);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImageException("interrupted while running " + program);
    }
  }

  /** The program on the PATH (the JVM's own PATH would be used otherwise, whatever env says). */
  private String locate(String program) {
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return Path.of(dir, program).toString();
      }
    }
    return program;
  }

  private static String firstLine(String s) {
    return s == null ? "" : List.of(s.split("\n")).get(0);
  }
}
