package dev.exosphere.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reviewed template snapshots under {@code test/snapshots/<name>/}. They change only on purpose: run the tests with
 * {@code EXO_UPDATE_SNAPSHOTS=1} (or {@code -Dexo.updateSnapshots=true}), then review the diff with git before
 * committing it. A missing snapshot fails the same way as a changed one.
 */
public final class Snapshots {
  private Snapshots() {}

  public static boolean updating() {
    return "1".equals(System.getenv("EXO_UPDATE_SNAPSHOTS")) || Boolean.getBoolean("exo.updateSnapshots");
  }

  public static Path dir(String name) {
    return ExampleApps.repo().resolve("test/snapshots").resolve(name);
  }

  /** Compares {@code actual} (file name to text) with the snapshot {@code name}, or rewrites it when updating. */
  public static void assertMatches(String name, Map<String, String> actual) {
    Path dir = dir(name);
    try {
      if (updating()) {
        write(dir, actual);
        return;
      }
      if (!Files.isDirectory(dir)) {
        fail("no snapshot " + dir + ": create it on purpose with EXO_UPDATE_SNAPSHOTS=1, then review and commit it");
      }
      Set<String> expectedFiles = new TreeSet<>();
      try (Stream<Path> files = Files.list(dir)) {
        files.forEach(f -> expectedFiles.add(f.getFileName().toString()));
      }
      assertEquals(expectedFiles, new TreeSet<>(actual.keySet()),
          "the set of templates changed; if on purpose, update with EXO_UPDATE_SNAPSHOTS=1 and review the diff");
      for (String file : expectedFiles) {
        assertEquals(Files.readString(dir.resolve(file)), actual.get(file),
            file + " differs from its snapshot in " + dir
                + "; if on purpose, update with EXO_UPDATE_SNAPSHOTS=1 and review the diff");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path dir, Map<String, String> actual) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> old = Files.list(dir)) {
        for (Path f : old.toList()) {
          Files.delete(f);
        }
      }
    }
    Files.createDirectories(dir);
    for (Map.Entry<String, String> e : actual.entrySet()) {
      Files.writeString(dir.resolve(e.getKey()), e.getValue());
    }
  }
}
