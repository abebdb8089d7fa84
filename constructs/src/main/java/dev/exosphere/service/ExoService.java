package dev.exosphere.service;

import dev.exosphere.ExoException;
import dev.exosphere.Nag;
import dev.exosphere.gateway.ExoGateway;
import dev.exosphere.model.Policies;
import dev.exosphere.model.Route;
import dev.exosphere.model.Scaling;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import dev.exosphere.routing.PlannedRule;
import dev.exosphere.routing.RouteTarget;
import dev.exosphere.rules.Limits;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.CapacityProviderStrategy;
import software.amazon.awscdk.services.ecs.CloudMapOptions;
import software.amazon.awscdk.services.ecs.ContainerDefinition;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.CpuUtilizationScalingProps;
import software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker;
import software.amazon.awscdk.services.ecs.Ec2Service;
import software.amazon.awscdk.services.ecs.Ec2TaskDefinition;
import software.amazon.awscdk.services.ecs.HealthCheck;
import software.amazon.awscdk.services.ecs.Host;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.ecs.MountPoint;
import software.amazon.awscdk.services.ecs.NetworkMode;
import software.amazon.awscdk.services.ecs.PortMapping;
import software.amazon.awscdk.services.ecs.RequestCountScalingProps;
import software.amazon.awscdk.services.ecs.ScalableTaskCount;
import software.amazon.awscdk.services.ecs.Volume;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationTargetGroup;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.servicediscovery.DnsRecordType;
import software.constructs.Construct;

/**
 * One Exosphere service on EC2 capacity: an {@code Ec2TaskDefinition} in bridge mode with dynamic host ports
 * (several tasks share an instance), its container with sorted variables, secrets fetched by the execution role, a
 * log group with retention and a health check; an {@code Ec2Service} with circuit-breaker rollback, 50-200% rolling
 * deploys, tasks spread across AZs and auto-scaling. Public services get target groups and listener rules on the
 * gateway; private services with a port an SRV record in Cloud Map ({@code <service>.<namespace>}, SRV because host
 * ports are dynamic); workers and private services without a port neither, and no port or container health check.
 *
 * <p>The task role has no policies: the application gets no AWS permission it did not ask for.
 */
public final class ExoService extends Construct {
  private static final int ECS_MAX_HEALTH_CHECK_TIMEOUT = Limits.CONTAINER_HEALTH_CHECK_MAX_TIMEOUT_SECONDS;

  private final Ec2Service service;
  private final Ec2TaskDefinition taskDefinition;
  private final ContainerDefinition container;
  private final LogGroup logGroup;
  private final SortedMap<RouteTarget, ApplicationTargetGroup> targetGroups;
  private final Optional<ApplicationTargetGroup> targetGroup;

  public ExoService(Construct scope, String id, ExoServiceProps props) {
    super(scope, id);
    List<PlannedRule> rules = validate(props);
    Service model = props.service();
    ContainerVariables variables = ContainerVariables.of(this, props);
    Policies policies = model.policies();

    logGroup = LogGroup.Builder.create(this, "Logs")
        .retention(LogRetention.of(this, policies.logRetentionDays().orElse(Policies.DEFAULT_LOG_RETENTION_DAYS)))
        .build();
    taskDefinition = Ec2TaskDefinition.Builder.create(this, "TaskDefinition")
        .networkMode(NetworkMode.BRIDGE)
        .family(props.appName() + "-" + model.name())
        .volumes(model.volumes().values().stream().map(v -> Volume.builder()
            .name(v.name()).host(Host.builder().sourcePath(v.source()).build()).build()).toList())
        .build();
    container = taskDefinition.addContainer("Container", containerOptions(props, variables));
    if (!model.volumes().isEmpty()) {
      container.addMountPoints(model.volumes().values().stream().map(v -> MountPoint.builder()
          .sourceVolume(v.name()).containerPath(v.target()).readOnly(v.readOnly()).build())
          .toArray(MountPoint[]::new));
    }

    Optional<Scaling> scaling = model.scaling().or(policies::scaling);
    Ec2Service.Builder b = Ec2Service.Builder.create(this, "Resource")
        .cluster(props.cluster())
        .taskDefinition(taskDefinition)
        .desiredCount(scaling.map(s -> Math.max(s.min(), Math.min(s.max(), model.replicas()))).orElse(model.replicas()))
        .circuitBreaker(DeploymentCircuitBreaker.builder().enable(true).rollback(true).build())
        .minHealthyPercent(50)
        .maxHealthyPercent(200)
        .placementStrategies(List.of(JsiiValues.spreadOverZones()));
    props.capacityProviderName().ifPresent(name -> b.capacityProviderStrategies(List.of(
        CapacityProviderStrategy.builder().capacityProvider(name).weight(1).build())));
    // a private service without a port talks only through ExoCom: nothing to register
    if (model.type() == ServiceType.PRIVATE && model.containerPort().isPresent()) {
      b.cloudMapOptions(CloudMapOptions.builder()
          .cloudMapNamespace(props.namespace().orElseThrow())
          .name(model.name())
          .dnsRecordType(DnsRecordType.SRV)
          .dnsTtl(JsiiValues.seconds(10))
          .container(container)
          .containerPort(model.containerPort().getAsInt())
          .build());
    }
    service = b.build();

    targetGroups = model.type() == ServiceType.PUBLIC
        ? ServiceRouting.attach(this, model, service, props.cluster(), props.gateway().orElseThrow(), rules)
        : new TreeMap<>();
    targetGroup = model.routes().values().stream().findFirst()
        .map(r -> targetGroups.get(new RouteTarget(r.protocol(), r.port())));
    scaling.ifPresent(this::autoScale);
    suppressNagFindings();
  }

  private void suppressNagFindings() {
    Nag.suppress(taskDefinition, "AwsSolutions-ECS2", "Only non-secret configuration is in the environment: ROLE, "
        + "SERVICE_NAME, EXOCOM_HOST/PORT, LOG_LEVEL and what exosphere.yml lists as plain values. Everything under "
        + "secrets, and every ssm/secret source of a dependency, is injected from SSM Parameter Store or Secrets "
        + "Manager at task start through the execution role.");
    Nag.suppress(taskDefinition, "AwsSolutions-IAM5", List.of("Resource::*"), "Only ecr:GetAuthorizationToken is on *:"
        + " it has no resource-level permissions. The image pull actions are scoped to the image's repository.");
  }

  private List<PlannedRule> validate(ExoServiceProps props) {
    Service model = ExoException.required(this, "service", props.service(), "pass the model's Service record");
    ExoException.required(this, "appName", props.appName(), "pass the application's name");
    ExoException.required(this, "cluster", props.cluster(), "pass the ECS cluster, e.g. exoCluster.getCluster()");
    ExoException.required(this, "image", props.image(), "pass a ContainerImage, e.g. ContainerImage.fromRegistry(..)");
    ExoException.required(this, "exocomHost", props.exocomHost(), "pass the bus's address, e.g. exoComBus.getHost()");
    // Only public services have a target group to count requests on.
    model.scaling().or(model.policies()::scaling).filter(s -> s.targetRequests().isPresent())
        .filter(s -> model.type() != ServiceType.PUBLIC).ifPresent(s -> {
          throw ExoException.invalidProp(this, "scaling.targetRequests", s.targetRequests().getAsInt(),
              "no request target on a service without a load balancer", "scale it on targetCpu instead");
        });
    switch (model.type()) {
      case PUBLIC -> {
        ExoGateway gateway = props.gateway().orElseThrow(() -> ExoException.invalidProp(this, "gateway", "none",
            "the load balancer for public service " + model.name(), "pass the application's ExoGateway"));
        List<PlannedRule> rules = gateway.rulesFor(model);
        if (rules.isEmpty()) {
          throw ExoException.invalidProp(this, "gateway", gateway.getNode().getPath(),
              "a gateway that planned the routes of " + model.name(),
              "include the service in ExoGatewayProps.services");
        }
        return rules;
      }
      case PRIVATE -> {
        if (props.namespace().isEmpty()) {
          throw ExoException.invalidProp(this, "namespace", "none",
              "a Cloud Map namespace for private service " + model.name(),
              "pass the application's private DNS namespace");
        }
        return List.of();
      }
      default -> {
        return List.of();
      }
    }
  }

  private ContainerDefinitionOptions containerOptions(ExoServiceProps props, ContainerVariables variables) {
    Service model = props.service();
    ContainerDefinitionOptions.Builder o = ContainerDefinitionOptions.builder()
        .containerName(model.name())
        .image(props.image())
        .cpu(model.cpu())
        .memoryLimitMiB(model.memory())
        .essential(true)
        .environment(variables.plain())
        .secrets(SecretImports.of(this, variables.secrets()))
        .logging(LogDriver.awsLogs(AwsLogDriverProps.builder().logGroup(logGroup).streamPrefix(props.appName()).build()))
        .portMappings(model.routes().values().stream().map(Route::port).distinct().sorted()
            .map(port -> PortMapping.builder().containerPort(port).hostPort(0).build()).toList());
    model.routes().values().stream().findFirst().ifPresent(r -> o.healthCheck(healthCheck(r)));
    return o.build();
  }

  /** The container checks itself the way the load balancer would, so ECS replaces a hung task even off the ALB. */
  private static HealthCheck healthCheck(Route r) {
    boolean https = r.protocol().equalsIgnoreCase("https");
    String url = (https ? "https" : "http") + "://localhost:" + r.port() + r.healthCheck().path();
    return HealthCheck.builder()
        .command(List.of("CMD-SHELL",
            "wget -q -O /dev/null " + (https ? "--no-check-certificate " : "") + "'" + url + "' || exit 1"))
        .interval(JsiiValues.seconds(r.healthCheck().intervalSeconds()))
        .timeout(JsiiValues.seconds(Math.min(r.healthCheck().timeoutSeconds(), ECS_MAX_HEALTH_CHECK_TIMEOUT)))
        .retries(r.healthCheck().unhealthyThreshold())
        .startPeriod(JsiiValues.seconds(30))
        .build();
  }

  private void autoScale(Scaling s) {
    ScalableTaskCount count = service.autoScaleTaskCount(
        EnableScalingProps.builder().minCapacity(s.min()).maxCapacity(s.max()).build());
    if (s.targetCpu().isPresent() || s.targetRequests().isEmpty()) {
      count.scaleOnCpuUtilization("Cpu", CpuUtilizationScalingProps.builder()
          .targetUtilizationPercent(s.targetCpu().orElse(Scaling.DEFAULT_TARGET_CPU)).build());
    }
    s.targetRequests().ifPresent(n -> count.scaleOnRequestCount("Requests", RequestCountScalingProps.builder()
        .requestsPerTarget(n).targetGroup(targetGroup.get()).build()));
  }

  /** The ECS service. */
  public Ec2Service getService() {
    return service;
  }

  public Ec2TaskDefinition getTaskDefinition() {
    return taskDefinition;
  }

  /** The service's container, named after the service. */
  public ContainerDefinition getContainer() {
    return container;
  }

  /** The target group of the first route's port; empty for private services and workers. */
  public Optional<ApplicationTargetGroup> getTargetGroup() {
    return targetGroup;
  }

  /** Every target group, by protocol and port (one unless routes use several container ports). */
  public Map<RouteTarget, ApplicationTargetGroup> getTargetGroups() {
    return targetGroups;
  }

  public LogGroup getLogGroup() {
    return logGroup;
  }
}
