package dev.exosphere.service;

import dev.exosphere.ExoException;
import dev.exosphere.Nag;
import dev.exosphere.routing.PlannedRule;
import dev.exosphere.routing.RouteTarget;
import dev.exosphere.rules.Limits;
import dev.exosphere.rules.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.CreateAlarmOptions;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.ecs.AlarmBehavior;
import software.amazon.awscdk.services.ecs.DeploymentAlarmOptions;
import software.amazon.awscdk.services.ecs.DeploymentStrategy;
import software.amazon.awscdk.services.ecs.Ec2Service;
import software.amazon.awscdk.services.ecs.TrafficShiftConfig;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeTarget;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;

/**
 * An {@link ExoService}'s deployment strategy ({@link ServiceDeployment}): ECS's native rolling, blue/green, canary or
 * linear deployments, and the CloudWatch alarms ECS watches while one runs.
 */
final class ServiceRollout {
  /** ECS's managed policy for moving traffic between a service's target groups. */
  private static final String LOAD_BALANCER_POLICY = "AmazonECSInfrastructureRolePolicyForLoadBalancers";

  private ServiceRollout() {}

  static void validate(Construct scope, ExoServiceProps props) {
    props.deployment().ifPresent(d -> {
      if (d.strategy() == null) {
        throw ExoException.invalidProp(scope, "deployment.strategy", null, "a DeploymentStrategy", "use ROLLING");
      }
      if ((d.shiftsTraffic() || d.alarms().isPresent()) && props.kind() != ServiceKind.PUBLIC) {
        throw ExoException.invalidProp(scope, "deployment", d.strategy() + (d.alarms().isPresent() ? " with alarms" : ""),
            "ROLLING without alarms for a " + props.kind() + " service (traffic shifting and alarms need its target groups)",
            "use ROLLING without alarms, or make the service PUBLIC");
      }
      if (d.bakeTimeMinutes().isPresent() && !d.shiftsTraffic()) {
        throw ExoException.invalidProp(scope, "deployment.bakeTimeMinutes", d.bakeTimeMinutes().getAsInt(),
            "no bake time with ROLLING", "drop it, or use BLUE_GREEN, CANARY or LINEAR");
      }
      boolean stepped = d.strategy() == DeploymentStrategy.CANARY || d.strategy() == DeploymentStrategy.LINEAR;
      if (!stepped && (d.stepPercent().isPresent() || d.stepMinutes().isPresent())) {
        throw ExoException.invalidProp(scope, d.stepPercent().isPresent() ? "deployment.stepPercent" : "deployment.stepMinutes",
            d.stepPercent().isPresent() ? d.stepPercent().getAsInt() : d.stepMinutes().getAsInt(),
            "no traffic steps with " + d.strategy(), "drop it, or use CANARY or LINEAR");
      }
      range(scope, "deployment.bakeTimeMinutes", d.bakeTimeMinutes(), Limits.DEPLOYMENT_BAKE_MINUTES, "use 0 to 1440 minutes");
      range(scope, "deployment.stepMinutes", d.stepMinutes(), Limits.DEPLOYMENT_BAKE_MINUTES, "use 0 to 1440 minutes");
      range(scope, "deployment.stepPercent", d.stepPercent(),
          d.strategy() == DeploymentStrategy.LINEAR ? Limits.LINEAR_STEP_PERCENT : Limits.CANARY_PERCENT,
          "use a whole percentage in that range");
      d.alarms().ifPresent(a -> dev.exosphere.PropChecks.range(scope, "deployment.alarms.targetErrorsPerMinute",
          a.targetErrorsPerMinute(), Limits.DEPLOYMENT_ALARM_TARGET_ERRORS, "use 1 or more"));
    });
  }

  private static void range(Construct scope, String prop, OptionalInt value, Range range, String fix) {
    if (value.isPresent()) {
      dev.exosphere.PropChecks.range(scope, prop, value.getAsInt(), range, fix);
    }
  }

  /** The strategy, bake time and traffic steps on the ECS service. */
  static void configure(Ec2Service.Builder b, ExoServiceProps props) {
    // ROLLING is ECS's default: the template stays as it is without a deployment
    props.deployment().filter(ServiceDeployment::shiftsTraffic).ifPresent(d -> {
      b.deploymentStrategy(d.strategy());
      d.bakeTimeMinutes().ifPresent(m -> b.bakeTime(Duration.minutes(m)));
      TrafficShiftConfig.Builder step = new TrafficShiftConfig.Builder();
      d.stepPercent().ifPresent(step::stepPercent);
      d.stepMinutes().ifPresent(m -> step.stepBakeTime(Duration.minutes(m)));
      if (d.strategy() == DeploymentStrategy.CANARY) {
        b.canaryConfiguration(step.build());
      } else if (d.strategy() == DeploymentStrategy.LINEAR) {
        b.linearConfiguration(step.build());
      }
    });
  }

  /**
   * A traffic-shifting service's rules: ECS moves traffic through one production listener rule per target group,
   * so each target must have exactly one planned rule.
   */
  static void checkOneRulePerTarget(Construct scope, ExoServiceProps props, List<PlannedRule> rules) {
    if (props.deployment().filter(ServiceDeployment::shiftsTraffic).isEmpty()) {
      return;
    }
    Map<RouteTarget, List<String>> byTarget = new TreeMap<>();
    rules.forEach(r -> byTarget.computeIfAbsent(r.target(), t -> new ArrayList<>()).add(r.id()));
    byTarget.forEach((target, ids) -> {
      if (ids.size() > 1) {
        throw ExoException.invalidProp(scope, "routes", target.protocol() + ":" + target.port() + " in " + ids.size()
            + " listener rules", "one listener rule per target group with " + props.deployment().get().strategy()
            + " (ECS shifts traffic through one production rule)", "give each route its own container port, use at most "
            + Limits.ALB_VALUES_PER_CONDITION + " hosts per route, or use ROLLING");
      }
    });
  }

  /** The role ECS uses to move traffic between a service's target groups. */
  static Role loadBalancerRole(Construct scope) {
    Role role = Role.Builder.create(scope, "LoadBalancerRole")
        .assumedBy(new ServicePrincipal("ecs.amazonaws.com"))
        .description("ECS shifts this service's load balancer traffic between its target groups in deployments")
        .managedPolicies(List.of(ManagedPolicy.fromAwsManagedPolicyName(LOAD_BALANCER_POLICY)))
        .build();
    Nag.suppress(role, "AwsSolutions-IAM4", List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/" + LOAD_BALANCER_POLICY),
        "ECS's own infrastructure policy for blue/green, canary and linear deployments: the AWS-maintained minimum for "
            + "modifying listener rules and registering targets, kept current as ECS's deployments evolve.");
    return role;
  }

  /** The deployment alarms on every target group, given to ECS. */
  static void alarm(Construct scope, Ec2Service service, ExoServiceProps props,
      SortedMap<String, ApplicationTargetGroup> groupsById) {
    props.deployment().flatMap(ServiceDeployment::alarms).ifPresent(a -> {
      List<String> names = new ArrayList<>();
      groupsById.forEach((id, group) -> {
        Alarm errors = group.getMetrics().httpCodeTarget(HttpCodeTarget.TARGET_5XX_COUNT,
            MetricOptions.builder().period(Duration.minutes(1)).statistic("Sum").build())
            .createAlarm(scope, "Target5xxAlarm" + id, options(name(props, "target-5xx-" + id), a.targetErrorsPerMinute(),
                "5xx responses of " + props.name() + "'s targets (" + id + ") during deployments"));
        Alarm unhealthy = group.getMetrics().unhealthyHostCount(
            MetricOptions.builder().period(Duration.minutes(1)).statistic("Maximum").build())
            .createAlarm(scope, "UnhealthyHostsAlarm" + id, options(name(props, "unhealthy-" + id), 1,
                "Unhealthy targets of " + props.name() + " (" + id + ") during deployments"));
        names.add(name(props, "target-5xx-" + id));
        names.add(name(props, "unhealthy-" + id));
        // ECS looks the alarms up by name when the service is created or updated
        service.getNode().addDependency(errors, unhealthy);
      });
      service.enableDeploymentAlarms(names, DeploymentAlarmOptions.builder()
          .behavior(a.rollback() ? AlarmBehavior.ROLLBACK_ON_ALARM : AlarmBehavior.FAIL_ON_ALARM).build());
    });
  }

  /**
   * Named, not generated: ECS takes alarm names, and a generated one is a reference from the service to the alarm
   * that CDK warns may close a dependency cycle. The application's deployment name keeps stacks apart.
   */
  private static String name(ExoServiceProps props, String what) {
    return props.appName() + "-" + props.name() + "-" + what.toLowerCase(java.util.Locale.ROOT);
  }

  private static CreateAlarmOptions options(String name, int threshold, String description) {
    return CreateAlarmOptions.builder()
        .alarmName(name)
        .threshold(threshold)
        .evaluationPeriods(2)
        .datapointsToAlarm(2)
        .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
        .treatMissingData(TreatMissingData.NOT_BREACHING)
        .alarmDescription(description)
        .build();
  }
}
