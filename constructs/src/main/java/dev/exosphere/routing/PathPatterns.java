package dev.exosphere.routing;

import java.util.List;
import java.util.Optional;

/** Turns route prefixes into ALB path-pattern values and URL rewrite transforms. */
final class PathPatterns {
  private static final String REGEX_SPECIALS = "\\^$.|?*+()[]{}";

  private PathPatterns() {}

  /** {@code /api/} and {@code /api} are the same prefix; {@code /} stays {@code /}. */
  static String normalize(String prefix) {
    String p = prefix;
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  /** Path segments: {@code /} has 0, {@code /api} 1, {@code /api/v2} 2. */
  static int depth(String normalized) {
    return normalized.equals("/") ? 0 : (int) normalized.chars().filter(c -> c == '/').count();
  }

  /**
   * The path-pattern values of a prefix: {@code /api} matches {@code /api} and {@code /api/*} (not {@code /apix});
   * {@code /} is {@code /*}, or no path condition at all when hosts already qualify the rule.
   */
  static List<String> patterns(String normalized, boolean hasHosts) {
    if (normalized.equals("/")) {
      return hasHosts ? List.of() : List.of("/*");
    }
    return List.of(normalized, normalized + "/*");
  }

  /**
   * The rewrite of {@code prefix} to {@code path}, if they differ. The regex tolerates a query string whether or not
   * the ALB includes it in the matched URL, and keeps it.
   */
  static Optional<UrlRewrite> rewrite(String prefix, String path) {
    String from = normalize(prefix);
    String to = normalize(path);
    if (from.equals(to)) {
      return Optional.empty();
    }
    String p = from.equals("/") ? "" : quote(from);
    String query = "([?].*)?";
    if (to.equals("/")) {
      // /api -> /: both /api and /api/x must keep a leading slash and not become //x
      return Optional.of(new UrlRewrite("^" + p + "/?([^?]*)" + query + "$", "/$1$2"));
    }
    return Optional.of(new UrlRewrite("^" + p + "(/[^?]*)?" + query + "$", to + "$1$2"));
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (REGEX_SPECIALS.indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
