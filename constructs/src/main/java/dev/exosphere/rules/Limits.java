package dev.exosphere.rules;

import java.util.Set;

/**
 * The limits values are checked against, AWS's documented ones (each cited) and exo-cdk's own, in one place: the
 * YAML loader reports them with positions, the constructs with prop names, the JSON Schema repeats them
 * ({@code SchemaDriftTest} compares).
 */
public final class Limits {
  private Limits() {}

  public static final Range PORT = Range.of(1, 65535);
  /** Our bound on operate.alarms.email: each is an SNS subscription to confirm; more is a mailing list's job. */
  public static final int ALARM_EMAILS = 10;
  /** exo-cdk spreads subnets over at most 6 AZs (the most any commercial region has is 6). */
  public static final Range AZS = Range.of(1, 6);
  /** ECS task counts and ASG sizes exo-cdk accepts (ECS allows 5000 tasks per service; 1000 keeps typos out). */
  public static final Range TASK_COUNT = Range.of(0, 1000);
  public static final Range INSTANCE_COUNT = Range.of(0, 1000);
  /** A container's CPU units and hard memory limit: ECS wants at least 6 MiB; the instance type bounds both. */
  public static final Range CONTAINER_CPU = Range.of(1, Integer.MAX_VALUE);
  public static final Range CONTAINER_MEMORY_MIB = Range.of(6, Integer.MAX_VALUE);
  /**
   * EC2 Auto Scaling: a mixed instances policy's launch template takes at most 40 overrides (LaunchTemplate.Overrides,
   * "Maximum of 40 items"), so a cluster lists 1-40 instance types.
   */
  public static final Range CLUSTER_INSTANCE_TYPES = Range.of(1, 40);
  /** EC2 Auto Scaling InstancesDistribution: OnDemandPercentageAboveBaseCapacity is 0-100. */
  public static final Range ON_DEMAND_PERCENT = Range.of(0, 100);
  /** InstancesDistribution.OnDemandBaseCapacity: 0 or more; exo-cdk bounds it as it bounds the group's size. */
  public static final Range ON_DEMAND_BASE = INSTANCE_COUNT;
  /**
   * ECS DeploymentConfiguration: BakeTimeInMinutes, CanaryBakeTimeInMinutes and StepBakeTimeInMinutes are 0-1440
   * minutes; CanaryPercent is 0.1-100.0 and a linear StepPercent 3.0-100.0 (exo-cdk takes whole percents).
   */
  public static final Range DEPLOYMENT_BAKE_MINUTES = Range.of(0, 1440);
  public static final Range CANARY_PERCENT = Range.of(1, 100);
  public static final Range LINEAR_STEP_PERCENT = Range.of(3, 100);
  /** A deployment alarm's threshold of target 5xx responses per minute: exo-cdk's own bound. */
  public static final Range DEPLOYMENT_ALARM_TARGET_ERRORS = Range.of(1, 1_000_000);
  public static final Range SCALING_TARGET_CPU_PERCENT = Range.of(1, 100);
  /** ELB: "idle_timeout.timeout_seconds: 1-4000 seconds" (Application Load Balancer attributes). */
  public static final Range IDLE_TIMEOUT_SECONDS = Range.of(1, 4000);
  /** How many ALBs one gateway spreads services over: exo-cdk's own bound (2000 rules, 2000 target groups). */
  public static final Range LOAD_BALANCERS = Range.of(1, 20);
  /** Environments of one file: each is checked as a whole application, so their number bounds exo validate's time. */
  public static final int ENVIRONMENTS = 20;

  /** ELB target group health checks: interval 5-300 s, timeout 2-120 s, thresholds 2-10. */
  public static final Range HEALTH_CHECK_INTERVAL_SECONDS = Range.of(5, 300);
  public static final Range HEALTH_CHECK_TIMEOUT_SECONDS = Range.of(2, 120);
  public static final Range HEALTH_CHECK_THRESHOLD = Range.of(2, 10);
  /** ECS container health checks: the timeout is 2-60 s (ContainerDefinition HealthCheck). */
  public static final int CONTAINER_HEALTH_CHECK_MAX_TIMEOUT_SECONDS = 60;
  /**
   * ECS API Reference, HealthCheck: "interval ... between 5 and 300 seconds", "timeout ... between 2 and 60 seconds",
   * "retries ... between 1 and 10", "startPeriod ... between 0 and 300 seconds".
   */
  public static final Range CONTAINER_HEALTH_CHECK_INTERVAL_SECONDS = Range.of(5, 300);
  public static final Range CONTAINER_HEALTH_CHECK_TIMEOUT_SECONDS = Range.of(2, CONTAINER_HEALTH_CHECK_MAX_TIMEOUT_SECONDS);
  public static final Range CONTAINER_HEALTH_CHECK_RETRIES = Range.of(1, 10);
  public static final Range CONTAINER_HEALTH_CHECK_START_PERIOD_SECONDS = Range.of(0, 300);
  /**
   * ECS API Reference, ContainerDefinition stopTimeout: "The max stop timeout value is 120 seconds" (EC2 and
   * Fargate); exo-cdk's lower bound of 2 leaves the process a moment to handle SIGTERM.
   */
  public static final Range STOP_TIMEOUT_SECONDS = Range.of(2, 120);

  /** Quota "Listeners per Network Load Balancer", default 50: a service's {@code tcp} ports. */
  public static final int NLB_LISTENERS = 50;
  /**
   * Quota "Listeners per Application Load Balancer", default 50 (Elastic Load Balancing, "Quotas for your Application
   * Load Balancers"): the routing listener, 80's redirect with a domain, and {@code interface.listeners}.
   */
  public static final int ALB_LISTENERS = 50;
  /**
   * Quota "Rules per Application Load Balancer" (default rules excluded), default 100 (same page): counted over all
   * of a load balancer's listeners, so extra listeners that repeat the rules multiply them.
   */
  public static final int ALB_RULES = 100;
  /** Quota "Target groups per Application Load Balancer", default 100. */
  public static final int ALB_TARGET_GROUPS = 100;
  /** ALB listener rule conditions: at most 5 condition values per rule, 5 wildcards per rule. */
  public static final int ALB_VALUES_PER_RULE = 5;
  public static final int ALB_WILDCARDS_PER_RULE = 5;
  /** exo-cdk keeps each condition to 3 values so that a path condition always fits beside hosts. */
  public static final int ALB_VALUES_PER_CONDITION = 3;

  /**
   * exo-cdk's own bound on {@code version}: it goes into the stack's Description, which CloudFormation caps at 1024
   * bytes, beside the application's name (128 characters of up to 4 bytes leave room for it).
   */
  public static final int VERSION_LENGTH = 128;

  /** CloudWatch Logs PutRetentionPolicy: the retentions it accepts, in days. */
  public static final Set<Integer> LOG_RETENTION_DAYS = Set.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400,
      545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);
}
