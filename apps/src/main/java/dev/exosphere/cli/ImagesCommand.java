package dev.exosphere.cli;

import dev.exosphere.ExoException;
import dev.exosphere.cli.ImagesOptions;
import dev.exosphere.images.Credentials;
import dev.exosphere.images.DockerEngine;
import dev.exosphere.images.ImageException;
import dev.exosphere.images.ImagePipeline;
import dev.exosphere.images.ImagesReport;
import dev.exosphere.images.Progress;
import dev.exosphere.images.RegistryLogin;
import dev.exosphere.images.RegistryTarget;
import dev.exosphere.images.ServiceResult;
import dev.exosphere.load.LoadResult;
import dev.exosphere.load.ModelLoader;
import dev.exosphere.lock.ImageLock;
import dev.exosphere.model.ExoModel;
import dev.exosphere.model.Service;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** {@code exo images build|push}: every service's image built, pushed and pinned by digest. */
public final class ImagesCommand implements Command {
  private final Function<Path, ExoModel> loader;
  private final Map<String, String> env;
  private final InputStream stdin;

  /** The real thing: the YAML loader, the process environment, standard input. */
  public ImagesCommand() {
    this(ImagesCommand::loadModel, System.getenv(), System.in);
  }

  /**
   * @param loader reads an {@code exosphere.yml} into the model, throwing {@link ExoException} for bad input
   * @param env    the environment ({@code DOCKER_HOST}, {@code DOCKER_CONFIG}, {@code EXO_REGISTRY_*})
   * @param stdin  where {@code --password-stdin} reads
   */
  public ImagesCommand(Function<Path, ExoModel> loader, Map<String, String> env, InputStream stdin) {
    this.loader = loader;
    this.env = Map.copyOf(env);
    this.stdin = stdin;
  }

  /** Reads {@code exosphere.yml}: warnings to stderr, errors as an {@link ExoException} listing every one. */
  static ExoModel loadModel(Path file) {
    LoadResult loaded = ModelLoader.load(file);
    loaded.warnings().forEach(w -> System.err.println(w.format()));
    return loaded.orThrow();
  }

  @Override
  public String name() {
    return "images";
  }

  @Override
  public String summary() {
    return "build, push and pin by digest every service's image";
  }

  @Override
  public String usage() {
    return """
        usage: exo images build [options]
               exo images push --registry <host[/namespace]> [options]

        Builds the image of every service with 'build' (in parallel), tagged <registry>/<app>-<service>:<content hash>.
        push also pushes them and pins each by digest in exo-images.lock.json beside exosphere.yml. A service whose
        content hash is already in the registry is neither built nor pushed.

        options:
          --file, -f FILE        the application (default ./exosphere.yml)
          --registry HOST[/NS]   where to push, e.g. 127.0.0.1:5000 or <acct>.dkr.ecr.<region>.amazonaws.com
          --jobs, -j N           services built at once (default: the number of cores)
          --service NAME         only this service (repeatable; default: all with 'build')
          --username USER        registry login (default: $EXO_REGISTRY_USERNAME, then ~/.docker/config.json)
          --password PASSWORD    (default: $EXO_REGISTRY_PASSWORD)
          --password-stdin       read the password from standard input (ECR: aws ecr get-login-password | ...)
          --docker-host URL      the Docker daemon (default: $DOCKER_HOST, then unix:///var/run/docker.sock)""";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    ImagesOptions options;
    try {
      options = ImagesOptions.parse(args);
    } catch (ImagesOptions.UsageException e) {
      err.println("exo images: " + e.getMessage() + "\n\n" + usage());
      return 2;
    }
    try {
      return run(options, out, err);
    } catch (ImageException | ExoException e) {
      err.println("exo images: " + e.getMessage());
      return 1;
    } catch (UncheckedIOException e) {
      // the lock beside exosphere.yml could not be written: the user's folder, not our bug
      err.println("exo images: " + e.getMessage() + " (make the application's folder writable and run again)");
      return 1;
    }
  }

  private int run(ImagesOptions options, PrintStream out, PrintStream err) {
    Path file = options.file().toAbsolutePath().normalize();
    if (!Files.isRegularFile(file)) {
      throw new ImageException(file + " not found: run in the application's folder or pass --file");
    }
    ExoModel model = loader.apply(file);
    checkServices(model, options);
    Optional<RegistryTarget> registry = options.registry().map(RegistryTarget::parse);
    Optional<Credentials> credentials = registry.flatMap(r -> RegistryLogin.resolve(options, r, env, stdin));
    String host = options.dockerHost().orElse(env.getOrDefault("DOCKER_HOST", DockerEngine.DEFAULT_HOST));
    ImagesReport report;
    try (DockerEngine docker = DockerEngine.connect(host)) {
      Progress progress = new Progress(out, model.services().keySet());
      report = new ImagePipeline(docker, registry, credentials, options.jobs())
          .run(model, options.services(), progress);
    } catch (java.io.IOException e) {
      throw new ImageException("cannot close the connection to the Docker daemon at " + host + ": " + e.getMessage());
    }
    for (ServiceResult r : report.results()) {
      r.error().ifPresent(e -> err.println("exo images: service " + r.service() + " failed: " + e));
    }
    out.println("images: " + report.summary());
    if (registry.isPresent()) {
      out.println("lock: " + ImageLock.pathBeside(file));
    }
    return report.failed() > 0 ? 1 : 0;
  }

  /** Every {@code --service} must name a service that builds its image. */
  private static void checkServices(ExoModel model, ImagesOptions options) {
    for (String name : options.services()) {
      Service s = model.services().get(name);
      if (s == null) {
        throw new ImageException("--service " + name + ": no such service in " + model.file() + " (services: "
            + String.join(", ", model.services().keySet()) + ")");
      }
      if (s.build().isEmpty()) {
        throw new ImageException("--service " + name + " has no 'build' (it uses the image "
            + s.image().orElse("?") + "): nothing to build");
      }
    }
  }
}
