package dev.exosphere.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A container image reference, by the grammar of distribution/reference (the one Docker and ECS parse):
 *
 * <pre>
 * reference        := name [ ":" tag ] [ "@" digest ]
 * name             := [domain '/'] path-component ['/' path-component]*     (at most 255 characters)
 * domain           := domain-component ['.' domain-component]* [':' port-number]
 * domain-component := /([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])/
 * path-component   := /[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*&#47;
 * tag              := /[\w][\w.-]{0,127}/
 * digest           := algorithm ":" hex   (sha256: 64 lower-case hex digits, OCI image-spec descriptor)
 * </pre>
 */
public final class ImageReference {
  public static final int NAME_MAX = 255;
  /** A name, a tag of 128 and a digest of a long algorithm: far more than any real reference. */
  public static final int REFERENCE_MAX = 1024;
  public static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");

  private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
  private static final String DOMAIN = DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*(?::[0-9]+)?";
  private static final String PATH_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
  private static final Pattern NAME = Pattern.compile("(?:" + DOMAIN + "/)?" + PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*");
  private static final Pattern REFERENCE = Pattern.compile("([^@]+?)(?::([^:/@]*))?(?:@(.*))?");
  private static final Pattern DIGEST = Pattern.compile("([A-Za-z][A-Za-z0-9]*(?:[+._-][A-Za-z][A-Za-z0-9]*)*):(.*)");
  private static final Pattern SHA256_HEX = Pattern.compile("[a-f0-9]{64}");
  private static final Pattern OTHER_HEX = Pattern.compile("[a-fA-F0-9]{32,}");

  private ImageReference() {}

  public static Optional<Complaint> check(String ref) {
    String fix = "write <registry>/<name>:<tag> or <name>@sha256:<64 hex digits>, e.g. nginx:1.27";
    if (ref.isEmpty()) {
      return Complaint.of("expected an image reference like registry/name:tag, got an empty one", fix);
    }
    if (ref.length() > REFERENCE_MAX) {
      return Complaint.of("expected an image reference of at most " + REFERENCE_MAX + " characters, got " + ref.length(), fix);
    }
    Matcher m = REFERENCE.matcher(ref);
    if (!m.matches()) {
      return Complaint.expected("an image reference like registry/name:tag", ref, fix);
    }
    String name = m.group(1);
    if (!NAME.matcher(name).matches()) {
      return Complaint.expected("an image name of lower-case path components (a-z, 0-9, separated by '.', '_', '__' or '-') "
          + "joined by '/', after an optional registry host[:port]", ref, fix);
    }
    if (name.length() > NAME_MAX) {
      return Complaint.of("expected an image name of at most " + NAME_MAX + " characters, got " + name.length(),
          "use a shorter repository name");
    }
    if (m.group(2) != null && !TAG.matcher(m.group(2)).matches()) {
      return Complaint.expected("a tag of letters, digits, '_', '.' and '-', 1-128 characters, not starting with '.' or '-'",
          ref, fix);
    }
    if (m.group(3) != null) {
      return digest(ref, m.group(3));
    }
    return Optional.empty();
  }

  private static Optional<Complaint> digest(String ref, String digest) {
    Matcher d = DIGEST.matcher(digest);
    if (!d.matches()) {
      return Complaint.expected("a digest like sha256:<64 hex digits> after '@'", ref, "copy the digest from 'docker inspect'");
    }
    boolean sha256 = d.group(1).equals("sha256");
    if (sha256 ? !SHA256_HEX.matcher(d.group(2)).matches() : !OTHER_HEX.matcher(d.group(2)).matches()) {
      return Complaint.expected(sha256 ? "a sha256 digest of 64 lower-case hex digits" : "a digest of at least 32 hex digits",
          ref, "copy the digest from 'docker inspect' or the registry");
    }
    return Optional.empty();
  }

  /** ExoCom's {@code bus.version}: the tag of {@code originate/exocom}. */
  public static Optional<Complaint> tag(String tag) {
    if (!TAG.matcher(tag).matches()) {
      return Complaint.expected("a version usable as an image tag (letters, digits, '_', '.', '-'; 1-128 characters, "
          + "not starting with '.' or '-')", tag, "write e.g. version: " + Defaults.BUS_VERSION);
    }
    return Optional.empty();
  }
}
