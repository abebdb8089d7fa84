package dev.exosphere.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.images.ExoImages.Run;
import dev.exosphere.model.Build;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every wait on the Docker daemon is bounded: a slow build or a daemon that never answers is one error per service. */
class ImagesTimeoutTest {
  private static final ProgressSink SILENT = new ProgressSink() {
    @Override
    public void line(String text) {}

    @Override
    public void pushed(String layer, long bytes) {}
  };

  @TempDir Path dir;

  @BeforeAll
  static void dockerIsThere() {
    DockerEnvironment.require();
  }

  @Test
  void aBuildOverItsTimeoutIsStoppedWithAClearError() throws Exception {
    // GIVEN a context whose build sleeps 60 s (FROM scratch with SpaceTweet's busybox), and a 2 s build timeout
    SpaceTweet.copyTo(dir);
    Path context = dir.resolve("notifier-worker");
    Files.writeString(context.resolve("Dockerfile"), "FROM scratch\nCOPY rootfs/ /\nRUN [\"/bin/busybox\", \"sleep\", \"60\"]\n"
        + "LABEL run=" + UUID.randomUUID() + "\n");
    Build build = new Build(context, context.resolve("Dockerfile"), new TreeMap<>(), Optional.empty());
    DockerTimeouts timeouts = new DockerTimeouts(Duration.ofSeconds(2), Duration.ofMinutes(30), Duration.ofSeconds(60));
    // WHEN built THEN it fails well before the sleep ends, saying which timeout and how to raise it
    try (DockerEngine docker = DockerEngine.connect(DockerEnvironment.dockerHost(), timeouts)) {
      ImageException e = assertTimeoutPreemptively(Duration.ofSeconds(40), () -> assertThrows(ImageException.class,
          () -> docker.build(BuildContext.of(build), Map.of(), Optional.empty(), "exo-timeout-test:1", SILENT)));
      assertEquals("the build did not finish within 2s (Docker daemon at " + DockerEnvironment.dockerHost()
          + "); if it needs longer, raise --build-timeout or EXO_BUILD_TIMEOUT", e.getMessage());
    }
  }

  @Test
  void aDaemonThatNeverAnswersFailsEachServiceOnOneLine() throws Exception {
    // GIVEN a "daemon" that accepts connections and never answers, and a 1 s call timeout
    Path yml = SpaceTweet.copyTo(dir);
    List<Socket> accepted = java.util.Collections.synchronizedList(new ArrayList<>());
    try (ServerSocket silent = new ServerSocket(0)) {
      Thread acceptor = new Thread(() -> {
        try {
          while (true) {
            accepted.add(silent.accept());
          }
        } catch (Exception e) {
          // closed at the end of the test
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      String host = "tcp://127.0.0.1:" + silent.getLocalPort();
      // WHEN SpaceTweet's images are built against it
      Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ExoImages.run(dir, List.of("build",
          yml.toString(), "--docker-host", host, "--docker-timeout", "1s")));
      // THEN exit 1, and each service says the daemon did not answer in time, and how to allow more
      assertEquals(1, run.exit(), run.err());
      List<String> errors = run.err().lines().toList();
      assertEquals(SpaceTweet.CONTEXTS.size(), errors.size(), run.err());
      for (String line : errors) {
        assertTrue(line.matches("exo images: service [a-z]+ failed: the Docker daemon at " + host.replace(".", "\\.")
            + " did not answer inspect space-tweet-[a-z]+:[0-9a-f]{20} within 1s \\(check the daemon; a slower one "
            + "needs --docker-timeout or EXO_DOCKER_TIMEOUT\\)"), line);
      }
    } finally {
      for (Socket s : accepted) {
        s.close();
      }
    }
  }
}
