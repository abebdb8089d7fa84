package dev.exosphere.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.images.ExoImages.Run;
import dev.exosphere.lock.ImageLock;
import dev.exosphere.lock.LockedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code exo images push} to a real registry of this test's own that authenticates with htpasswd: the wrong password
 * is refused in one clear line per service, the right one pushes and pins.
 */
class RegistryCredentialsTest {
  private static final String USER = "exo-ci";
  private static final String PASSWORD = "s3cret-Passw0rd";
  private static PrivateRegistry registry;

  @TempDir Path dir;

  @BeforeAll
  static void startAnAuthenticatingRegistry() throws Exception {
    DockerEnvironment.require();
    registry = PrivateRegistry.withLogin(USER, PASSWORD);
    // Without this the positive control would prove nothing: the registry must really ask for a login.
    assertEquals(401, registry.anonymousStatus(), "the private registry must refuse anonymous GET /v2/");
  }

  @AfterAll
  static void stopTheRegistry() throws Exception {
    if (registry != null) {
      registry.close();
    }
  }

  @Test
  void aWrongPasswordIsRefusedInOneLinePerServiceAndWritesNoLock() throws Exception {
    // GIVEN SpaceTweet and the right user with a wrong password, from the environment
    Path yml = SpaceTweet.copyTo(dir);
    Map<String, String> env = Map.of("EXO_REGISTRY_USERNAME", USER, "EXO_REGISTRY_PASSWORD", "wrong-password");

    // WHEN its images are pushed to the authenticating registry
    Run run = ExoImages.run(dir, env, push(yml), line -> { });

    // THEN it fails, and every service says in one line which registry refused which login, and what to do
    assertEquals(1, run.exit(), run.out());
    List<String> errors = run.err().lines().toList();
    assertEquals(SpaceTweet.CONTEXTS.size(), errors.size(), run.err());
    for (String service : SpaceTweet.CONTEXTS.keySet()) {
      assertTrue(errors.contains("exo images: service " + service + " failed: registry " + registry.host()
          + " refused the credentials of " + USER + " (from EXO_REGISTRY_USERNAME/EXO_REGISTRY_PASSWORD): check "
          + "them, or log in again"), run.err());
    }
    // AND the secret, stack traces and Java class names stay out of it
    assertFalse(run.err().contains("wrong-password"), run.err());
    assertFalse(run.err().matches("(?s).*(Exception|\\tat |\\b[a-z]+\\.[a-z]+\\.[A-Z]\\w+).*"), run.err());
    // AND nothing was built, and no lock claims anything was pushed
    assertTrue(run.out().contains("images: 0 built, 0 pushed, 0 unchanged, 4 failed"), run.out());
    assertFalse(Files.exists(ImageLock.pathBeside(yml)));
  }

  @Test
  void theRightLoginPushesAndPinsEveryService() throws Exception {
    // GIVEN SpaceTweet and the right login, from the command line
    Path yml = SpaceTweet.copyTo(dir);
    List<String> args = new ArrayList<>(push(yml));
    args.addAll(List.of("--username", USER, "--password", PASSWORD));

    // WHEN its images are pushed to the authenticating registry
    Run run = ExoImages.run(dir, args);

    // THEN all four are built, pushed and pinned by the digest that registry serves
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("images: 4 built, 4 pushed, 0 unchanged, 0 failed"), run.out());
    ImageLock lock = ImageLock.readBeside(yml).orElseThrow();
    assertEquals(SpaceTweet.CONTEXTS.keySet(), lock.images().keySet());
    for (Map.Entry<String, LockedImage> e : lock.images().entrySet()) {
      String repository = registry.host() + "/space-tweet-" + e.getKey();
      assertTrue(e.getValue().image().matches(repository.replace(".", "\\.") + "@sha256:[0-9a-f]{64}"),
          e.getValue().image());
    }
  }

  private static List<String> push(Path yml) {
    return List.of("push", "--file", yml.toString(), "--registry", registry.host(),
        "--docker-host", DockerEnvironment.dockerHost());
  }
}
