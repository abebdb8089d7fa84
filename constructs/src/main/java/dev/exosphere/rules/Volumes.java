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
  /** Linux's PATH_MAX. */
  public static final int PATH_MAX = 4096;
  private static final Pattern PATH = Pattern.compile("/[\\x21-\\x7e&&[^:]]*");
  private static final Pattern DOT_SEGMENT = Pattern.compile("/\\.\\.?(?:/|$)");

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
    if (path.length() > PATH_MAX) {
      return Complaint.of("expected a path of at most " + PATH_MAX + " characters, got " + path.length(), "use a shorter path");
    }
    if (!PATH.matcher(path).matches()) {
      return Complaint.expected("a path of printable characters without spaces or ':'", path,
          "Docker splits mount specifications at ':'; rename the folder");
    }
    if (DOT_SEGMENT.matcher(path).find()) {
      return Complaint.expected("a path without '.' or '..' segments", path, "write the path it resolves to");
    }
    if (inContainer && path.replaceAll("/+$", "").isEmpty()) {
      return Complaint.expected("a container path below '/'", path, "mount it at a folder, e.g. /data");
    }
    return Optional.empty();
  }
}
