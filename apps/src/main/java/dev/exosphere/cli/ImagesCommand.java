package dev.exosphere.cli;

import dev.exosphere.ExoException;
import dev.exosphere.images.Credentials;
import dev.exosphere.images.DockerEngine;
import dev.exosphere.images.DockerHost;
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
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code exo images build|push}: every service's image built, pushed and pinned by digest. */
@Command(name = "images",
    description = {"Builds the image of every service with 'build' (in parallel), tagged",
        "<registry>/<app>-<service>:<content hash>. push also pushes them and pins each by digest in",
        "exo-images.lock.json beside exosphere.yml. A service whose content hash is already in the registry is",
        "neither built nor pushed."},
    synopsisSubcommandLabel = "(build | push)",
    subcommands = {ImagesCommand.Build.class, ImagesCommand.Push.class},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every image built (and pushed)", "1:a service failed, or the file has errors",
        "2:usage error"})
public final class ImagesCommand extends ExoCommand {
  private final Function<Path, ExoModel> loader;
  private final Map<String, String> env;
  private final InputStream stdin;

  @Mixin
  HelpOption help;

  /** The real thing: the YAML loader, the process environment, standard input. */
  public ImagesCommand() {
    this(ImagesCommand::loadModel, System.getenv(), System.in);
  }

  /**
   * @param loader reads an {@code exosphere.yml} into the model, throwing {@link ExoException} for bad input
   * @param env    the environment ({@code DOCKER_HOST}, {@code DOCKER_CONFIG}, {@code EXO_REGISTRY_*},
   *               {@code EXO_*_TIMEOUT})
   * @param stdin  where {@code --password-stdin} reads
   */
  public ImagesCommand(Function<Path, ExoModel> loader, Map<String, String> env, InputStream stdin) {
    this.loader = loader;
    this.env = Map.copyOf(env);
    this.stdin = stdin;
  }

  /** {@code exo images} without an action. */
  @Override
  public Integer call() {
    throw usage("missing the action: 'build' or 'push'");
  }

  @Command(name = "build", description = {"Builds every service's image, tagged by its content hash.",
      "With --registry, the tags name that registry (and what it lacks is pushed, as by push)."},
      exitCodeListHeading = "%nExit status:%n",
      exitCodeList = {"0:every image built", "1:a service failed, or the file has errors", "2:usage error"})
  static final class Build extends Action {
    Build() {
      super(false);
    }
  }

  @Command(name = "push", description = {"Builds what the registry lacks, pushes it, and pins every image by digest",
      "in exo-images.lock.json beside exosphere.yml."},
      exitCodeListHeading = "%nExit status:%n",
      exitCodeList = {"0:every image in the registry and pinned", "1:a service failed, or the file has errors",
          "2:usage error"})
  static final class Push extends Action {
    Push() {
      super(true);
    }
  }

  /** What build and push share: the file and options, and whether the images end in the registry's lock. */
  abstract static class Action extends ExoCommand {
    private final boolean push;
    @ParentCommand
    ImagesCommand images;
    @Mixin
    HelpOption help;
    @Mixin
    ImagesArgs args;

    Action(boolean push) {
      this.push = push;
    }

    @Override
    public Integer call() {
      return images.run(args.options(this, push, images.env), out, err);
    }
  }

  /** Reads {@code exosphere.yml}: warnings to stderr, errors as an {@link ExoException} listing every one. */
  static ExoModel loadModel(Path file) {
    LoadResult loaded = ModelLoader.load(file);
    loaded.warnings().forEach(w -> System.err.println(w.format()));
    return loaded.orThrow();
  }

  /** Runs with checked options: user errors are printed as clear lines, never a stack trace. */
  int run(ImagesOptions options, PrintStream out, PrintStream err) {
    try {
      return work(options, out, err);
    } catch (ExoException e) {
      err.println(e.getMessage()); // file:line:col: error: ... lines, as exo validate prints them
      return Exo.FAILED;
    } catch (ImageException e) {
      err.println("exo images: " + e.getMessage());
      return Exo.FAILED;
    } catch (UncheckedIOException e) {
      // the lock beside exosphere.yml could not be written: the user's folder, not our bug
      err.println("exo images: " + e.getMessage() + " (make the application's folder writable and run again)");
      return Exo.FAILED;
    }
  }

  private int work(ImagesOptions options, PrintStream out, PrintStream err) {
    Path file = options.file().toAbsolutePath().normalize();
    if (!Files.isRegularFile(file)) {
      err.println(options.file() + ":1:1: error: " + (Files.exists(file) ? "not a regular file" : "file not found")
          + " (run in the application's folder, or name the file: exo images " + (options.push() ? "push" : "build")
          + " path/to/exosphere.yml)");
      return Exo.FAILED;
    }
    ExoModel model = loader.apply(file);
    checkServices(model, options);
    Optional<RegistryTarget> registry = options.registry();
    Optional<Credentials> credentials = registry.flatMap(r -> RegistryLogin.resolve(options, r, env, stdin));
    String host = options.dockerHost().orElseGet(this::envDockerHost);
    ImagesReport report;
    try (DockerEngine docker = DockerEngine.connect(host, options.timeouts())) {
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

  private String envDockerHost() {
    String value = env.getOrDefault("DOCKER_HOST", "").strip();
    if (value.isEmpty()) {
      return DockerEngine.DEFAULT_HOST;
    }
    try {
      return DockerHost.check(value);
    } catch (IllegalArgumentException e) {
      throw new ImageException("DOCKER_HOST=" + value + " is invalid: " + e.getMessage()
          + " (fix or unset it, or pass --docker-host)");
    }
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
