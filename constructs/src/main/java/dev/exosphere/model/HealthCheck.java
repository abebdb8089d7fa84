package dev.exosphere.model;

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
  public static HealthCheck defaults() {
    return new HealthCheck("/", 30, 5, 2, 3, "200-399");
  }
}
