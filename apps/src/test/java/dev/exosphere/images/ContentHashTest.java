package dev.exosphere.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.model.Build;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentHashTest {
  @TempDir Path root;
  Path context;

  @BeforeEach
  void aContext() throws IOException {
    context = root.resolve("web");
    Files.createDirectories(context.resolve("src"));
    Files.writeString(context.resolve("Dockerfile"), "FROM scratch\nCOPY src/ /\n");
    Files.writeString(context.resolve("src/index.html"), "<h1>hi</h1>\n");
    Files.writeString(context.resolve("src/app.js"), "console.log(1)\n");
  }

  private ContentHash hash() throws IOException {
    return hash(Map.of(), Optional.empty());
  }

  private ContentHash hash(Map<String, String> args, Optional<String> target) throws IOException {
    return ContentHash.of(new Build(context, context.resolve("Dockerfile"), new TreeMap<>(args), target));
  }

  @Test
  void sameFilesGiveTheSameHashWhateverTheirTimesOrCreationOrder() throws IOException {
    // GIVEN the same files created in another order, with other modification times, in another folder
    ContentHash first = hash();
    Path other = root.resolve("copy");
    Files.createDirectories(other.resolve("src"));
    Files.writeString(other.resolve("src/app.js"), "console.log(1)\n");
    Files.writeString(other.resolve("src/index.html"), "<h1>hi</h1>\n");
    Files.writeString(other.resolve("Dockerfile"), "FROM scratch\nCOPY src/ /\n");
    Files.setLastModifiedTime(other.resolve("src/app.js"), java.nio.file.attribute.FileTime.fromMillis(0));

    // WHEN both are hashed
    ContentHash second = ContentHash.of(new Build(other, other.resolve("Dockerfile"), new TreeMap<>(),
        Optional.empty()));

    // THEN the hashes are equal: 64 hex digits, a 20-digit tag
    assertEquals(first, second);
    assertTrue(first.hex().matches("[0-9a-f]{64}"));
    assertEquals(first.hex().substring(0, 20), first.tag());
  }

  @Test
  void changesWhenAFileChanges() throws IOException {
    ContentHash before = hash();
    Files.writeString(context.resolve("src/app.js"), "console.log(2)\n");
    assertNotEquals(before, hash());
  }

  @Test
  void changesWhenAFileIsRenamed() throws IOException {
    ContentHash before = hash();
    Files.move(context.resolve("src/app.js"), context.resolve("src/main.js"));
    assertNotEquals(before, hash());
  }

  @Test
  void changesWhenAModeChanges() throws IOException {
    ContentHash before = hash();
    Files.setPosixFilePermissions(context.resolve("src/app.js"), PosixFilePermissions.fromString("rwxr-xr-x"));
    assertNotEquals(before, hash());
  }

  @Test
  void changesWhenASymlinkTargetChanges() throws IOException {
    // GIVEN a symlink inside the context
    Files.createSymbolicLink(context.resolve("src/link"), Path.of("app.js"));
    ContentHash linked = hash();

    // WHEN the link points elsewhere THEN the hash changes
    Files.delete(context.resolve("src/link"));
    Files.createSymbolicLink(context.resolve("src/link"), Path.of("index.html"));
    assertNotEquals(linked, hash());
  }

  @Test
  void changesWhenTheDockerfileAnArgOrTheTargetChanges() throws IOException {
    ContentHash plain = hash();
    ContentHash withArg = hash(Map.of("MODE", "prod"), Optional.empty());
    assertNotEquals(plain, withArg);
    assertNotEquals(withArg, hash(Map.of("MODE", "dev"), Optional.empty()));
    assertNotEquals(plain, hash(Map.of(), Optional.of("prod")));
    Files.writeString(context.resolve("Dockerfile"), "FROM scratch\nCOPY src/ /srv/\n");
    assertNotEquals(plain, hash());
  }

  @Test
  void argumentBoundariesCount() throws IOException {
    // "A"="BC" and "AB"="C" must not hash alike
    assertNotEquals(hash(Map.of("A", "BC"), Optional.empty()), hash(Map.of("AB", "C"), Optional.empty()));
  }

  @Test
  void filesLeftOutByDockerignoreDoNotCount() throws IOException {
    // GIVEN a .dockerignore leaving out logs and node_modules, but keeping keep.log
    Files.writeString(context.resolve(".dockerignore"), "# comment\n*.log\n!keep.log\nnode_modules\n");
    ContentHash before = hash();

    // WHEN ignored files appear or change
    Files.writeString(context.resolve("debug.log"), "noise");
    Files.createDirectories(context.resolve("node_modules/x"));
    Files.writeString(context.resolve("node_modules/x/index.js"), "x");

    // THEN the hash is the same; a re-included file does count
    assertEquals(before, hash());
    Files.writeString(context.resolve("keep.log"), "kept");
    assertNotEquals(before, hash());
  }

  @Test
  void aMissingDockerfileIsAClearError() throws IOException {
    Files.delete(context.resolve("Dockerfile"));
    ImageException e = assertThrows(ImageException.class, this::hash);
    assertEquals("Dockerfile " + context.resolve("Dockerfile") + " not found (check build.dockerfile, default "
        + "<context>/Dockerfile)", e.getMessage());
  }
}
