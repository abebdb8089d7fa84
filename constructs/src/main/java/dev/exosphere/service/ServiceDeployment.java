package dev.exosphere.service;

import dev.exosphere.rules.Defaults;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import software.amazon.awscdk.services.ecs.DeploymentStrategy;

/**
 * How an {@link ExoService} rolls out a new revision. Blue/green, canary and linear shift the load balancer's traffic
 * between each target group and an alternate one (ECS's native strategies), so they need a public service.
 *
 * @param strategy        @default {@link DeploymentStrategy#ROLLING}
 * @param bakeTimeMinutes how long the old revision is kept after all traffic moved, 0-1440; traffic-shifting strategies
 *                        only. @default ECS's
 * @param stepPercent     canary: the canary's share of traffic (1-100); linear: each step's share (3-100). Only with
 *                        those strategies. @default {@value Defaults#CANARY_PERCENT} for canary,
 *                        {@value Defaults#LINEAR_STEP_PERCENT} for linear
 * @param stepMinutes     canary: how long the canary bakes; linear: the time between steps, 0-1440. @default ECS's
 * @param alarms          CloudWatch alarms on the target groups that fail the deployment. @default none
 */
public record ServiceDeployment(DeploymentStrategy strategy, OptionalInt bakeTimeMinutes, OptionalInt stepPercent,
    OptionalInt stepMinutes, Optional<Alarms> alarms) {

  /**
   * Alarms on each target group (and its alternate): target 5xx responses per minute at or above
   * {@code targetErrorsPerMinute}, and any unhealthy target, each for 2 minutes running.
   *
   * @param rollback              roll back when one fires; else the deployment only fails. @default true
   * @param targetErrorsPerMinute the 5xx threshold, 1 or more. @default {@value Defaults#DEPLOYMENT_ALARM_TARGET_ERRORS_PER_MINUTE}
   */
  public record Alarms(boolean rollback, int targetErrorsPerMinute) {
    public static Alarms defaults() {
      return new Alarms(Defaults.DEPLOYMENT_ALARMS_ROLLBACK, Defaults.DEPLOYMENT_ALARM_TARGET_ERRORS_PER_MINUTE);
    }
  }

  public ServiceDeployment {
    Objects.requireNonNull(bakeTimeMinutes, "bakeTimeMinutes");
    Objects.requireNonNull(stepPercent, "stepPercent");
    Objects.requireNonNull(stepMinutes, "stepMinutes");
    Objects.requireNonNull(alarms, "alarms");
  }

  /** Whether the strategy moves traffic between two target groups. */
  public boolean shiftsTraffic() {
    return strategy != null && strategy != DeploymentStrategy.ROLLING;
  }

  public static Builder builder(DeploymentStrategy strategy) {
    return new Builder(strategy);
  }

  /** Builds {@link ServiceDeployment}. */
  public static final class Builder {
    private final DeploymentStrategy strategy;
    private OptionalInt bakeTimeMinutes = OptionalInt.empty();
    private OptionalInt stepPercent = OptionalInt.empty();
    private OptionalInt stepMinutes = OptionalInt.empty();
    private Alarms alarms;

    private Builder(DeploymentStrategy strategy) {
      this.strategy = strategy;
    }

    public Builder bakeTimeMinutes(OptionalInt v) {
      bakeTimeMinutes = v;
      return this;
    }

    public Builder bakeTimeMinutes(int v) {
      return bakeTimeMinutes(OptionalInt.of(v));
    }

    public Builder stepPercent(OptionalInt v) {
      stepPercent = v;
      return this;
    }

    public Builder stepPercent(int v) {
      return stepPercent(OptionalInt.of(v));
    }

    public Builder stepMinutes(OptionalInt v) {
      stepMinutes = v;
      return this;
    }

    public Builder stepMinutes(int v) {
      return stepMinutes(OptionalInt.of(v));
    }

    public Builder alarms(Alarms v) {
      alarms = v;
      return this;
    }

    public ServiceDeployment build() {
      return new ServiceDeployment(strategy, bakeTimeMinutes, stepPercent, stepMinutes, Optional.ofNullable(alarms));
    }
  }
}
