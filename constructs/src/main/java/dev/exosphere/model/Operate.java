package dev.exosphere.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Top-level {@code operate}: what exo-cdk adds for running the application.
 *
 * @param dashboard   a CloudWatch dashboard of the application; default true
 * @param alarms      CloudWatch alarms per service (CPU; unhealthy hosts and 5xx rate behind the load balancer);
 *                    default true
 * @param alarmEmails e-mail addresses subscribed to a created SNS topic the alarms notify; default none
 * @param alarmTopic  an existing SNS topic's ARN the alarms notify instead; default none (no created topic either
 *                    unless {@code alarmEmails})
 */
public record Operate(boolean dashboard, boolean alarms, List<String> alarmEmails, Optional<String> alarmTopic) {
  public Operate {
    alarmEmails = Guard.list(alarmEmails, "Operate.alarmEmails");
    Objects.requireNonNull(alarmTopic, "Operate.alarmTopic");
  }

  /** A dashboard and alarms, notifying nobody: what a file without {@code operate} gets. */
  public static Operate defaults() {
    return new Operate(true, true, List.of(), Optional.empty());
  }

  /** True when the alarms notify an SNS topic, created or imported. */
  public boolean notifies() {
    return alarms && (!alarmEmails.isEmpty() || alarmTopic.isPresent());
  }
}
