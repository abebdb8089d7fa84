package dev.exosphere.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.ExoException;
import dev.exosphere.lock.ImageLock;
import dev.exosphere.lock.LockedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageLockTest {
  private static final String D1 = "sha256:" + "a".repeat(64);
  private static final String D2 = "sha256:" + "b".repeat(64);

  @TempDir Path dir;
  Path yml;

  @BeforeEach
  void anApp() throws IOException {
    yml = Files.writeString(dir.resolve("exosphere.yml"), "name: x\n");
  }

  private static LockedImage image(String service, String digest) {
    return new LockedImage("r.example/app-" + service + "@" + digest,
        "r.example/app-" + service + ":0123456789abcdef0123", D1);
  }

  @Test
  void noLockFileIsEmpty() {
    assertEquals(Optional.empty(), ImageLock.readBeside(yml));
  }

  @Test
  void writesSortedPrettyDeterministicJsonAndReadsItBack() {
    // GIVEN entries added out of order
    ImageLock lock = ImageLock.empty().with("web", image("web", D1)).with("api", image("api", D2));

    // WHEN written beside exosphere.yml
    lock.writeBeside(yml);

    // THEN the file is exactly this text, and reads back equal
    assertEquals("""
        {
          "version": 1,
          "images": {
            "api": {
              "contentHash": "%s",
              "image": "r.example/app-api@%s",
              "tag": "r.example/app-api:0123456789abcdef0123"
            },
            "web": {
              "contentHash": "%s",
              "image": "r.example/app-web@%s",
              "tag": "r.example/app-web:0123456789abcdef0123"
            }
          }
        }
        """.formatted(D1, D2, D1, D1), read());
    assertEquals(lock, ImageLock.readBeside(yml).orElseThrow());
    assertEquals(Optional.of("r.example/app-api@" + D2), lock.imageFor("api"));
    assertEquals(Optional.empty(), lock.imageFor("worker"));
    assertEquals(D2, lock.images().get("api").digest());
  }

  @Test
  void writingLeavesNoTemporaryFileBehind() throws IOException {
    ImageLock.empty().with("web", image("web", D1)).writeBeside(yml);
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count());
    }
  }

  @Test
  void invalidJsonNamesTheFileAndThePosition() throws IOException {
    Files.writeString(ImageLock.pathBeside(yml), "{\n  \"version\": 1,\n  \"images\": {\n");
    ExoException e = assertThrows(ExoException.class, () -> ImageLock.readBeside(yml));
    assertTrue(e.getMessage().startsWith(ImageLock.pathBeside(yml) + ":1:1: error: the image lock is not valid JSON "
        + "at line 4"), e.getMessage());
  }

  @Test
  void anEntryNotPinnedByDigestIsRefused() throws IOException {
    Files.writeString(ImageLock.pathBeside(yml), "{\"version\": 1, \"images\": {\"web\": {\"image\": \"r/web:latest\","
        + " \"tag\": \"r/web:latest\", \"contentHash\": \"" + D1 + "\"}}}");
    ExoException e = assertThrows(ExoException.class, () -> ImageLock.readBeside(yml));
    assertTrue(e.getMessage().contains("images.web.image = \"r/web:latest\" is not pinned by digest"), e.getMessage());
    assertTrue(e.getMessage().endsWith("(fix it, or delete it and run 'exo images push' again to rewrite it)"));
  }

  @Test
  void anotherVersionOrAMissingFieldIsRefused() throws IOException {
    Files.writeString(ImageLock.pathBeside(yml), "{\"version\": 2, \"images\": {}}");
    assertTrue(assertThrows(ExoException.class, () -> ImageLock.readBeside(yml)).getMessage()
        .contains("has version 2, expected 1"));
    Files.writeString(ImageLock.pathBeside(yml), "{\"version\": 1, \"images\": {\"web\": {\"image\": \"r/web@" + D1
        + "\", \"contentHash\": \"" + D1 + "\"}}}");
    assertTrue(assertThrows(ExoException.class, () -> ImageLock.readBeside(yml)).getMessage()
        .contains("images.web.tag must be a non-empty string"));
  }

  private String read() {
    try {
      return Files.readString(ImageLock.pathBeside(yml));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
