package dev.exosphere.load;

import java.util.Locale;

/**
 * Bounds on the file itself, checked before and while it is parsed, so that no input (an alias bomb, a device, a
 * huge or deeply nested file) can exhaust memory or time. Far above what any real exosphere.yml needs; documented in
 * docs/exosphere-yml.md, "Limits of the file itself".
 */
public final class FileLimits {
  private FileLimits() {}

  /** The largest file read: 1 MiB. A large application's exosphere.yml is tens of KiB. */
  public static final long MAX_FILE_BYTES = 1024 * 1024;
  /** How deep mappings and lists may nest. exosphere.yml itself nests at most 7 levels. */
  public static final int MAX_DEPTH = 50;
  /** The most values the document may have with every alias expanded (defeats "billion laughs"). */
  public static final int MAX_VALUES = 100_000;
  /** The longest mapping key, in characters (YAML itself allows 1024 for a plain key). */
  public static final int MAX_KEY_LENGTH = 256;
  /** The longest scalar value, in characters. */
  public static final int MAX_SCALAR_LENGTH = 64 * 1024;

  /** {@code 3.0 MiB (3,145,728 bytes)}: a size as people read it, with the exact count. */
  static String describeBytes(long bytes) {
    String human = bytes >= 1024L * 1024 * 1024 ? String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024))
        : bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024))
        : bytes >= 1024 ? String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0) : bytes + " bytes";
    return bytes < 1024 ? human : human + String.format(Locale.ROOT, " (%,d bytes)", bytes);
  }
}
