package dev.exosphere.service;

import java.util.List;

/**
 * The container's own health check, run by ECS inside the container (a task that fails it is replaced).
 *
 * @param command            {@code CMD} then a program and its arguments, or {@code CMD-SHELL} then a line for the
 *                           image's shell; required
 * @param intervalSeconds    seconds between checks, 5-300. @default 30
 * @param timeoutSeconds     seconds before a check fails, 2-60. @default 5
 * @param retries            failures before the container is unhealthy, 1-10. @default 3
 * @param startPeriodSeconds grace period after start, 0-300. @default 0
 */
public record ServiceContainerCheck(List<String> command, int intervalSeconds, int timeoutSeconds, int retries,
    int startPeriodSeconds) {
  public ServiceContainerCheck {
    command = command == null ? null : List.copyOf(command);
  }

  /** {@code command} with every default. */
  public static ServiceContainerCheck of(List<String> command) {
    return new ServiceContainerCheck(command, 30, 5, 3, 0);
  }
}
