package dev.exosphere.images;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exosphere.e2e.PinnedSynth;
import dev.exosphere.lock.ImageLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a real push, the synthesized templates run each service by its locked digest, and build no asset. */
class LockedDigestSynthTest {
  @TempDir Path dir;

  @BeforeAll
  static void dockerAndRegistryAreUp() {
    DockerEnvironment.require();
  }

  @Test
  void templatesUseTheDigestsOfTheLock() throws Exception {
    // GIVEN SpaceTweet's images pushed to the real registry and pinned in the lock
    Path yml = SpaceTweet.copyTo(dir.resolve("app"));
    String registry = DockerEnvironment.registry() + "/exo-synth-" + UUID.randomUUID().toString().substring(0, 8);
    ExoImages.Run run = ExoImages.run(dir, List.of("push", "--file", yml.toString(), "--registry", registry,
        "--docker-host", DockerEnvironment.dockerHost()));
    assertEquals(0, run.exit(), run.out() + run.err());
    ImageLock lock = ImageLock.readBeside(yml).orElseThrow();

    // WHEN the app is synthesized
    Path cdkOut = Files.createDirectories(dir.resolve("cdk.out"));
    Map<String, String> templates = PinnedSynth.templates(yml, Optional.of("production"), cdkOut);

    // THEN each service's container image is exactly its locked digest reference
    Map<String, String> images = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String template : templates.values()) {
      for (JsonNode resource : json.readTree(template).path("Resources")) {
        if (resource.path("Type").asText().equals("AWS::ECS::TaskDefinition")) {
          String family = resource.path("Properties").path("Family").asText();
          JsonNode image = resource.path("Properties").path("ContainerDefinitions").get(0).path("Image");
          images.put(family, image.isTextual() ? image.asText() : image.toString());
        }
      }
    }
    lock.images().forEach((service, locked) ->
        assertEquals(locked.image(), images.get("space-tweet-production-" + service), "image of " + service));
    // AND no image asset is left for cdk deploy to build
    JsonNode assets = json.readTree(cdkOut.resolve("space-tweet-production.assets.json").toFile());
    assertEquals(0, assets.path("dockerImages").size(), "a locked app must not build image assets: " + assets);
  }
}
