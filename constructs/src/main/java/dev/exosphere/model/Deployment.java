package dev.exosphere.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How ECS rolls out a new revision of a service ({@code deployment}).
 *
 * @param strategy        rolling (default: replace tasks in place), or one of the traffic-shifting strategies
 * @param bakeTimeMinutes after all traffic is on the new revision, how long the old one is kept for a rollback;
 *                        default ECS's. Traffic-shifting strategies only
 * @param stepPercent     canary: the share of traffic the canary gets; linear: the share each step adds
 * @param stepMinutes     canary: how long the canary bakes; linear: the time between steps; default ECS's
 * @param alarms          CloudWatch alarms that fail (and roll back) a deployment; default none
 */
public record Deployment(Strategy strategy, OptionalInt bakeTimeMinutes, OptionalInt stepPercent, OptionalInt stepMinutes,
    Optional<DeploymentAlarms> alarms) {

  /** ECS's deployment strategies. */
  public enum Strategy {
    ROLLING("rolling"),
    BLUE_GREEN("blue-green"),
    CANARY("canary"),
    LINEAR("linear");

    private final String yamlName;

    Strategy(String yamlName) {
      this.yamlName = yamlName;
    }

    public String yamlName() {
      return yamlName;
    }

    /** Whether it moves load balancer traffic between two target groups (so needs a load-balanced service). */
    public boolean shiftsTraffic() {
      return this != ROLLING;
    }
  }

  public Deployment {
    Objects.requireNonNull(strategy, "Deployment.strategy");
    Objects.requireNonNull(bakeTimeMinutes, "Deployment.bakeTimeMinutes");
    Objects.requireNonNull(stepPercent, "Deployment.stepPercent");
    Objects.requireNonNull(stepMinutes, "Deployment.stepMinutes");
    Objects.requireNonNull(alarms, "Deployment.alarms");
  }
}
