package dev.exosphere.images;

import dev.exosphere.load.ModelLoader;
import dev.exosphere.model.ExoModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The example app src/space-tweet, copied to a temporary folder (so the repository is never modified and the lock
 * is written there).
 */
public final class SpaceTweet {
  /** Its services with {@code build}, and their context folders. */
  public static final Map<String, String> CONTEXTS = Map.of(
      "web", "web", "users", "users-service", "tweets", "tweets-service", "notifier", "notifier-worker");

  private SpaceTweet() {}

  /** The repository root (surefire runs in it; the benchmark is started from it). */
  public static Path repo() {
    return Path.of(System.getProperty("exo.repo", ".")).toAbsolutePath().normalize();
  }

  /** Copies src/space-tweet into {@code into} (symlinks kept as links) and returns the copy's exosphere.yml. */
  public static Path copyTo(Path into) throws IOException {
    Path source = repo().resolve("src/space-tweet");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path from : files.toList()) {
        Path to = into.resolve(source.relativize(from).toString());
        if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return into.resolve("exosphere.yml");
  }

  /** The model of the copy at {@code exosphereYml}, read by the real loader. */
  public static ExoModel model(Path exosphereYml) {
    return ModelLoader.load(exosphereYml).orThrow();
  }
}
