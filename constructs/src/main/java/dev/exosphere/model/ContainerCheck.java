package dev.exosphere.model;

import java.util.List;
import java.util.Objects;

/**
 * A service's container health check ({@code containerHealthCheck}), run by ECS inside the container. There is none
 * unless the file asks for one: the load balancer's check needs nothing inside the image.
 *
 * @param command            {@code CMD ...} (run directly) or {@code CMD-SHELL ...} (run by the image's shell)
 * @param intervalSeconds    seconds between checks; default 30
 * @param timeoutSeconds     seconds before a check fails; default 5
 * @param retries            failures before the container is unhealthy; default 3
 * @param startPeriodSeconds grace period after start in which failures do not count; default 0
 */
public record ContainerCheck(List<String> command, int intervalSeconds, int timeoutSeconds, int retries,
    int startPeriodSeconds) {
  public static final int DEFAULT_INTERVAL = 30;
  public static final int DEFAULT_TIMEOUT = 5;
  public static final int DEFAULT_RETRIES = 3;
  public static final int DEFAULT_START_PERIOD = 0;

  public ContainerCheck {
    command = Guard.list(Objects.requireNonNull(command, "ContainerCheck.command"), "ContainerCheck.command");
  }
}
