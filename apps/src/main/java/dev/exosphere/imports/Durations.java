package dev.exosphere.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compose's durations in whole units ({@code 30s}, {@code 1m30s}, {@code 1h}) as seconds. */
final class Durations {
  private static final Pattern DURATION = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

  private Durations() {}

  /** Seconds, at most {@link Integer#MAX_VALUE}; null for anything else (500ms, 1.5s, 10). */
  static Integer seconds(String text) {
    Matcher m = DURATION.matcher(text);
    if (!m.matches() || (m.group(1) == null && m.group(2) == null && m.group(3) == null)) {
      return null;
    }
    long total = part(m.group(1)) * 3600 + part(m.group(2)) * 60 + part(m.group(3));
    return (int) Math.min(total, Integer.MAX_VALUE);
  }

  private static long part(String digits) {
    return digits == null ? 0 : Long.parseLong(digits.length() > 9 ? "999999999" : digits);
  }
}
