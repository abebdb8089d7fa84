package dev.exosphere.images;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real {@code docker-registry serve} process of a test's own, on a free 127.0.0.1 port, optionally behind htpasswd
 * authentication, so a test may refuse credentials or kill the registry without touching the shared one. A missing
 * {@code docker-registry} or {@code htpasswd} FAILS the test with how to install it (CI installs both).
 */
final class PrivateRegistry implements AutoCloseable {
  private static final String INSTALL = "install it as root with 'apt-get install -y %s' "
      + "(scripts/lib/setup.sh setup_docker does)";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Path root;
  private final Process process;
  private final String host;

  private PrivateRegistry(Path root, Process process, String host) {
    this.root = root;
    this.process = process;
    this.host = host;
  }

  /** An open registry. */
  static PrivateRegistry open() throws IOException, InterruptedException {
    return start(Optional.empty());
  }

  /** A registry that only lets {@code username}/{@code password} in (HTTP Basic, htpasswd with bcrypt). */
  static PrivateRegistry withLogin(String username, String password) throws IOException, InterruptedException {
    return start(Optional.of(List.of(username, password)));
  }

  private static PrivateRegistry start(Optional<List<String>> login) throws IOException, InterruptedException {
    Path root = Files.createTempDirectory("exo-registry-");
    String host = "127.0.0.1:" + freePort();
    StringBuilder config = new StringBuilder("version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n"
        + "    rootdirectory: " + root.resolve("data") + "\nhttp:\n  addr: " + host + "\n");
    if (login.isPresent()) {
      Path htpasswd = root.resolve("htpasswd");
      Files.writeString(htpasswd, run(List.of("htpasswd", "-Bbn", login.get().get(0), login.get().get(1)),
          "apache2-utils"));
      config.append("auth:\n  htpasswd:\n    realm: exo-test\n    path: ").append(htpasswd).append('\n');
    }
    Path configFile = Files.writeString(root.resolve("config.yml"), config.toString());
    Process process = launch(new ProcessBuilder("docker-registry", "serve", configFile.toString())
        .redirectErrorStream(true)
        .redirectOutput(root.resolve("registry.log").toFile()), "docker-registry");
    PrivateRegistry registry = new PrivateRegistry(root, process, host);
    registry.awaitAnswer();
    return registry;
  }

  /** {@code 127.0.0.1:port}. */
  String host() {
    return host;
  }

  /** The status of an anonymous {@code GET /v2/}: 200 open, 401 asking for a login. */
  int anonymousStatus() throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://" + host + "/v2/")).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** Kills the registry at once (SIGKILL) and waits until the process is gone, so its port refuses connections. */
  void kill() {
    process.destroyForcibly();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("docker-registry " + host + " did not die within 30 s of SIGKILL");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while killing docker-registry " + host, e);
    }
  }

  /** Kills the registry and deletes its storage, config and log. */
  @Override
  public void close() throws IOException {
    kill();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private void awaitAnswer() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        break;
      }
      try {
        int status = anonymousStatus();
        if (status == 200 || status == 401) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet: try again shortly.
      }
      Thread.sleep(100);
    }
    String log = Files.readString(root.resolve("registry.log"));
    close();
    fail("docker-registry on " + host + " did not answer GET /v2/ within 30 s; its log: " + log);
  }

  private static Process launch(ProcessBuilder builder, String debianPackage) throws IOException {
    try {
      return builder.start();
    } catch (IOException e) {
      return fail(builder.command().get(0) + " is missing (" + e.getMessage() + "): "
          + String.format(INSTALL, debianPackage));
    }
  }

  private static String run(List<String> command, String debianPackage) throws IOException, InterruptedException {
    Process p = launch(new ProcessBuilder(command).redirectErrorStream(true), debianPackage);
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      fail(String.join(" ", command.subList(0, 2)) + " failed: " + output);
    }
    return output;
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
