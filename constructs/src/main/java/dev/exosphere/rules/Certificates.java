package dev.exosphere.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the HTTPS listener's certificate covers, and where an ACM certificate ARN may come from.
 *
 * <p>The certificate exo requests ({@code certificate: auto}) names the domain and {@code *.domain}. ACM: "a wildcard
 * name ... protects only one subdomain level" ("ACM certificate characteristics", acm/latest/userguide): so
 * {@code a.b.domain} is not covered, and neither is a host outside the domain. The zone exo creates or imports
 * answers only for names below the domain, so a host outside it gets no DNS record from exo either. ELB: "the
 * certificate must be in the same Region as your load balancer" and an account's load balancer can only use that
 * account's ACM certificates ("SSL certificates for your Application Load Balancer", elasticloadbalancing/latest/
 * application/https-listener-certificates).
 */
public final class Certificates {
  /** arn:partition:acm:region:account:certificate/id */
  private static final Pattern ACM_ARN = Pattern.compile("arn:(aws[a-z-]*):acm:([a-z0-9-]+):(\\d{12}):certificate/([A-Za-z0-9-]+)");

  private Certificates() {}

  /** The domain itself: a zone name, never a wildcard. */
  public static Optional<Complaint> domain(String domain) {
    if (domain.contains("*") || domain.contains("?")) {
      String bare = domain.replaceFirst("^[*?]+\\.", "");
      return Complaint.expected("a domain without wildcards (it names the hosted zone; the certificate covers '*.<domain>' already)",
          domain, "write domain: " + bare);
    }
    return Optional.empty();
  }

  /** A route host the certificate exo requests for {@code domain} does not cover; empty when it is covered. */
  public static Optional<Complaint> uncovered(String host, String domain) {
    String h = host.toLowerCase(Locale.ROOT);
    String d = domain.toLowerCase(Locale.ROOT);
    if (h.equals(d)) {
      return Optional.empty();
    }
    if (!h.endsWith("." + d)) {
      return Complaint.of("host '" + host + "' is outside the domain '" + domain + "': the certificate exo requests covers "
          + domain + " and *." + domain + " only, and the zone gets no DNS record for it",
          "use a host under " + domain + ", or set domain.certificate to the ARN of an ACM certificate that covers it"
              + "; then point its DNS at the load balancer yourself");
    }
    String below = h.substring(0, h.length() - d.length() - 1);
    if (below.contains(".")) {
      return Complaint.of("host '" + host + "' is two or more labels below the domain '" + domain + "': the certificate exo "
          + "requests covers " + domain + " and *." + domain + " (one label) only",
          "use a host one label below, e.g. " + below.replace('.', '-') + "." + domain
              + ", or set domain.certificate to the ARN of a certificate that covers it");
    }
    return Optional.empty();
  }

  /** A host outside the domain's zone, with the user's own certificate: it works only if its DNS points at the ALB. */
  public static Optional<Complaint> outsideZone(String host, String domain) {
    String h = host.toLowerCase(Locale.ROOT);
    String d = domain.toLowerCase(Locale.ROOT);
    if (h.equals(d) || h.endsWith("." + d)) {
      return Optional.empty();
    }
    return Complaint.of("host '" + host + "' is outside the domain '" + domain + "', so exo creates no DNS record for it",
        "point " + host + " at the load balancer in its own DNS zone; the stack's outputs name the load balancer");
  }

  /** An ACM certificate ARN in another region or account than the stack's (each checked only when known). */
  public static Optional<Complaint> arn(String arn, Optional<String> stackAccount, Optional<String> stackRegion) {
    Matcher m = ACM_ARN.matcher(arn);
    if (!m.matches()) {
      return Complaint.expected("'auto' or an ACM certificate ARN like arn:aws:acm:<region>:<account>:certificate/<id>", arn,
          "copy the ARN from the ACM console");
    }
    if (stackRegion.isPresent() && !stackRegion.get().equals(m.group(2))) {
      return Complaint.of("expected a certificate in the stack's region " + stackRegion.get() + ", got one in " + m.group(2)
          + ": a load balancer uses only certificates of its own region",
          "request or import the certificate in " + stackRegion.get() + ", or use certificate: auto");
    }
    if (stackAccount.isPresent() && !stackAccount.get().equals(m.group(3))) {
      return Complaint.of("expected a certificate of the stack's account " + stackAccount.get() + ", got one of " + m.group(3)
          + ": a load balancer uses only its own account's certificates",
          "import the certificate into account " + stackAccount.get() + ", or use certificate: auto");
    }
    return Optional.empty();
  }
}
