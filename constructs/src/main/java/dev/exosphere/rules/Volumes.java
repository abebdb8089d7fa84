package dev.exosphere.rules;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Host bind mounts of a task.
 *
 * <p>ECS Volume name: "Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed"
 * (ECS API Reference, Volume). The mount point's containerPath and the host sourcePath are absolute Linux paths;
 * Docker refuses a mount whose destination is {@code /} and two mounts on one destination ("Duplicate mount point").
 */
public final class Volumes {
  public static final int NAME_MAX = 255;
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1," + NAME_MAX + "}");
  private static final Pattern PATH = Pattern.compile("/[\\x21-\\x7e&&[^:]]*(?:/[\\x21-\\x7e&&[^:]]*)*");

  private Volumes() {}

  public static Optional<Complaint> name(String name) {
    if (!NAME.matcher(name).matches()) {
      String fixed = name.replaceAll("[^A-Za-z0-9_-]", "-");
      return Complaint.expected("a volume name of letters, digits, '_' and '-', 1-" + NAME_MAX + " characters", name,
          fixed.isEmpty() ? "name it e.g. data" : "e.g. '" + fixed.substring(0, Math.min(NAME_MAX, fixed.length())) + "'");
    }
    return Optional.empty();
  }

  /** {@code source} (on the host) or {@code target} (in the container). */
  public static Optional<Complaint> path(String path, boolean inContainer) {
    if (!path.startsWith("/")) {
      return Complaint.expected("an absolute path", path, "start it with '/'");
    }
    if (!PATH.matcher(path).matches()) {
      return Complaint.expected("a path of printable characters without spaces or ':'", path,
          "Docker splits mount specifications at ':'; rename the folder");
    }
    if (path.matches(".*/\\.\\.?(/.*)?")) {
      return Complaint.expected("a path without '.' or '..' segments", path, "write the path it resolves to");
    }
    if (inContainer && path.replaceAll("/+$", "").isEmpty()) {
      return Complaint.expected("a container path below '/'", path, "mount it at a folder, e.g. /data");
    }
    return Optional.empty();
  }
}
