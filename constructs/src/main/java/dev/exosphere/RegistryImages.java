package dev.exosphere;

import dev.exosphere.rules.EcrImage;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.ecr.RepositoryAttributes;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * A container image from its reference. An Amazon ECR image becomes an image of the imported repository, so the
 * task definition's execution role gets the pull actions on exactly that repository (and
 * {@code ecr:GetAuthorizationToken}, which has no resource-level permissions); without that, ECS could not pull it.
 * The repository's ARN comes from the reference itself, so an image in another account or region is granted on
 * its own repository, not on one of the stack's name. Any other reference is pulled anonymously from its registry.
 */
public final class RegistryImages {
  private RegistryImages() {}

  /**
   * Explains to cdk-nag the one wildcard an ECR image gives {@code taskDefinition}'s execution role. Call it only for
   * an ECR {@code reference}: otherwise there is nothing to explain.
   */
  public static void explainPullToken(IConstruct taskDefinition, String reference) {
    if (EcrImage.isEcr(reference)) {
      Nag.suppress(taskDefinition, "AwsSolutions-IAM5", List.of("Resource::*"), "Only ecr:GetAuthorizationToken "
          + "is on *: it has no resource-level permissions. The image pull actions are scoped to the image's "
          + "repository ARN.");
    }
  }

  /**
   * The image {@code reference} names. For an ECR reference an imported repository (no resource is created) is
   * added to {@code scope} as {@code id}.
   */
  public static ContainerImage of(Construct scope, String id, String reference) {
    Optional<EcrImage> ecr = EcrImage.parse(reference);
    if (ecr.isEmpty()) {
      return ContainerImage.fromRegistry(reference);
    }
    return ContainerImage.fromEcrRepository(Repository.fromRepositoryAttributes(scope, id, RepositoryAttributes.builder()
        .repositoryArn(ecr.get().repositoryArn()).repositoryName(ecr.get().repository()).build()),
        ecr.get().tagOrDigest());
  }
}
