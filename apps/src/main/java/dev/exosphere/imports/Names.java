package dev.exosphere.imports;

import dev.exosphere.rules.Formats;
import java.util.Locale;

/** Source names as exosphere.yml needs them, each change reported. */
final class Names {
  private Names() {}

  /** A DNS-safe name of at most {@code max} characters: {@code SpaceTweet} is {@code space-tweet}. */
  static String dnsSafe(String name, int max) {
    String s = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-").replaceAll("^[^a-z]+", "").replaceAll("-+$", "");
    if (s.length() > max) {
      s = s.substring(0, max).replaceAll("-+$", "");
    }
    return s.isEmpty() ? "app" : s;
  }

  /** The service name for {@code name}, reporting a change. */
  static String service(String name, ImportReport report, String file, int line, String key) {
    return renamed(name, 32, report, file, line, key, "service name");
  }

  static String app(String name, ImportReport report, String file, int line, String key) {
    return renamed(name, 28, report, file, line, key, "application name");
  }

  static String environment(String name, ImportReport report, String file, int line, String key) {
    return renamed(name, 16, report, file, line, key, "environment name");
  }

  private static String renamed(String name, int max, ImportReport report, String file, int line, String key,
      String what) {
    String safe = dnsSafe(name, max);
    if (!safe.equals(name)) {
      report.add(file, line, key, "the " + what + " '" + name + "' is written as '" + safe
          + "' (exosphere.yml needs DNS-safe names: lower-case letters, digits and '-', at most " + max + ")",
          "check that the new name suits you");
    }
    return safe;
  }

  /** An environment variable name: {@code db-password} is {@code DB_PASSWORD}. */
  static String variable(String name) {
    String s = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
    return Formats.ENV_NAME.matcher(s).matches() ? s : "_" + s;
  }
}
