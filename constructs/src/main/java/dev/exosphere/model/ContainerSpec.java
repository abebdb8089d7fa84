package dev.exosphere.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a service's container runs, where it differs from its image: each one empty keeps the image's own.
 *
 * @param command          {@code command}: the arguments (Docker's CMD), already split into words
 * @param entrypoint       {@code entrypoint}: the program (Docker's ENTRYPOINT), already split into words
 * @param workingDirectory {@code workingDirectory}: an absolute path in the container
 * @param user             {@code user}: name, uid, uid:gid or name:group
 * @param stopTimeout      {@code stopTimeout}: seconds between SIGTERM and SIGKILL; default ECS's 30
 * @param healthCheck      {@code containerHealthCheck}; default none
 */
public record ContainerSpec(Optional<List<String>> command, Optional<List<String>> entrypoint,
    Optional<String> workingDirectory, Optional<String> user, OptionalInt stopTimeout,
    Optional<ContainerCheck> healthCheck) {
  public ContainerSpec {
    command = Objects.requireNonNull(command, "ContainerSpec.command").map(c -> Guard.list(c, "ContainerSpec.command"));
    entrypoint = Objects.requireNonNull(entrypoint, "ContainerSpec.entrypoint")
        .map(c -> Guard.list(c, "ContainerSpec.entrypoint"));
    Objects.requireNonNull(workingDirectory, "ContainerSpec.workingDirectory");
    Objects.requireNonNull(user, "ContainerSpec.user");
    Objects.requireNonNull(stopTimeout, "ContainerSpec.stopTimeout");
    Objects.requireNonNull(healthCheck, "ContainerSpec.healthCheck");
  }

  /** The image's own settings, no container health check. */
  public static ContainerSpec image() {
    return new ContainerSpec(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(),
        Optional.empty());
  }
}
