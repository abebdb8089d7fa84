package dev.exosphere.images;

import dev.exosphere.cli.ImagesOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the registry login, first found wins: {@code --username} with {@code --password} or
 * {@code --password-stdin}; {@code EXO_REGISTRY_USERNAME}/{@code EXO_REGISTRY_PASSWORD}; the docker CLI's
 * {@code config.json} (credential helpers, then {@code auths}). None at all is fine for an open registry.
 */
public final class RegistryLogin {
  private RegistryLogin() {}

  public static Optional<Credentials> resolve(ImagesOptions options, RegistryTarget registry,
      Map<String, String> env, InputStream stdin) {
    if (options.username().isPresent() || options.password().isPresent() || options.passwordStdin()) {
      String user = options.username().orElseThrow(() -> new ImageException(
          "a password was given without --username (for Amazon ECR the user is AWS)"));
      String password = options.passwordStdin() ? readStdin(stdin) : options.password().orElseThrow(() ->
          new ImageException("--username " + user + " was given without --password or --password-stdin"));
      return Optional.of(new Credentials(user, password, options.passwordStdin() ? "--password-stdin" : "flags"));
    }
    String user = env.getOrDefault("EXO_REGISTRY_USERNAME", "");
    String password = env.getOrDefault("EXO_REGISTRY_PASSWORD", "");
    if (!user.isEmpty() || !password.isEmpty()) {
      if (user.isEmpty() || password.isEmpty()) {
        throw new ImageException("set both EXO_REGISTRY_USERNAME and EXO_REGISTRY_PASSWORD, or neither");
      }
      return Optional.of(new Credentials(user, password, "EXO_REGISTRY_USERNAME/EXO_REGISTRY_PASSWORD"));
    }
    return DockerConfig.read(DockerConfig.defaultFile(env), env).credentialsFor(registry);
  }

  private static String readStdin(InputStream stdin) {
    try {
      String password = new String(stdin.readAllBytes(), StandardCharsets.UTF_8).strip();
      if (password.isEmpty()) {
        throw new ImageException("--password-stdin read an empty password");
      }
      return password;
    } catch (IOException e) {
      throw new ImageException("--password-stdin could not read standard input: " + e.getMessage());
    }
  }
}
