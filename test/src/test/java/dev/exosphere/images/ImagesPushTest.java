package dev.exosphere.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.command.InspectImageResponse;
import dev.exosphere.images.ExoImages.Run;
import dev.exosphere.lock.ImageLock;
import dev.exosphere.lock.LockedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code exo images push} of SpaceTweet against the real Docker engine and the real registry at
 * {@code EXO_TEST_REGISTRY}. Each test pushes under its own namespace, so "cold" is cold and tests do not see
 * each other's images.
 */
class ImagesPushTest {
  @TempDir Path dir;
  Path yml;
  String namespace;

  @BeforeAll
  static void dockerAndRegistryAreUp() {
    DockerEnvironment.require();
  }

  @BeforeEach
  void copyTheExample() throws IOException {
    yml = SpaceTweet.copyTo(dir);
    namespace = "exo-test-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void pushesEveryServicePinsItByDigestAndTheDigestPullsBack() throws Exception {
    // WHEN SpaceTweet's images are pushed to an empty namespace
    Run run = push("--jobs", "2");

    // THEN all four are built and pushed, with progress lines per service
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("images: 4 built, 4 pushed, 0 unchanged, 0 failed"), run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("web      | Step 2/")), run.out());
    String pushLine = "notifier \\| push: layer \\w+ (pushed|already in the registry) \\(.*\\)";
    assertTrue(run.out().lines().anyMatch(l -> l.matches(pushLine)), run.out());
    // AND the lock pins each by the registry's digest, deterministically written
    ImageLock lock = ImageLock.readBeside(yml).orElseThrow();
    assertEquals(SpaceTweet.CONTEXTS.keySet(), lock.images().keySet());
    assertEquals(lock.toJson(), Files.readString(ImageLock.pathBeside(yml)));
    try (DockerEngine docker = DockerEngine.connect(DockerEnvironment.dockerHost())) {
      for (Map.Entry<String, LockedImage> e : lock.images().entrySet()) {
        String repository = DockerEnvironment.registry() + "/" + namespace + "/space-tweet-" + e.getKey();
        assertTrue(e.getValue().image().matches(repository.replace(".", "\\.") + "@sha256:[0-9a-f]{64}"),
            e.getValue().image());
        assertTrue(e.getValue().tag().matches(repository.replace(".", "\\.") + ":[0-9a-f]{20}"), e.getValue().tag());
        String tagHash = e.getValue().tag().substring(e.getValue().tag().lastIndexOf(':') + 1);
        assertTrue(e.getValue().contentHash().startsWith("sha256:" + tagHash), e.getValue().contentHash());
        // the digest pulls back from the registry (local copy removed first) and is SpaceTweet's image
        docker.removeTag(e.getValue().tag());
        docker.client().pullImageCmd(e.getValue().image()).start().awaitCompletion(60, TimeUnit.SECONDS);
        InspectImageResponse image = docker.client().inspectImageCmd(e.getValue().image()).exec();
        assertTrue(image.getRepoDigests().contains(e.getValue().image()), String.valueOf(image.getRepoDigests()));
        assertEquals(List.of("/bin/sh", "/srv/run.sh"), List.of(image.getConfig().getEntrypoint()));
        docker.removeTag(e.getValue().image());
      }
    }
  }

  @Test
  void anUnchangedSecondRunBuildsAndPushesNothing() throws Exception {
    // GIVEN SpaceTweet pushed once
    assertEquals(0, push().exit());
    String lockBefore = Files.readString(ImageLock.pathBeside(yml));

    // WHEN it is pushed again unchanged
    Run again = push();

    // THEN nothing is built or pushed, and the lock is byte for byte the same
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.out().contains("images: 0 built, 0 pushed, 4 unchanged, 0 failed"), again.out());
    assertTrue(again.out().contains("web      | unchanged: "), again.out());
    assertEquals(lockBefore, Files.readString(ImageLock.pathBeside(yml)));
  }

  @Test
  void touchingOneServiceRebuildsOnlyThatService() throws Exception {
    // GIVEN SpaceTweet pushed once
    assertEquals(0, push().exit());
    ImageLock before = ImageLock.readBeside(yml).orElseThrow();

    // WHEN one file of the users service changes
    Files.writeString(dir.resolve("users-service/rootfs/srv/www/health"), "ok, changed\n");
    Run run = push();

    // THEN only users is built and pushed, and only its lock entry changes
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("images: 1 built, 1 pushed, 3 unchanged, 0 failed"), run.out());
    ImageLock after = ImageLock.readBeside(yml).orElseThrow();
    assertNotEquals(before.images().get("users"), after.images().get("users"));
    for (String s : List.of("web", "tweets", "notifier")) {
      assertEquals(before.images().get(s), after.images().get(s), s);
    }
  }

  @Test
  void aBrokenDockerfileStepFailsOnlyThatServiceAndTheLockKeepsTheOthers() throws Exception {
    // GIVEN SpaceTweet pushed once
    assertEquals(0, push().exit());
    ImageLock before = ImageLock.readBeside(yml).orElseThrow();

    // WHEN tweets' Dockerfile copies a file that does not exist, and web changes too
    Files.writeString(dir.resolve("tweets-service/Dockerfile"), "COPY no-such-file /\n", StandardOpenOption.APPEND);
    Files.writeString(dir.resolve("web/rootfs/srv/www/index.html"), "<h1>changed</h1>\n");
    Run run = push();

    // THEN tweets fails with its name and Docker's message; web is rebuilt and pinned anew
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("exo images: service tweets failed: build failed: "), run.err());
    assertTrue(run.err().contains("no-such-file"), run.err());
    assertEquals(1, run.err().lines().filter(l -> l.startsWith("exo images: service ")).count(), run.err());
    assertTrue(run.out().contains("images: 1 built, 1 pushed, 2 unchanged, 1 failed"), run.out());
    ImageLock after = ImageLock.readBeside(yml).orElseThrow();
    assertEquals(before.images().get("tweets"), after.images().get("tweets"));
    assertNotEquals(before.images().get("web"), after.images().get("web"));
  }

  @Test
  void aMissingDockerfileFailsThatServiceByName() throws Exception {
    // GIVEN notifier has no Dockerfile
    Files.delete(dir.resolve("notifier-worker/Dockerfile"));

    // WHEN SpaceTweet is pushed
    Run run = push();

    // THEN validation stops it before any work, naming the service, the file position and the missing file
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("exosphere.yml:83:12: error: services.notifier.build: expected a Dockerfile, "
        + "found none at " + dir.resolve("notifier-worker/Dockerfile")), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    // AND no lock claims anything was pushed
    assertFalse(Files.exists(ImageLock.pathBeside(yml)));
  }

  @Test
  void anUnreachableRegistryIsAClearErrorAndWritesNoLock() throws Exception {
    // WHEN the registry is a closed port on this machine
    Run run = exo(List.of("push", "--file", yml.toString(), "--registry", "127.0.0.1:" + closedPort() + "/x"));

    // THEN each service fails saying the registry is not reachable, and no lock is written
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("exo images: service web failed: registry 127.0.0.1:"), run.err());
    assertTrue(run.err().contains("is not reachable"), run.err());
    assertFalse(Files.exists(ImageLock.pathBeside(yml)));
  }

  @Test
  void aWrongDaemonAddressIsAClearError() throws Exception {
    // WHEN the Docker daemon address is a closed port
    String host = "tcp://127.0.0.1:" + closedPort();
    Run run = push("--docker-host", host);

    // THEN each service fails naming the daemon address and how to fix it
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("exo images: service users failed: cannot reach the Docker daemon at " + host),
        run.err());
    assertTrue(run.err().contains("--docker-host"), run.err());
    assertFalse(Files.exists(ImageLock.pathBeside(yml)));
  }

  @Test
  void aMalformedLockIsAClearErrorNamingTheFile() throws Exception {
    // GIVEN a lock that is not JSON
    Files.writeString(ImageLock.pathBeside(yml), "{\"version\": 1, \"images\": ");

    // WHEN SpaceTweet is pushed
    Run run = push();

    // THEN the command stops before any work, naming the file
    assertEquals(1, run.exit());
    assertTrue(run.err().startsWith(ImageLock.pathBeside(yml) + ":1:1: error: the image lock is not "
        + "valid JSON"), run.err());
    assertFalse(run.out().contains("build:"), run.out());
  }

  private Run push(String... extra) {
    List<String> args = new ArrayList<>(List.of("push", "--file", yml.toString(),
        "--registry", DockerEnvironment.registry() + "/" + namespace,
        "--docker-host", DockerEnvironment.dockerHost()));
    args.addAll(List.of(extra));
    int i = args.indexOf("--docker-host");
    if (args.lastIndexOf("--docker-host") != i) {
      args.remove(i + 1);
      args.remove(i);
    }
    return exo(args);
  }

  private Run exo(List<String> args) {
    return ExoImages.run(dir, args);
  }

  private static int closedPort() throws IOException {
    return PrivateRegistry.freePort();
  }
}
