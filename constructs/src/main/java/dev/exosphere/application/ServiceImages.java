package dev.exosphere.application;

import dev.exosphere.lock.ImageLock;
import dev.exosphere.model.Build;
import dev.exosphere.model.Service;
import java.util.Optional;
import software.amazon.awscdk.services.ecr.assets.Platform;
import software.amazon.awscdk.services.ecs.AssetImageProps;
import software.amazon.awscdk.services.ecs.ContainerImage;

/**
 * The image a service runs: its {@code image} reference; else its locked digest (immutable deployments, stable
 * templates); else a CDK image asset that {@code cdk deploy} builds and pushes to the bootstrap ECR repository.
 */
final class ServiceImages {
  private final Optional<ImageLock> lock;

  ServiceImages(Optional<ImageLock> lock) {
    this.lock = lock;
  }

  ContainerImage of(Service service, boolean arm) {
    if (service.image().isPresent()) {
      return ContainerImage.fromRegistry(service.image().get());
    }
    Optional<String> pinned = lock.flatMap(l -> l.imageFor(service.name()));
    if (pinned.isPresent()) {
      return ContainerImage.fromRegistry(pinned.get());
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
}
