package dev.exosphere.service;

import dev.exosphere.ExoException;
import dev.exosphere.Nag;
import dev.exosphere.bus.ExoComBus;
import dev.exosphere.bus.ExoComRoute;
import dev.exosphere.cluster.TeardownOrder;
import dev.exosphere.gateway.ExoGateway;
import dev.exosphere.routing.PlannedRule;
import dev.exosphere.routing.RouteTarget;
import dev.exosphere.rules.Defaults;
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
import software.amazon.awscdk.services.elasticloadbalancingv2.NetworkLoadBalancer;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.servicediscovery.DnsRecordType;
import software.constructs.Construct;

/**
 * One Exosphere service on EC2 capacity: an {@code Ec2TaskDefinition} in bridge mode with dynamic host ports
 * (several tasks share an instance), its container with sorted variables, secrets fetched by the execution role, a
 * log group with retention, the command, user and health check it is given; an {@code Ec2Service} with circuit-breaker rollback, 50-200% rolling
 * deploys, tasks spread across AZs and auto-scaling. Public services get target groups and listener rules on the
 * gateway they attach to ({@link #attachTo(ExoGateway)}, or {@link ExoServiceProps#gateway()}); private services
 * with a route an SRV record in Cloud Map ({@code <service>.<namespace>}, SRV because host ports are dynamic);
 * workers and private services without a route neither, and no port. A container health check is only the one
 * given ({@link ServiceContainer#healthCheck()}): nothing is assumed to be inside the image.
 *
 * <p>With {@link ExoServiceProps#securityGroup()} (a stack's member) the tasks run in {@code awsvpc} mode instead:
 * an ENI each with that group, IP target groups, and the load balancer admitted to the group on the container
 * ports rather than to the instances on their ephemeral ports.
 *
 * <p>The ECS service depends on its cluster's instances and capacity provider association (see
 * {@link ExoServiceProps#cluster()}), so {@code cdk destroy} stops its tasks before the instances go.
 *
 * <p>The task role has only the permissions given ({@link ExoServiceProps#permissions()}): none by default, so the
 * application gets no AWS permission it did not ask for.
 */
public final class ExoService extends Construct {
  private final ExoServiceProps props;
  private final SortedMap<RouteTarget, ServiceHealthCheck> checks;
  private final Ec2Service service;
  private final Ec2TaskDefinition taskDefinition;
  private final ContainerDefinition container;
  private final LogGroup logGroup;
  private SortedMap<RouteTarget, ApplicationTargetGroup> targetGroups = new TreeMap<>();
  private Optional<ApplicationTargetGroup> targetGroup = Optional.empty();
  private Optional<ExoGateway> gateway = Optional.empty();
  private Optional<NetworkLoadBalancer> tcpLoadBalancer = Optional.empty();

  public ExoService(Construct scope, String id, ExoServiceProps props) {
    super(scope, id);
    this.props = props;
    this.checks = ServiceChecks.validate(this, props);
    // planned before anything is built, so that route errors leave no half-built service
    Optional<List<PlannedRule>> rules = props.gateway().map(this::plan);
    ContainerVariables variables = ContainerVariables.of(this, props);

    logGroup = LogGroup.Builder.create(this, "Logs").retention(props.logRetention()).build();
    taskDefinition = Ec2TaskDefinition.Builder.create(this, "TaskDefinition")
        .networkMode(props.securityGroup().isPresent() ? NetworkMode.AWS_VPC : NetworkMode.BRIDGE)
        .family(props.appName() + "-" + props.name())
        .volumes(props.volumes().stream().map(v -> Volume.builder()
            .name(v.name()).host(Host.builder().sourcePath(v.hostPath()).build()).build()).toList())
        .build();
    container = taskDefinition.addContainer("Container", containerOptions(variables));
    TaskPermissions.grant(this, taskDefinition, props.permissions());
    if (!props.volumes().isEmpty()) {
      container.addMountPoints(props.volumes().stream().map(v -> MountPoint.builder()
          .sourceVolume(v.name()).containerPath(v.containerPath()).readOnly(v.readOnly()).build())
          .toArray(MountPoint[]::new));
    }

    Ec2Service.Builder b = Ec2Service.Builder.create(this, "Resource")
        .cluster(props.cluster())
        .taskDefinition(taskDefinition)
        .desiredCount(props.scaling().map(s -> Math.max(s.min(), Math.min(s.max(), props.desiredCount())))
            .orElse(props.desiredCount()))
        .circuitBreaker(DeploymentCircuitBreaker.builder().enable(true).rollback(true).build())
        .minHealthyPercent(50)
        .maxHealthyPercent(200)
        .placementStrategies(List.of(JsiiValues.spreadOverZones()));
    // awsvpc: the task's own ENI in the VPC's private subnets (CDK's default for awsvpc), with the segment's group
    props.securityGroup().ifPresent(sg -> b.securityGroups(List.of(sg)));
    ServiceRollout.configure(b, props);
    props.capacityProviderName()
        .or(() -> props.exoCluster().map(c -> c.getCapacityProvider().getCapacityProviderName()))
        .ifPresent(name -> b.capacityProviderStrategies(List.of(
            CapacityProviderStrategy.builder().capacityProvider(name).weight(1).build())));
    // a private service without a route talks only through ExoCom: nothing to register
    if (props.kind() == ServiceKind.PRIVATE && !props.routes().isEmpty()) {
      b.cloudMapOptions(CloudMapOptions.builder()
          .cloudMapNamespace(props.namespace().orElseThrow())
          .name(props.name())
          .dnsRecordType(DnsRecordType.SRV)
          .dnsTtl(JsiiValues.seconds(10))
          .container(container)
          .containerPort(props.routes().get(0).containerPort())
          .build());
    }
    service = b.build();
    props.exoCluster().ifPresentOrElse(c -> c.addDependent(service),
        () -> TeardownOrder.dependOnCapacityOf(props.cluster(), service));
    props.exoComBus().ifPresent(this::join);

    if (rules.isPresent()) {
      attach(props.gateway().get(), rules.get());
    } else if (props.kind() == ServiceKind.PUBLIC) {
      getNode().addValidation(() -> gateway.isPresent() ? List.of() : List.of(getNode().getPath()
          + ": gateway = none is invalid: expected the load balancer for public service " + props.name()
          + ". Fix: pass ExoServiceProps.gateway, or call attachTo(gateway)"));
    } else {
      props.scaling().ifPresent(this::autoScale);
    }
    suppressNagFindings();
  }

  /**
   * Attaches this public service to {@code gateway}: target groups and listener rules (created here, in the
   * service's scope), the load balancer admitted to the cluster's instances. The gateway plans the rules with those
   * of every service attached or announced before ({@link dev.exosphere.gateway.ExoGatewayProps#routes()}).
   */
  public void attachTo(ExoGateway gateway) {
    if (this.gateway.isPresent()) {
      throw ExoException.invalidProp(this, "gateway", gateway.getNode().getPath(),
          "one gateway per service; already attached to " + this.gateway.get().getNode().getPath(),
          "attach it once");
    }
    attach(gateway, plan(gateway));
  }

  /** Its route on the bus, and the bus port open to its instances (bridge mode: theirs are the tasks' groups). */
  private void join(ExoComBus bus) {
    props.messages().ifPresent(m -> bus.addRoute(new ExoComRoute(props.name(), m.receives(), m.sends(),
        m.namespace())));
    props.exoCluster().ifPresent(c -> bus.allowFrom(c.getSecurityGroup()));
  }

  private List<PlannedRule> plan(ExoGateway gateway) {
    if (props.kind() != ServiceKind.PUBLIC) {
      throw ExoException.invalidProp(this, "gateway", gateway.getNode().getPath(),
          "no gateway for a " + props.kind() + " service (only PUBLIC services are behind the load balancer)",
          "set kind to PUBLIC, or drop the gateway");
    }
    boolean alternate = props.deployment().filter(ServiceDeployment::shiftsTraffic).isPresent();
    return gateway.planFor(props.name(), props.routes().stream().map(r -> r.request(props.name(), alternate)).toList());
  }

  private void attach(ExoGateway gateway, List<PlannedRule> rules) {
    this.gateway = Optional.of(gateway);
    Optional<ServiceTcp> tcp = props.tcpPorts().isEmpty() ? Optional.empty() : Optional.of(ServiceTcp.create(this, props));
    targetGroups = ServiceRouting.attach(this, props, checks, service, gateway, rules,
        tcp.map(ServiceTcp::loadBalancerEntries).orElse(List.of()));
    tcp.ifPresent(t -> {
      t.orderBefore(service);
      t.addRecord(this, props.name(), gateway);
      tcpLoadBalancer = Optional.of(t.loadBalancer());
    });
    targetGroup = props.routes().stream().findFirst().map(r -> targetGroups.get(r.target()));
    props.scaling().ifPresent(this::autoScale);
  }

  private void suppressNagFindings() {
    Nag.suppress(taskDefinition, "AwsSolutions-ECS2", "Only non-secret configuration is in the environment: ROLE, "
        + "SERVICE_NAME, EXOCOM_HOST/PORT, LOG_LEVEL and what exosphere.yml lists as plain values. Everything under "
        + "secrets, and every ssm/secret source of a dependency, is injected from SSM Parameter Store or Secrets "
        + "Manager at task start through the execution role.");
    // on the execution role only: a task role's wildcards carry the reasons their permissions give
    Nag.suppress(taskDefinition.obtainExecutionRole(), "AwsSolutions-IAM5", List.of("Resource::*"), "Only ecr:GetAuthorizationToken is on *:"
        + " it has no resource-level permissions. The image pull actions are scoped to the image's repository.");
  }

  private ContainerDefinitionOptions containerOptions(ContainerVariables variables) {
    ContainerDefinitionOptions.Builder o = ContainerDefinitionOptions.builder()
        .containerName(props.name())
        .image(props.image())
        .cpu(props.cpu())
        .memoryLimitMiB(props.memoryMiB())
        .essential(true)
        .environment(variables.plain())
        .secrets(SecretImports.of(this, variables.secrets()))
        .logging(LogDriver.awsLogs(AwsLogDriverProps.builder().logGroup(logGroup).streamPrefix(props.appName()).build()))
        .portMappings(java.util.stream.Stream.concat(props.routes().stream().map(ServiceRoute::containerPort),
                props.tcpPorts().stream().map(ServiceTcpPort::containerPort)).distinct().sorted()
            .map(port -> props.securityGroup().isPresent()
                ? PortMapping.builder().containerPort(port).build()
                : PortMapping.builder().containerPort(port).hostPort(0).build()).toList());
    ServiceContainer c = props.container();
    c.command().ifPresent(o::command);
    c.entryPoint().ifPresent(o::entryPoint);
    c.workingDirectory().ifPresent(o::workingDirectory);
    c.user().ifPresent(o::user);
    c.stopTimeoutSeconds().ifPresent(t -> o.stopTimeout(JsiiValues.seconds(t)));
    c.healthCheck().ifPresent(h -> o.healthCheck(HealthCheck.builder()
        .command(h.command())
        .interval(JsiiValues.seconds(h.intervalSeconds()))
        .timeout(JsiiValues.seconds(h.timeoutSeconds()))
        .retries(h.retries())
        .startPeriod(JsiiValues.seconds(h.startPeriodSeconds()))
        .build()));
    return o.build();
  }

  private void autoScale(ServiceScaling s) {
    ScalableTaskCount count = service.autoScaleTaskCount(
        EnableScalingProps.builder().minCapacity(s.min()).maxCapacity(s.max()).build());
    if (s.targetCpu().isPresent() || s.targetRequests().isEmpty()) {
      count.scaleOnCpuUtilization("Cpu", CpuUtilizationScalingProps.builder()
          .targetUtilizationPercent(s.targetCpu().orElse(Defaults.SCALING_TARGET_CPU_PERCENT)).build());
    }
    s.targetRequests().ifPresent(n -> count.scaleOnRequestCount("Requests", RequestCountScalingProps.builder()
        .requestsPerTarget(n).targetGroup(targetGroup.get()).build()));
  }

  /** The ECS service. */
  public Ec2Service getService() {
    return service;
  }

  /** The role the service's code runs with: only the permissions given. */
  public software.amazon.awscdk.services.iam.IRole getTaskRole() {
    return taskDefinition.getTaskRole();
  }

  public Ec2TaskDefinition getTaskDefinition() {
    return taskDefinition;
  }

  /** The service's container, named after the service. */
  public ContainerDefinition getContainer() {
    return container;
  }

  /** The target group of the first route's port; empty for private services, workers and before attaching. */
  public Optional<ApplicationTargetGroup> getTargetGroup() {
    return targetGroup;
  }

  /** Every target group, by protocol and port (one unless routes use several container ports). */
  public Map<RouteTarget, ApplicationTargetGroup> getTargetGroups() {
    return java.util.Collections.unmodifiableMap(targetGroups);
  }

  /** The Network Load Balancer of its TCP ports; empty without any, and before attaching. */
  public Optional<NetworkLoadBalancer> getTcpLoadBalancer() {
    return tcpLoadBalancer;
  }

  /** The gateway it is attached to; empty for private services, workers and before attaching. */
  public Optional<ExoGateway> getGateway() {
    return gateway;
  }

  public LogGroup getLogGroup() {
    return logGroup;
  }

  /** The props it was built from. */
  public ExoServiceProps getProps() {
    return props;
  }
}
