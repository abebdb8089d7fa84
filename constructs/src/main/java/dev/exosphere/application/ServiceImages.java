package dev.exosphere.application;

import dev.exosphere.ExoException;
import dev.exosphere.RegistryImages;
import dev.exosphere.lock.ImageLock;
import dev.exosphere.model.Build;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import dev.exosphere.rules.ImagePulls;
import java.util.Optional;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Token;
import software.amazon.awscdk.services.ecr.assets.Platform;
import software.amazon.awscdk.services.ecs.AssetImageProps;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.constructs.Construct;

/**
 * The image a service runs: its {@code image} reference; else its locked digest (immutable deployments, stable
 * templates); else a CDK image asset that {@code cdk deploy} builds and pushes to the bootstrap ECR repository.
 * Images in ECR get pull permissions on their repository ({@link RegistryImages}). Without a NAT gateway, a
 * service in the private subnets whose image is outside ECR (or in another region's ECR) cannot start: an error.
 */
final class ServiceImages {
  private final Construct owner;
  private final Optional<ImageLock> lock;
  private final boolean internet;

  /**
   * @param owner    the construct errors are reported on
   * @param lock     the image lock, if any
   * @param internet whether the private subnets have a way to the internet (a NAT gateway)
   */
  ServiceImages(Construct owner, Optional<ImageLock> lock, boolean internet) {
    this.owner = owner;
    this.lock = lock;
    this.internet = internet;
  }

  /** The image of {@code service}; an imported ECR repository, if any, goes into {@code scope}. */
  ContainerImage of(Construct scope, Service service, boolean arm) {
    if (service.image().isPresent()) {
      return registryImage(scope, service, "model", service.image().get(),
          "name an image in ECR in services." + service.name() + ".image");
    }
    Optional<String> pinned = lock.flatMap(l -> l.imageFor(service.name()));
    if (pinned.isPresent()) {
      return registryImage(scope, service, "imageLock", pinned.get(), "run 'exo images push --registry "
          + "<account>.dkr.ecr.<region>.amazonaws.com' to push and lock it in ECR, or delete its entry from "
          + ImageLock.FILE_NAME + " (cdk deploy then builds it into the bootstrap ECR repository)");
    }
    Build build = service.build().orElseThrow(() -> new IllegalStateException(
        "validated model: service " + service.name() + " has neither image nor build"));
    AssetImageProps.Builder props = AssetImageProps.builder()
        .file(build.context().relativize(build.dockerfile()).toString())
        .platform(arm ? Platform.LINUX_ARM64 : Platform.LINUX_AMD64);
    if (!build.args().isEmpty()) {
      props.buildArgs(build.args());
    }
    build.target().ifPresent(props::target);
    return ContainerImage.fromAsset(build.context().toString(), props.build());
  }

  /** The bus runs in the private subnets: its image must be reachable from there. */
  void requireBusPullable(String reference) {
    requirePullable("model", "the bus on " + reference, reference, internet,
        "copy it to ECR and set bus.image to that copy");
  }

  private ContainerImage registryImage(Construct scope, Service service, String prop, String reference,
      String notEcrFix) {
    // Public services run on instances with public addresses: they reach any registry.
    requirePullable(prop, "service " + service.name() + " on " + reference, reference,
        internet || service.type() == ServiceType.PUBLIC, notEcrFix);
    // Upper case: never the name of a service (lower-case DNS labels), so never a sibling's id.
    return RegistryImages.of(scope, service.name() + "Repository", reference);
  }

  private void requirePullable(String prop, String what, String reference, boolean reachesInternet, String notEcrFix) {
    String region = Stack.of(owner).getRegion();
    ImagePulls.problem(reference, reachesInternet, Token.isUnresolved(region) ? Optional.empty() : Optional.of(region),
        notEcrFix).ifPresent(p -> {
          throw ExoException.invalidProp(owner, prop, what, "an image it can pull: " + p.message(), p.fix());
        });
  }
}
