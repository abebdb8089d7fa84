package dev.exosphere.model;

import dev.exosphere.rules.Defaults;
import java.util.Objects;

/**
 * A load balancer health check. YAML: {@code healthCheck: /health} or a map of these fields.
 *
 * @param path               default {@code /}
 * @param intervalSeconds    default 30 (5-300)
 * @param timeoutSeconds     default 5 (2-120, less than the interval)
 * @param healthyThreshold   default 2 (2-10)
 * @param unhealthyThreshold default 3 (2-10)
 * @param codes              HTTP codes counted healthy; default {@code 200-399}
 */
public record HealthCheck(String path, int intervalSeconds, int timeoutSeconds, int healthyThreshold, int unhealthyThreshold, String codes) {
  public HealthCheck {
    Objects.requireNonNull(path, "HealthCheck.path");
    Objects.requireNonNull(codes, "HealthCheck.codes");
    Guard.positive(intervalSeconds, "HealthCheck.intervalSeconds");
    Guard.positive(timeoutSeconds, "HealthCheck.timeoutSeconds");
    Guard.positive(healthyThreshold, "HealthCheck.healthyThreshold");
    Guard.positive(unhealthyThreshold, "HealthCheck.unhealthyThreshold");
  }

  /** A health check with every default; change fields with its setters. */
  public static HealthCheckBuilder builder() {
    return defaults().toBuilder();
  }

  public HealthCheckBuilder toBuilder() {
    return new HealthCheckBuilder(this);
  }

  public static HealthCheck defaults() {
    return new HealthCheck(Defaults.HEALTH_CHECK_PATH, Defaults.HEALTH_CHECK_INTERVAL_SECONDS,
        Defaults.HEALTH_CHECK_TIMEOUT_SECONDS, Defaults.HEALTHY_THRESHOLD, Defaults.UNHEALTHY_THRESHOLD,
        Defaults.HEALTH_CHECK_CODES);
  }
}
