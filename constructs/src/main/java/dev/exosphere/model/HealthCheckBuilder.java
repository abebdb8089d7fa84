package dev.exosphere.model;

/** Builds a {@link HealthCheck}, from {@link HealthCheck#builder} (the defaults) or {@link HealthCheck#toBuilder}. */
public final class HealthCheckBuilder {
  private String path;
  private int intervalSeconds;
  private int timeoutSeconds;
  private int healthyThreshold;
  private int unhealthyThreshold;
  private String codes;

  HealthCheckBuilder(HealthCheck h) {
    path = h.path();
    intervalSeconds = h.intervalSeconds();
    timeoutSeconds = h.timeoutSeconds();
    healthyThreshold = h.healthyThreshold();
    unhealthyThreshold = h.unhealthyThreshold();
    codes = h.codes();
  }

  public HealthCheckBuilder path(String checked) {
    this.path = checked;
    return this;
  }

  public HealthCheckBuilder intervalSeconds(int seconds) {
    this.intervalSeconds = seconds;
    return this;
  }

  public HealthCheckBuilder timeoutSeconds(int seconds) {
    this.timeoutSeconds = seconds;
    return this;
  }

  public HealthCheckBuilder healthyThreshold(int checks) {
    this.healthyThreshold = checks;
    return this;
  }

  public HealthCheckBuilder unhealthyThreshold(int checks) {
    this.unhealthyThreshold = checks;
    return this;
  }

  /** HTTP codes counted healthy, e.g. {@code 200} or {@code 200-399}. */
  public HealthCheckBuilder codes(String healthy) {
    this.codes = healthy;
    return this;
  }

  public HealthCheck build() {
    return new HealthCheck(path, intervalSeconds, timeoutSeconds, healthyThreshold, unhealthyThreshold, codes);
  }
}
