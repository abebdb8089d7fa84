package dev.exosphere.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.images.ExoImages.Run;
import dev.exosphere.lock.ImageLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code exo images push} while the real registry it pushes to is killed between the start and the first push. */
class RegistryGoneMidPushTest {
  /** The first line of a Docker build step of any service, e.g. {@code web      | Step 1/4 : FROM ...}. */
  private static final Pattern BUILD_STEP = Pattern.compile("(\\w+) *\\| Step \\d+/\\d+ : .*");

  @TempDir Path dir;
  private PrivateRegistry registry;

  @BeforeAll
  static void dockerIsUp() {
    DockerEnvironment.require();
  }

  @BeforeEach
  void startARegistryToKill() throws Exception {
    registry = PrivateRegistry.open();
  }

  @AfterEach
  void cleanUp() throws Exception {
    registry.close();
  }

  @Test
  void everyServiceFailsNamingTheRegistryAndNoLockIsWritten() throws Exception {
    // GIVEN SpaceTweet, never pushed to a registry that is up when the push starts
    Path yml = SpaceTweet.copyTo(dir);
    AtomicReference<String> killedAt = new AtomicReference<>();

    // WHEN the registry is killed at the first build step printed by any service. Each service first asks the
    // registry whether its content hash is there (so the registry must be up at the start), then builds, printing
    // its steps, and only then pushes: the first step line of any service comes before every push, and the printing
    // thread waits for the kill, so no push can reach the registry. Services that ask after the kill fail asking.
    Run run = ExoImages.run(dir, Map.of(), List.of("push", "--file", yml.toString(), "--registry", registry.host(),
        "--docker-host", DockerEnvironment.dockerHost(), "--jobs", "2"), line -> {
          Matcher step = BUILD_STEP.matcher(line);
          if (step.matches() && killedAt.compareAndSet(null, step.group(1))) {
            registry.kill();
          }
        });

    // THEN the command fails, and every service says in one line that this registry could not be reached
    assertTrue(killedAt.get() != null, "no build step was printed: " + run.out());
    assertEquals(1, run.exit(), run.out());
    List<String> errors = run.err().lines().toList();
    assertEquals(SpaceTweet.CONTEXTS.size(), errors.size(), run.err());
    String host = Pattern.quote(registry.host());
    // (asked before the push: RegistryClient's words; during the push: the daemon's reason in the same words)
    Pattern unreachable = Pattern.compile("exo images: service \\w+ failed: registry " + host + " is not reachable"
        + "(, the push failed \\(.*connection refused\\)| at http://" + host + " \\(connection refused\\))"
        + ": start it, or check --registry");
    for (String service : SpaceTweet.CONTEXTS.keySet()) {
      assertTrue(errors.stream().anyMatch(e -> e.startsWith("exo images: service " + service + " failed: ")
          && unreachable.matcher(e).matches()), service + ": " + run.err());
    }
    // AND the service that printed that step had found the registry up, so it is the push that failed
    String pushFailed = "exo images: service " + killedAt.get() + " failed: registry " + registry.host()
        + " is not reachable, the push failed (";
    assertTrue(errors.stream().anyMatch(e -> e.startsWith(pushFailed)), pushFailed + " in " + run.err());
    assertFalse(run.err().matches("(?s).*(Exception|\\tat |\\b[a-z]+\\.[a-z]+\\.[A-Z]\\w+).*"), run.err());
    assertTrue(run.out().contains("images: ") && run.out().contains(" 0 pushed, 0 unchanged, 4 failed"), run.out());
    // AND no lock claims an image the registry never received
    assertFalse(Files.exists(ImageLock.pathBeside(yml)), () -> "lock written: " + read(ImageLock.pathBeside(yml)));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }
}
