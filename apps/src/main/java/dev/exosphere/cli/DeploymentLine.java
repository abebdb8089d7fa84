package dev.exosphere.cli;

import dev.exosphere.model.Deployment;
import dev.exosphere.model.Deployment.Strategy;
import dev.exosphere.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The summary's line for a service's {@code deployment}; none for a service without one. */
final class DeploymentLine {
  private DeploymentLine() {}

  static Optional<String> of(Service s) {
    return s.deployment().map(DeploymentLine::describe);
  }

  private static String describe(Deployment d) {
    List<String> parts = new ArrayList<>();
    String steps = d.stepPercent().isPresent()
        ? (d.strategy() == Strategy.CANARY ? " " + d.stepPercent().getAsInt() + "% first" : " " + d.stepPercent().getAsInt() + "% a step")
            + (d.stepMinutes().isPresent() ? (d.strategy() == Strategy.CANARY ? " for " : " every ") + d.stepMinutes().getAsInt() + " min" : "")
        : "";
    parts.add(d.strategy().yamlName() + steps);
    d.bakeTimeMinutes().ifPresent(m -> parts.add("bake time " + m + " min"));
    d.alarms().ifPresent(a -> parts.add("alarms (target 5xx >= " + a.targetErrorsPerMinute() + "/min, unhealthy targets) "
        + (a.rollback() ? "roll back" : "fail the deployment")));
    if (!d.strategy().shiftsTraffic()) {
      parts.add("circuit breaker rolls back");
    }
    return "deployment " + String.join(", ", parts);
  }
}
