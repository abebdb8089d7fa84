package dev.exosphere.service;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How the container runs where it differs from its image. Commands are lists of words handed to the container as
 * they are: no shell is put in between.
 *
 * @param command          the arguments (Docker's CMD). @default the image's
 * @param entryPoint       the program (Docker's ENTRYPOINT). @default the image's
 * @param workingDirectory an absolute path in the container. @default the image's
 * @param user             {@code name}, {@code uid}, {@code uid:gid} or {@code name:group}. @default the image's
 * @param stopTimeoutSeconds seconds between SIGTERM and SIGKILL, 2-120. @default ECS's 30
 * @param healthCheck      the container's own health check. @default none: the load balancer's check (public
 *                         services) needs nothing inside the image
 */
public record ServiceContainer(Optional<List<String>> command, Optional<List<String>> entryPoint,
    Optional<String> workingDirectory, Optional<String> user, OptionalInt stopTimeoutSeconds,
    Optional<ServiceContainerCheck> healthCheck) {

  public ServiceContainer {
    command = command.map(List::copyOf);
    entryPoint = entryPoint.map(List::copyOf);
  }

  /** The image's own settings and no container health check. */
  public static ServiceContainer defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ServiceContainer}; every setter is optional. */
  public static final class Builder {
    private List<String> command;
    private List<String> entryPoint;
    private String workingDirectory;
    private String user;
    private Integer stopTimeoutSeconds;
    private ServiceContainerCheck healthCheck;

    public Builder command(List<String> v) {
      command = v;
      return this;
    }

    public Builder entryPoint(List<String> v) {
      entryPoint = v;
      return this;
    }

    public Builder workingDirectory(String v) {
      workingDirectory = v;
      return this;
    }

    public Builder user(String v) {
      user = v;
      return this;
    }

    public Builder stopTimeoutSeconds(int v) {
      stopTimeoutSeconds = v;
      return this;
    }

    public Builder healthCheck(ServiceContainerCheck v) {
      healthCheck = v;
      return this;
    }

    public ServiceContainer build() {
      return new ServiceContainer(Optional.ofNullable(command), Optional.ofNullable(entryPoint),
          Optional.ofNullable(workingDirectory), Optional.ofNullable(user),
          stopTimeoutSeconds == null ? OptionalInt.empty() : OptionalInt.of(stopTimeoutSeconds),
          Optional.ofNullable(healthCheck));
    }
  }
}
