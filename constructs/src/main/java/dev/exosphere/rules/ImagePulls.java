package dev.exosphere.rules;

import java.util.Optional;

/**
 * Whether a task in the private subnets can pull an image. Without a NAT gateway those subnets are isolated: their
 * only way out is the VPC endpoints, which reach Amazon ECR of the VPC's own region (and S3 for its layers), nothing
 * else. The bootstrap repository of CDK image assets is such a repository. An image of another partition cannot be
 * pulled at all: IAM cannot grant on it.
 */
public final class ImagePulls {
  /** What is wrong and how to fix it. */
  public record Complaint(String message, String fix) {}

  private ImagePulls() {}

  /**
   * What keeps a private task from pulling {@code reference}; empty when nothing does (or it cannot be known).
   *
   * @param reference   the image reference as written
   * @param internet    whether the private subnets have a NAT gateway
   * @param stackRegion the region deployed to, when known
   * @param notEcrFix   the fix for an image outside ECR, which depends on where the reference came from
   */
  public static Optional<Complaint> problem(String reference, boolean internet, Optional<String> stackRegion,
      String notEcrFix) {
    Optional<EcrImage> ecr = EcrImage.parse(reference);
    if (ecr.isEmpty() && EcrImage.namesEcrRegistry(reference)) {
      return Optional.of(new Complaint("image '" + reference + "' names an ECR registry but is not an ECR image "
          + "reference", "write <12-digit account>.dkr.ecr.<region>.amazonaws.com/<repository>[:tag][@sha256:<64 hex>], "
          + "e.g. 123456789012.dkr.ecr.us-east-1.amazonaws.com/shop-web:1.0"));
    }
    if (ecr.isEmpty()) {
      return internet ? Optional.empty() : Optional.of(new Complaint("image '" + reference + "' is not in Amazon ECR: "
          + "with natGateways: 0 the private subnets reach only ECR (through VPC endpoints), not other registries",
          notEcrFix + ", or use natGateways: 1"));
    }
    EcrImage image = ecr.get();
    if (stackRegion.isEmpty()) {
      return Optional.empty();
    }
    String region = stackRegion.get();
    if (!image.partition().equals(EcrImage.partitionOf(region))) {
      return Optional.of(new Complaint("image '" + reference + "' is in ECR of partition " + image.partition()
          + ", but the application deploys to " + region + " (partition " + EcrImage.partitionOf(region) + ")",
          "copy the image to an ECR repository of " + EcrImage.partitionOf(region)));
    }
    if (!internet && !image.region().equals(region)) {
      return Optional.of(new Complaint("image '" + reference + "' is in ECR of " + image.region() + ": with "
          + "natGateways: 0 only the ECR of " + region + " is reachable (through the VPC endpoints)",
          "copy or replicate the repository to " + region + " and name that copy, or use natGateways: 1"));
    }
    return Optional.empty();
  }
}
