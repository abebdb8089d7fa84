package dev.exosphere.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load balancer health checks of a target group.
 *
 * <p>ELB "Health checks for Application Load Balancer target groups": HealthCheckPath is 1-1024 characters;
 * Matcher HttpCode, "for Application Load Balancers, values from 200 to 499", single, comma-separated or a range;
 * HealthCheckTimeoutSeconds must be smaller than HealthCheckIntervalSeconds (CreateTargetGroup rejects it otherwise;
 * interval 5-300, timeout 2-120 are in {@link Limits}).
 */
public final class HealthChecks {
  public static final int PATH_MAX = 1024;
  public static final Range CODES = Range.of(200, 499);
  private static final Pattern ITEM = Pattern.compile("(\\d{3})(?:-(\\d{3}))?");
  /** RFC 3986 path and query characters: unreserved, sub-delims, ':', '@', '/', '?', and '%' of a percent-encoding. */
  private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9\\-._~!$&'()*+,;=:@/?%]*");
  private static final Pattern BAD_PERCENT = Pattern.compile("%(?![0-9A-Fa-f]{2})");

  private HealthChecks() {}

  public static Optional<Complaint> path(String path) {
    if (path.length() > PATH_MAX) {
      return Complaint.of("expected a health check path of at most " + PATH_MAX + " characters, got " + path.length(),
          "use a shorter path");
    }
    if (!PATH.matcher(path).matches() || BAD_PERCENT.matcher(path).find()) {
      return Complaint.expected("a health check path starting with '/', of URL path characters (others percent-encoded)",
          path, "e.g. /health");
    }
    return Optional.empty();
  }

  /** {@code 200}, {@code 200-399}, {@code 200,204}: each code within {@link #CODES}, each range low to high. */
  public static Optional<Complaint> codes(String codes) {
    String fix = "list codes or ranges from 200 to 499 separated by ',', e.g. 200-399";
    for (String item : codes.split(",", -1)) {
      Matcher m = ITEM.matcher(item);
      if (!m.matches()) {
        return Complaint.expected("HTTP codes like 200, 200-399 or 200,204", codes, fix);
      }
      int low = Integer.parseInt(m.group(1));
      int high = m.group(2) == null ? low : Integer.parseInt(m.group(2));
      if (!CODES.contains(low) || !CODES.contains(high)) {
        return Complaint.expected("HTTP codes from 200 to 499 (what a load balancer health check accepts)", codes, fix);
      }
      if (low > high) {
        return Complaint.expected("a range from low to high", codes, "write " + high + "-" + low);
      }
    }
    return Optional.empty();
  }

  /** The timeout must be shorter than the interval, whichever of them is a default. */
  public static Optional<Complaint> timing(int intervalSeconds, int timeoutSeconds, boolean intervalWritten, boolean timeoutWritten) {
    if (timeoutSeconds < intervalSeconds) {
      return Optional.empty();
    }
    String interval = intervalSeconds + "s" + (intervalWritten ? "" : " (the default)");
    String timeout = timeoutSeconds + "s" + (timeoutWritten ? "" : " (the default)");
    return Complaint.of("expected a timeout shorter than the interval, got timeout " + timeout + " and interval " + interval,
        timeoutWritten ? "lower timeout below " + intervalSeconds + " or raise interval"
            : "add timeout: " + Math.max(Limits.HEALTH_CHECK_TIMEOUT_SECONDS.min(), intervalSeconds - 1) + " or raise interval");
  }
}
