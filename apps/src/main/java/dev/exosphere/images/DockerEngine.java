package dev.exosphere.images;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.api.model.BuildResponseItem;
import com.github.dockerjava.api.model.PushResponseItem;
import com.github.dockerjava.api.model.ResponseItem;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * The Docker engine, through docker-java (Apache httpclient5 transport): build from a {@link BuildContext}, check
 * for a local image, push. Every failure becomes an {@link ImageException} with Docker's own message.
 */
public final class DockerEngine implements AutoCloseable {
  /** Where the daemon is when neither {@code --docker-host} nor {@code DOCKER_HOST} says. */
  public static final String DEFAULT_HOST = "unix:///var/run/docker.sock";

  private final String host;
  private final DockerClient docker;
  private final DockerTimeouts timeouts;

  private DockerEngine(String host, DockerClient docker, DockerTimeouts timeouts) {
    this.host = host;
    this.docker = docker;
    this.timeouts = timeouts;
  }

  /** {@link #connect(String, DockerTimeouts)} with the default timeouts. */
  public static DockerEngine connect(String host) {
    return connect(host, DockerTimeouts.DEFAULT);
  }

  /**
   * Connects lazily: nothing talks to the daemon until a service needs a build or a push. Every wait is bounded by
   * {@code timeouts}.
   *
   * @param host a daemon address {@link DockerHost#check} accepts
   */
  public static DockerEngine connect(String host, DockerTimeouts timeouts) {
    DefaultDockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder()
        .withDockerHost(DockerHost.check(host))
        .build();
    ApacheDockerHttpClient http = new ApacheDockerHttpClient.Builder()
        .dockerHost(config.getDockerHost())
        .sslConfig(config.getSSLConfig())
        .maxConnections(32)
        .connectionTimeout(min(Duration.ofSeconds(5), timeouts.call()))
        .build();
    return new DockerEngine(host, DockerClientImpl.getInstance(config, http), timeouts);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** Checks that the daemon answers, within the call timeout. */
  public void ping() {
    call(() -> bounded("ping", () -> docker.pingCmd().exec()));
  }

  /** The daemon address, for messages. */
  public String host() {
    return host;
  }

  /** The docker-java client, for callers that need more (tests pulling images back). */
  public DockerClient client() {
    return docker;
  }

  /** Whether the daemon has an image tagged {@code reference}. */
  public boolean hasImage(String reference) {
    return call(() -> bounded("inspect " + reference, () -> {
      try {
        docker.inspectImageCmd(reference).exec();
        return true;
      } catch (NotFoundException e) {
        return false;
      }
    }));
  }

  /**
   * Builds {@code context} as {@code tag}, passing each output line to {@code progress}. Builds run with host
   * networking: the engine here has no bridge.
   *
   * @return the image id
   */
  public String build(BuildContext context, Map<String, String> args, Optional<String> target, String tag,
      ProgressSink progress) {
    return call(() -> {
      Path tar = Files.createTempFile("exo-context-", ".tar");
      try {
        try (OutputStream out = Files.newOutputStream(tar)) {
          context.writeTar(out);
        }
        try (InputStream in = Files.newInputStream(tar)) {
          var cmd = docker.buildImageCmd()
              .withTarInputStream(in)
              .withDockerfilePath(context.dockerfileName())
              .withTags(Set.of(tag))
              .withNetworkMode("host")
              .withPull(false)
              .withRemove(true);
          args.forEach(cmd::withBuildArg);
          target.ifPresent(cmd::withTarget);
          BuildCallback callback = cmd.exec(new BuildCallback(progress));
          return callback.awaitImage(timeouts.build(), host);
        }
      } finally {
        Files.deleteIfExists(tar);
      }
    });
  }

  /**
   * Pushes {@code repository:tag} with {@code auth}, reporting each layer's bytes to {@code progress}.
   *
   * @return the manifest digest the daemon reported, when it did
   */
  public Optional<String> push(String repository, String tag, Optional<Credentials> auth, ProgressSink progress) {
    String registry = repository.substring(0, repository.indexOf('/'));
    return call(() -> {
      var cmd = docker.pushImageCmd(repository).withTag(tag);
      auth.ifPresent(c -> cmd.withAuthConfig(new AuthConfig()
          .withUsername(c.username())
          .withPassword(c.password())
          .withRegistryAddress(registry)));
      PushCallback callback = cmd.exec(new PushCallback(registry, progress));
      return callback.awaitDigest(timeouts.push(), host);
    });
  }

  /** Removes the local image tagged {@code reference} (the tag only if other tags share it); absent is fine. */
  public void removeTag(String reference) {
    call(() -> bounded("remove " + reference, () -> {
      try {
        docker.removeImageCmd(reference).withForce(false).exec();
      } catch (NotFoundException e) {
        // Already gone: what the caller wants.
      }
      return null;
    }));
  }

  @Override
  public void close() throws IOException {
    docker.close();
  }

  private interface DockerCall<T> {
    T run() throws Exception;
  }

  /**
   * Runs a short call on its own thread and gives up after the call timeout: docker-java has no timeout of its own
   * for a daemon that accepts the connection and then never answers.
   */
  private <T> T bounded(String what, Callable<T> call) throws Exception {
    FutureTask<T> task = new FutureTask<>(call);
    Thread thread = new Thread(task, "exo-docker-call");
    thread.setDaemon(true);
    thread.start();
    try {
      return task.get(timeouts.call().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw new ImageException("the Docker daemon at " + host + " did not answer " + what + " within "
          + DockerTimeouts.format(timeouts.call()) + " (check the daemon; a slower one needs --docker-timeout or "
          + DockerTimeouts.CALL_ENV + ")");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  private <T> T call(DockerCall<T> call) {
    try {
      return call.run();
    } catch (ImageException e) {
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImageException("interrupted while waiting for the Docker daemon");
    } catch (Exception e) {
      throw new ImageException(DockerErrors.describe(e, host), e);
    }
  }

  /** Collects a build's output and its error, if any. */
  private static final class BuildCallback extends ResultCallback.Adapter<BuildResponseItem> {
    private final ProgressSink progress;
    private final AtomicReference<String> imageId = new AtomicReference<>();
    private final AtomicReference<String> error = new AtomicReference<>();

    BuildCallback(ProgressSink progress) {
      this.progress = progress;
    }

    @Override
    public void onNext(BuildResponseItem item) {
      if (item.isErrorIndicated()) {
        error.compareAndSet(null, errorOf(item));
      } else if (item.getStream() != null) {
        item.getStream().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(progress::line);
      }
      if (item.getAux() != null && item.getAux().getDigest() != null) {
        imageId.set(item.getAux().getDigest());
      }
      if (item.isBuildSuccessIndicated() && imageId.get() == null) {
        imageId.set(item.getImageId());
      }
    }

    String awaitImage(Duration timeout, String host) throws InterruptedException {
      awaitWithin(this, timeout, "build", "--build-timeout or " + DockerTimeouts.BUILD_ENV, host);
      if (error.get() != null) {
        throw new ImageException("build failed: " + error.get());
      }
      if (imageId.get() == null) {
        throw new ImageException("build ended without an image (the Docker daemon closed the stream)");
      }
      return imageId.get();
    }
  }

  /** Sums the bytes pushed per layer and keeps the digest the daemon reports at the end. */
  private static final class PushCallback extends ResultCallback.Adapter<PushResponseItem> {
    /** How the daemon words a registry it cannot connect to. */
    private static final Pattern UNREACHABLE = Pattern.compile(
        "connection refused|no such host|i/o timeout|connection reset by peer|no route to host");
    private final String registry;
    private final ProgressSink progress;
    private final Map<String, Long> layerBytes = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicReference<String> digest = new AtomicReference<>();
    private final AtomicReference<String> error = new AtomicReference<>();

    PushCallback(String registry, ProgressSink progress) {
      this.registry = registry;
      this.progress = progress;
    }

    @Override
    public void onNext(PushResponseItem item) {
      if (item.isErrorIndicated()) {
        error.compareAndSet(null, errorOf(item));
        return;
      }
      String layer = item.getId();
      String status = item.getStatus() == null ? "" : item.getStatus();
      if (layer != null && item.getProgressDetail() != null && item.getProgressDetail().getTotal() != null) {
        layerBytes.put(layer, item.getProgressDetail().getTotal());
      }
      if (status.equals("Pushed")) {
        progress.pushed(layer, layerBytes.getOrDefault(layer, 0L));
      } else if (status.equals("Layer already exists") || status.startsWith("Mounted from")) {
        progress.line("push: layer " + layer + " already in the registry (" + status + ")");
      }
      if (item.getAux() != null && item.getAux().getDigest() != null) {
        digest.set(item.getAux().getDigest());
      }
    }

    Optional<String> awaitDigest(Duration timeout, String host) throws InterruptedException {
      awaitWithin(this, timeout, "push", "--push-timeout or " + DockerTimeouts.PUSH_ENV, host);
      String message = error.get();
      if (message != null && UNREACHABLE.matcher(message).find()) {
        // Worded as RegistryClient words it, so a registry gone before or during the push reads the same.
        throw new ImageException("registry " + registry + " is not reachable, the push failed (" + message
            + "): start it, or check --registry");
      }
      if (message != null) {
        throw new ImageException("push to registry " + registry + " failed: " + message);
      }
      return Optional.ofNullable(digest.get());
    }
  }

  /** Waits for a streamed build or push; past {@code timeout} closes the stream (the daemon stops) and says so. */
  private static void awaitWithin(ResultCallback.Adapter<?> callback, Duration timeout, String what, String knob,
      String host) throws InterruptedException {
    if (!callback.awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      try {
        callback.close();
      } catch (IOException e) {
        // Closing is only a courtesy to the daemon; the timeout is what the user needs to hear about.
      }
      throw new ImageException("the " + what + " did not finish within " + DockerTimeouts.format(timeout)
          + " (Docker daemon at " + host + "); if it needs longer, raise " + knob);
    }
  }

  private static String errorOf(ResponseItem item) {
    String message = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
        ? item.getErrorDetail().getMessage()
        : item.getError();
    return message == null ? "unknown error" : message.strip().replace('\n', ' ');
  }
}
