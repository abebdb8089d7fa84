package dev.exosphere.model;

/**
 * CloudWatch alarms on a public service's target groups that ECS watches during a deployment
 * ({@code deployment.alarms}): target 5xx responses and unhealthy targets.
 *
 * @param rollback             roll back when one fires (else only fail the deployment); default true
 * @param targetErrorsPerMinute 5xx responses of the targets per minute that set the alarm off; default 10
 */
public record DeploymentAlarms(boolean rollback, int targetErrorsPerMinute) {
  public DeploymentAlarms {
    Guard.positive(targetErrorsPerMinute, "DeploymentAlarms.targetErrorsPerMinute");
  }
}
