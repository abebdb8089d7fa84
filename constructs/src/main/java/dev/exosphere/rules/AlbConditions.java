package dev.exosphere.rules;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an Application Load Balancer accepts in a listener rule's conditions, for a route's prefix and hosts.
 *
 * <p>AWS, "Add a listener rule for your Application Load Balancer" (elasticloadbalancing/latest/application/add-rule)
 * and the API's PathPatternConditionConfig / HostHeaderConditionConfig: a path pattern is at most 128 characters, case
 * sensitive, of a-z A-Z 0-9 and {@code _-.$/~"'@:+&} plus the wildcards {@code *} and {@code ?}; a host header value is
 * at most 128 characters, not case sensitive, of a-z A-Z 0-9, {@code -_.} and the wildcards, with at least one
 * {@code .} and only letters after the last one. Host names are also RFC 1123 names (labels of 1-63 characters,
 * letters, digits and inner hyphens; 253 at most in all, which the ALB's 128 already bounds). At most 5 values per
 * condition and 5 wildcards per rule (Quotas for your Application Load Balancers).
 */
public final class AlbConditions {
  /** A path-pattern or host-header value, in characters. */
  public static final int MAX_VALUE_LENGTH = 128;
  /** The prefix with {@code /*} appended (the rule's second path value) must fit {@link #MAX_VALUE_LENGTH}. */
  public static final int MAX_PREFIX_LENGTH = MAX_VALUE_LENGTH - 2;
  /** RFC 1123 / RFC 1035: one label of a host name. */
  public static final int MAX_LABEL_LENGTH = 63;
  public static final int MAX_WILDCARDS = Limits.ALB_WILDCARDS_PER_RULE;

  private static final String PATH_SPECIALS = "_-.$/~\"'@:+&";
  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9*?](?:[A-Za-z0-9*?-]*[A-Za-z0-9*?])?");
  private static final Pattern LAST_LABEL = Pattern.compile("[A-Za-z*?]+");

  private AlbConditions() {}

  /** A route prefix ({@code /api}): becomes the path patterns {@code /api} and {@code /api/*}. */
  public static Optional<Complaint> prefix(String prefix) {
    String fix = "write it like /api or /api/v2";
    if (!prefix.startsWith("/")) {
      return Complaint.expected("a path prefix starting with '/'", prefix, "write '/" + prefix + "'");
    }
    if (prefix.contains("*") || prefix.contains("?")) {
      return Complaint.expected("a path prefix without wildcards ('*', '?'): exo matches the prefix and everything below it",
          prefix, fix);
    }
    Optional<Character> bad = prefix.chars().mapToObj(c -> (char) c).filter(c -> !isPathChar(c)).findFirst();
    if (bad.isPresent()) {
      return Complaint.expected("a path prefix of letters, digits and _-.$/~\"'@:+& (what the load balancer matches)",
          prefix, "remove '" + bad.get() + "'; the load balancer matches no other characters");
    }
    if (prefix.length() > MAX_PREFIX_LENGTH) {
      return Complaint.of("expected a path prefix of at most " + MAX_PREFIX_LENGTH + " characters (the load balancer's "
          + MAX_VALUE_LENGTH + " less '/*'), got " + prefix.length(), "use a shorter prefix");
    }
    return Optional.empty();
  }

  /** A value of a host-header condition ({@code www.example.com}, {@code *.example.com}). */
  public static Optional<Complaint> host(String host) {
    String fix = "write it like www.example.com or *.example.com";
    if (host.length() > MAX_VALUE_LENGTH) {
      return Complaint.of("expected a host name of at most " + MAX_VALUE_LENGTH + " characters (the load balancer's limit), got "
          + host.length(), "use a shorter name");
    }
    if (!host.contains(".")) {
      return Complaint.expected("a host name with at least one '.', like www.example.com", host, fix);
    }
    String[] labels = host.split("\\.", -1);
    for (String label : labels) {
      if (label.length() > MAX_LABEL_LENGTH) {
        return Complaint.of("expected labels (the parts between dots) of at most " + MAX_LABEL_LENGTH + " characters, got "
            + label.length() + " in '" + host + "'", "shorten that label");
      }
      if (!LABEL.matcher(label).matches()) {
        return Complaint.expected("a host name of letters, digits, '-' (not at a label's start or end), '.' and the wildcards '*', '?'",
            host, fix);
      }
    }
    if (!LAST_LABEL.matcher(labels[labels.length - 1]).matches()) {
      return Complaint.expected("a host name whose last label is letters only (a top-level domain)", host, fix);
    }
    if (wildcards(host) > MAX_WILDCARDS) {
      return Complaint.of("expected at most " + MAX_WILDCARDS + " wildcards ('*', '?') in one host name (the load balancer's "
          + "limit per rule), got " + wildcards(host) + " in '" + host + "'", "name the hosts with fewer wildcards");
    }
    return Optional.empty();
  }

  /** How many {@code *} and {@code ?} a condition value has: the ALB counts them per rule. */
  public static int wildcards(String s) {
    return (int) s.chars().filter(c -> c == '*' || c == '?').count();
  }

  private static boolean isPathChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || PATH_SPECIALS.indexOf(c) >= 0);
  }
}
