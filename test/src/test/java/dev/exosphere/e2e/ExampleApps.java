package dev.exosphere.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The applications under {@code src/}: every {@code src/<app>/exosphere.yml}, sorted. */
public final class ExampleApps {
  private ExampleApps() {}

  /** The repository root (surefire runs the test module with it as working directory). */
  public static Path repo() {
    return Path.of(System.getProperty("exo.repo", ".")).toAbsolutePath().normalize();
  }

  public static List<Path> all() {
    try (Stream<Path> dirs = Files.list(repo().resolve("src"))) {
      List<Path> apps = dirs.map(d -> d.resolve("exosphere.yml")).filter(Files::isRegularFile).sorted().toList();
      if (apps.isEmpty()) {
        throw new IllegalStateException("no src/<app>/exosphere.yml under " + repo());
      }
      return apps;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The name of an app's folder, e.g. {@code space-tweet}. */
  public static String nameOf(Path exosphereYml) {
    return exosphereYml.getParent().getFileName().toString();
  }
}
