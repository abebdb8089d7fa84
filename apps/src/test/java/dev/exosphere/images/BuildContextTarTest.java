package dev.exosphere.images;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exosphere.model.Build;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build context's tar: what the daemon receives and the content hash covers, byte for byte. */
class BuildContextTarTest {
  private static final String LONG = "a-directory-name-long-enough/".repeat(4) + "and-a-file-name-past-100-bytes.txt";

  @TempDir Path context;

  @BeforeEach
  void aContext() throws IOException {
    Files.writeString(context.resolve("Dockerfile"), "FROM scratch\nCOPY . /\n");
    Files.createDirectories(context.resolve(LONG).getParent());
    Files.writeString(context.resolve(LONG), "long\n");
    Files.writeString(context.resolve("héllo.txt"), "non-ASCII name\n");
    Files.createSymbolicLink(context.resolve("link"), Path.of("Dockerfile"));
    Files.walk(context).filter(Files::isRegularFile).forEach(f -> chmod(f, "rw-r--r--"));
    Files.walk(context).filter(f -> Files.isDirectory(f) && !f.equals(context)).forEach(f -> chmod(f, "rwxr-xr-x"));
  }

  private static void chmod(Path p, String perms) {
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private byte[] tar() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BuildContext.of(new Build(context, context.resolve("Dockerfile"), new TreeMap<>(), Optional.empty())).writeTar(out);
    return out.toByteArray();
  }

  @Test
  void entriesAreSortedOwnedByRootWithoutTimesAndKeepLongAndNonAsciiNames() throws IOException {
    List<String> entries = new ArrayList<>();
    try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar()), "UTF-8")) {
      for (TarArchiveEntry e; (e = in.getNextTarEntry()) != null; ) {
        entries.add(e.getName() + " " + Integer.toOctalString(e.getMode()) + " " + e.getLongUserId() + ":"
            + e.getLongGroupId() + " '" + e.getUserName() + "' " + e.getModTime().getTime() + " " + e.getSize()
            + (e.isSymbolicLink() ? " -> " + e.getLinkName() : ""));
      }
    }
    String dir1 = "a-directory-name-long-enough/";
    assertEquals(List.of("Dockerfile 644 0:0 '' 0 22", dir1 + " 755 0:0 '' 0 0", dir1.repeat(2) + " 755 0:0 '' 0 0",
        dir1.repeat(3) + " 755 0:0 '' 0 0", dir1.repeat(4) + " 755 0:0 '' 0 0", LONG + " 644 0:0 '' 0 5",
        "héllo.txt 644 0:0 '' 0 15", "link 777 0:0 '' 0 0 -> Dockerfile"), entries);
  }

  @Test
  void theBytesArePinned() throws IOException {
    // The content hash covers these bytes: a change here changes every image tag. Change this only on purpose.
    byte[] first = tar();
    assertEquals(new String(first, StandardCharsets.ISO_8859_1), new String(tar(), StandardCharsets.ISO_8859_1));
    assertEquals(9728, first.length);
    assertEquals("d67a6ed4d5f199164c2b6956aeff0e3feff7c23269a7752778cf6daef0f62a96",
        java.util.HexFormat.of().formatHex(sha256(first)));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
