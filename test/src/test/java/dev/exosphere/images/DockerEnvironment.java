package dev.exosphere.images;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The real Docker engine and registry the image tests need. Missing ones FAIL the tests with how to start them:
 * CI starts them (scripts/lib/setup.sh setup_docker), so a skip would only hide a broken machine.
 */
public final class DockerEnvironment {
  private static final String HOW = "start them as root with 'bash scripts/test' (setup_docker), or by hand: "
      + "'dockerd --bridge=none --iptables=false --ip-masq=false &' and 'docker-registry serve CONFIG &' "
      + "(CONFIG: version 0.1, filesystem storage, http.addr 127.0.0.1:5000)";

  private DockerEnvironment() {}

  /** {@code EXO_TEST_REGISTRY}, default {@code 127.0.0.1:5000}. */
  public static String registry() {
    String r = System.getenv("EXO_TEST_REGISTRY");
    return r == null || r.isBlank() ? "127.0.0.1:5000" : r;
  }

  /** {@code DOCKER_HOST}, default the local socket. */
  public static String dockerHost() {
    String h = System.getenv("DOCKER_HOST");
    return h == null || h.isBlank() ? DockerEngine.DEFAULT_HOST : h;
  }

  /** Fails unless both the daemon and the registry answer. */
  public static void require() {
    try (DockerEngine docker = DockerEngine.connect(dockerHost())) {
      docker.ping();
    } catch (Exception e) {
      fail("the Docker engine at " + dockerHost() + " is not reachable (" + e.getMessage() + "): " + HOW);
    }
    try {
      HttpResponse<Void> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
          HttpRequest.newBuilder(URI.create("http://" + registry() + "/v2/")).build(),
          HttpResponse.BodyHandlers.discarding());
      if (r.statusCode() != 200) {
        fail("the registry at " + registry() + " answered " + r.statusCode() + " to GET /v2/: " + HOW);
      }
    } catch (Exception e) {
      fail("the registry at " + registry() + " is not reachable (" + e + "): " + HOW);
    }
  }
}
