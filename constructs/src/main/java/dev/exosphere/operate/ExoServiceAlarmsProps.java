package dev.exosphere.operate;

import java.util.Optional;
import software.amazon.awscdk.services.sns.ITopic;

/**
 * Props of {@link ExoServiceAlarms}.
 *
 * @param service           the service to watch (required)
 * @param topic             the SNS topic told when an alarm fires and when it clears. @default none (the alarms
 *                          show in the console and can stop a deployment, but notify nobody)
 * @param cpuPercent        average CPU above this for {@code evaluationPeriods} minutes fires. @default {@value #DEFAULT_CPU_PERCENT}
 * @param errorRatePercent  5xx responses above this share of a target group's requests fires.
 *                          @default {@value #DEFAULT_ERROR_RATE_PERCENT}
 * @param evaluationPeriods consecutive one-minute periods that must breach. @default {@value #DEFAULT_EVALUATION_PERIODS}
 */
public record ExoServiceAlarmsProps(MonitoredService service, Optional<ITopic> topic, int cpuPercent,
    int errorRatePercent, int evaluationPeriods) {
  public static final int DEFAULT_CPU_PERCENT = 90;
  public static final int DEFAULT_ERROR_RATE_PERCENT = 5;
  public static final int DEFAULT_EVALUATION_PERIODS = 3;

  public ExoServiceAlarmsProps {
    topic = topic == null ? Optional.empty() : topic;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ExoServiceAlarmsProps}; {@code service} is required. */
  public static final class Builder {
    private MonitoredService service;
    private ITopic topic;
    private int cpuPercent = DEFAULT_CPU_PERCENT;
    private int errorRatePercent = DEFAULT_ERROR_RATE_PERCENT;
    private int evaluationPeriods = DEFAULT_EVALUATION_PERIODS;

    public Builder service(MonitoredService watched) {
      this.service = watched;
      return this;
    }

    public Builder topic(ITopic notified) {
      this.topic = notified;
      return this;
    }

    public Builder cpuPercent(int percent) {
      this.cpuPercent = percent;
      return this;
    }

    public Builder errorRatePercent(int percent) {
      this.errorRatePercent = percent;
      return this;
    }

    public Builder evaluationPeriods(int periods) {
      this.evaluationPeriods = periods;
      return this;
    }

    public ExoServiceAlarmsProps build() {
      return new ExoServiceAlarmsProps(service, Optional.ofNullable(topic), cpuPercent, errorRatePercent,
          evaluationPeriods);
    }
  }
}
