package dev.exosphere.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.exosphere.load.LoadResult;
import dev.exosphere.load.ModelLoader;
import dev.exosphere.model.ExoModel;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The applications under {@code src/}: every {@code src/<app>/exosphere.yml}, sorted; and what each deploys. */
public final class ExampleApps {
  private ExampleApps() {}

  /**
   * One stack to synthesize: an application, the environment chosen with {@code -c env} (empty without
   * environments), and the stack's name, which names its snapshot.
   */
  public record Deployment(Path app, Optional<String> environment, String name) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** SpaceTweet before it had environments (its build contexts are the example's folders). */
  public static Path environmentless() {
    return repo().resolve("test/src/test/resources/environmentless/space-tweet/exosphere.yml");
  }

  /** Every environment of every {@code src/} app (an app without environments is one deployment). */
  public static List<Deployment> deployments() {
    return all().stream().flatMap(app -> deploymentsOf(app).stream()).toList();
  }

  /** {@code app}'s deployments: one per environment, or the app itself without environments. */
  public static List<Deployment> deploymentsOf(Path app) {
    LoadResult loaded = ModelLoader.load(app);
    ExoModel model = loaded.orThrow();
    if (loaded.environments().isEmpty()) {
      return List.of(new Deployment(app, Optional.empty(), model.deploymentName()));
    }
    return loaded.environments().values().stream()
        .map(e -> new Deployment(app, Optional.of(e.name()), e.model().deploymentName())).toList();
  }

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
