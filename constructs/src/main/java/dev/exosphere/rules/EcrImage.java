package dev.exosphere.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image reference into Amazon ECR, {@code <account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]/<repository>}
 * with an optional {@code :tag} and/or {@code @sha256:<digest>}. Everything else (Docker Hub, another registry,
 * ECR Public) is not an ECR image here: ECS pulls it without IAM, over the internet.
 *
 * @param account     the registry's account, 12 digits
 * @param region      the registry's region, e.g. {@code us-east-1}
 * @param partition   {@code aws}, {@code aws-cn} or {@code aws-us-gov}
 * @param repository  the repository name, e.g. {@code team/web}
 * @param tagOrDigest what is pulled: the digest ({@code sha256:...}) when given, else the tag, else {@code latest}
 */
public record EcrImage(String account, String region, String partition, String repository, String tagOrDigest) {
  /**
   * An ECR reference, also the JSON Schema's {@code ecrImage} pattern (between {@code ^} and {@code $}). Repository
   * names: ECR's own rule (lower-case components separated by ., _, - and /).
   */
  public static final String REFERENCE_PATTERN =
      "(\\d{12})\\.dkr\\.ecr(?:-fips)?\\.([a-z]{2}(?:-gov)?-[a-z]+-\\d)\\.amazonaws\\.com(\\.cn)?/"
          + "((?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)"
          + "(?::([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(?:@(sha256:[0-9a-f]{64}))?";
  private static final Pattern REFERENCE = Pattern.compile(REFERENCE_PATTERN);

  /** The ECR image {@code reference} names; empty when it is not in ECR (or is not a well-formed ECR reference). */
  public static Optional<EcrImage> parse(String reference) {
    Matcher m = REFERENCE.matcher(reference);
    if (!m.matches()) {
      return Optional.empty();
    }
    String region = m.group(2);
    String partition = m.group(3) != null ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
    String pulled = m.group(6) != null ? m.group(6) : m.group(5) != null ? m.group(5) : "latest";
    return Optional.of(new EcrImage(m.group(1), region, partition, m.group(4), pulled));
  }

  /** True when ECS can pull {@code reference} from ECR (with IAM, through VPC endpoints when there is no NAT). */
  public static boolean isEcr(String reference) {
    return parse(reference).isPresent();
  }

  /**
   * True when {@code reference}'s registry is an ECR host ({@code ...dkr.ecr...amazonaws.com[.cn]}), whether or not the
   * rest is well-formed: such a reference that {@link #parse} rejects is a mistake, not an image of another registry.
   */
  public static boolean namesEcrRegistry(String reference) {
    int slash = reference.indexOf('/');
    String host = slash < 0 ? "" : reference.substring(0, slash);
    return host.contains(".dkr.ecr") && (host.endsWith(".amazonaws.com") || host.endsWith(".amazonaws.com.cn"));
  }

  /** The partition of a region: what an ECR image must match to be pulled by a stack there. */
  public static String partitionOf(String region) {
    return region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
  }

  /** The repository's ARN, in the registry's own account, region and partition (not the stack's). */
  public String repositoryArn() {
    return "arn:" + partition + ":ecr:" + region + ":" + account + ":repository/" + repository;
  }
}
