package dev.exosphere.application;

import dev.exosphere.model.Deployment;
import dev.exosphere.service.ServiceDeployment;
import software.amazon.awscdk.services.ecs.DeploymentStrategy;

/** A model {@link Deployment} onto the construct's {@link ServiceDeployment}. */
final class DeploymentAdapter {
  private DeploymentAdapter() {}

  static ServiceDeployment deployment(Deployment d) {
    ServiceDeployment.Builder b = ServiceDeployment.builder(switch (d.strategy()) {
      case ROLLING -> DeploymentStrategy.ROLLING;
      case BLUE_GREEN -> DeploymentStrategy.BLUE_GREEN;
      case CANARY -> DeploymentStrategy.CANARY;
      case LINEAR -> DeploymentStrategy.LINEAR;
    }).bakeTimeMinutes(d.bakeTimeMinutes()).stepPercent(d.stepPercent()).stepMinutes(d.stepMinutes());
    d.alarms().ifPresent(a -> b.alarms(new ServiceDeployment.Alarms(a.rollback(), a.targetErrorsPerMinute())));
    return b.build();
  }
}
