package dev.exosphere.service;

import dev.exosphere.rules.Defaults;

/**
 * How the load balancer checks a route's container port (the container's own check is
 * {@link ServiceContainer#healthCheck()}, none unless given).
 *
 * @param path               the HTTP path probed. @default {@value Defaults#HEALTH_CHECK_PATH}
 * @param intervalSeconds    seconds between checks, 5-300. @default {@value Defaults#HEALTH_CHECK_INTERVAL_SECONDS}
 * @param timeoutSeconds     seconds before a check fails, 2-120 and less than the interval. @default {@value Defaults#HEALTH_CHECK_TIMEOUT_SECONDS}
 * @param healthyThreshold   checks passed to become healthy, 2-10. @default {@value Defaults#HEALTHY_THRESHOLD}
 * @param unhealthyThreshold checks failed to become unhealthy, 2-10. @default {@value Defaults#UNHEALTHY_THRESHOLD}
 * @param codes              HTTP codes counted healthy. @default {@value Defaults#HEALTH_CHECK_CODES}
 */
public record ServiceHealthCheck(String path, int intervalSeconds, int timeoutSeconds, int healthyThreshold,
    int unhealthyThreshold, String codes) {

  /** Every default. */
  public static ServiceHealthCheck defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ServiceHealthCheck}; every setter is optional. */
  public static final class Builder {
    private String path = Defaults.HEALTH_CHECK_PATH;
    private int intervalSeconds = Defaults.HEALTH_CHECK_INTERVAL_SECONDS;
    private int timeoutSeconds = Defaults.HEALTH_CHECK_TIMEOUT_SECONDS;
    private int healthyThreshold = Defaults.HEALTHY_THRESHOLD;
    private int unhealthyThreshold = Defaults.UNHEALTHY_THRESHOLD;
    private String codes = Defaults.HEALTH_CHECK_CODES;

    public Builder path(String v) {
      path = v;
      return this;
    }

    public Builder intervalSeconds(int v) {
      intervalSeconds = v;
      return this;
    }

    public Builder timeoutSeconds(int v) {
      timeoutSeconds = v;
      return this;
    }

    public Builder healthyThreshold(int v) {
      healthyThreshold = v;
      return this;
    }

    public Builder unhealthyThreshold(int v) {
      unhealthyThreshold = v;
      return this;
    }

    public Builder codes(String v) {
      codes = v;
      return this;
    }

    public ServiceHealthCheck build() {
      return new ServiceHealthCheck(path, intervalSeconds, timeoutSeconds, healthyThreshold, unhealthyThreshold, codes);
    }
  }
}
