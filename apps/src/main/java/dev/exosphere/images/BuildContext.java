package dev.exosphere.images;

import dev.exosphere.model.Build;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.utils.IOUtils;

/**
 * A service's build context as the Docker daemon receives it: the context folder's files in sorted order, less what
 * {@code .dockerignore} leaves out, plus the Dockerfile. The same bytes are hashed (the image's content hash) and
 * sent to the daemon, so the hash covers exactly what the image is built from.
 */
final class BuildContext {
  /** Where a Dockerfile from outside the context goes in the tar. */
  static final String OUTSIDE_DOCKERFILE = ".exo-dockerfile";

  private record Entry(String name, Path file) {}

  private final Path root;
  private final Path dockerfile;
  private final String dockerfileName;
  private final List<Entry> entries;

  private BuildContext(Path root, Path dockerfile, String dockerfileName, List<Entry> entries) {
    this.root = root;
    this.dockerfile = dockerfile;
    this.dockerfileName = dockerfileName;
    this.entries = entries;
  }

  /**
   * Lists the context of {@code build}.
   *
   * @throws ImageException when the context or the Dockerfile is missing
   */
  static BuildContext of(Build build) throws IOException {
    Path root = build.context().toAbsolutePath().normalize();
    Path dockerfile = build.dockerfile().toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new ImageException("build context " + root + " is not a folder (check build.context)");
    }
    if (!Files.isRegularFile(dockerfile)) {
      throw new ImageException("Dockerfile " + dockerfile + " not found (check build.dockerfile, default "
          + "<context>/Dockerfile)");
    }
    boolean inside = dockerfile.startsWith(root);
    String dockerfileName = inside ? relative(root, dockerfile) : OUTSIDE_DOCKERFILE;
    DockerIgnore ignore = DockerIgnore.read(root);
    List<Entry> entries = new ArrayList<>();
    walk(root, root, ignore, Set.of(dockerfileName, ".dockerignore"), entries);
    if (entries.stream().noneMatch(e -> e.name.equals(dockerfileName))) {
      // Outside the context, or below a folder .dockerignore leaves out: sent all the same.
      entries.add(new Entry(dockerfileName, dockerfile));
    }
    return new BuildContext(root, dockerfile, dockerfileName, List.copyOf(entries));
  }

  /** The Dockerfile's path inside the tar, for the build's {@code dockerfile} parameter. */
  String dockerfileName() {
    return dockerfileName;
  }

  Path root() {
    return root;
  }

  Path dockerfile() {
    return dockerfile;
  }

  /**
   * Writes the context as a deterministic tar (commons-compress; sorted, owner 0:0 without names, mtime 0, PAX
   * records for long or non-ASCII names), so the same files give the same bytes on every machine.
   */
  void writeTar(OutputStream out) throws IOException {
    TarArchiveOutputStream tar = new TarArchiveOutputStream(out, StandardCharsets.UTF_8.name());
    tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    tar.setAddPaxHeadersForNonAsciiNames(true);
    for (Entry e : entries) {
      boolean link = Files.isSymbolicLink(e.file);
      boolean dir = !link && Files.isDirectory(e.file);
      TarArchiveEntry entry = new TarArchiveEntry(dir ? e.name + "/" : e.name,
          link ? TarConstants.LF_SYMLINK : dir ? TarConstants.LF_DIR : TarConstants.LF_NORMAL);
      entry.setMode(mode(e.file));
      entry.setIds(0, 0);
      entry.setUserName(""); // the entry defaults to the user running exo: not the same on every machine
      entry.setGroupName("");
      entry.setModTime(0);
      if (link) {
        entry.setLinkName(Files.readSymbolicLink(e.file).toString());
      } else if (!dir) {
        entry.setSize(Files.size(e.file));
      }
      tar.putArchiveEntry(entry);
      if (!link && !dir) {
        try (InputStream in = Files.newInputStream(e.file)) {
          long copied = IOUtils.copyRange(in, entry.getSize(), tar);
          if (copied != entry.getSize() || in.read() != -1) {
            throw new IOException(e.name + " changed size while it was read (" + entry.getSize() + " bytes before)");
          }
        }
      }
      tar.closeArchiveEntry();
    }
    tar.finish();
    out.flush();
  }

  /**
   * Adds {@code dir}'s children in sorted order. The Dockerfile and {@code .dockerignore} are always sent, as the
   * docker CLI sends them even when ignored. Excluded folders are skipped whole unless a {@code !} pattern may
   * re-include something below them.
   */
  private static void walk(Path root, Path dir, DockerIgnore ignore, Set<String> always, List<Entry> into)
      throws IOException {
    List<Path> children;
    try (Stream<Path> list = Files.list(dir)) {
      children = list.sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
    }
    for (Path child : children) {
      String name = relative(root, child);
      boolean excluded = ignore.excludes(name) && !always.contains(name);
      boolean isDir = Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS);
      if (!excluded) {
        into.add(new Entry(name, child));
      }
      if (isDir && (!excluded || ignore.hasExceptions())) {
        walk(root, child, ignore, always, into);
      }
    }
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
  }

  /** Permission bits (with setuid/setgid/sticky where the file system tells them), not following links. */
  private static int mode(Path file) throws IOException {
    try {
      return ((Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS)) & 07777;
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      int mode = 0;
      for (PosixFilePermission p : Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS)) {
        mode |= 1 << (8 - p.ordinal());
      }
      return mode;
    }
  }
}
