package dev.exosphere.service;

import dev.exosphere.LogRetentions;
import dev.exosphere.bus.ExoComAddress;
import dev.exosphere.bus.ExoComBus;
import dev.exosphere.cluster.ExoCluster;
import dev.exosphere.gateway.ExoGateway;
import dev.exosphere.rules.Defaults;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import java.util.SortedMap;
import java.util.TreeMap;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.ICluster;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.servicediscovery.IPrivateDnsNamespace;

/**
 * Props of {@link ExoService}: its own records, nothing of exosphere.yml (the YAML model maps onto them in
 * {@code dev.exosphere.application.ServiceAdapter}).
 *
 * @param name                 the service's name: container name, {@code ROLE}, Cloud Map name; required
 * @param kind                 who reaches it. @default {@link ServiceKind#WORKER}
 * @param appName              the application's name (task family {@code <appName>-<name>}, log stream prefix);
 *                             required
 * @param cluster              the ECS cluster it runs on; required. An {@link ExoCluster} (see
 *                             {@link Builder#cluster(ExoCluster)}) makes the service depend on its auto-scaling group
 *                             and capacity provider association, so teardown stops the tasks first; a plain
 *                             {@code ICluster} gets the same for the auto-scaling groups and associations inside it
 * @param exoCluster           the {@link ExoCluster} behind {@code cluster}, if it is one
 * @param capacityProviderName the capacity provider to place tasks with. @default the ExoCluster's capacity provider,
 *                             else the cluster's default strategy
 * @param image                its image; required
 * @param routes               how it is reached: a public service's listener rules and target groups (one per
 *                             protocol and container port), a private service's one {@code /} route (its port in
 *                             Cloud Map); the first route's port and health check are the container's own.
 *                             @default none (a worker)
 * @param environment          plain variables, in the template. @default none
 * @param secrets              variables fetched at task start from SSM or Secrets Manager. @default none
 * @param cpu                  CPU units (1024 = one vCPU). @default {@value Defaults#SERVICE_CPU}
 * @param memoryMiB            hard memory limit. @default {@value Defaults#SERVICE_MEMORY_MIB}
 * @param desiredCount         tasks at deployment, kept within {@code scaling}. @default {@value Defaults#REPLICAS}
 * @param scaling              task auto-scaling. @default none
 * @param volumes              host bind mounts. @default none
 * @param logRetention         how long its logs are kept. @default {@link LogRetentions#DEFAULT} (30 days)
 * @param bus                  the ExoCom bus, handed over as {@code EXOCOM_HOST} and {@code EXOCOM_PORT}.
 *                             @default none: no {@code EXOCOM_*} variable at all
 * @param exoComBus            the bus itself, when given as an {@link ExoComBus}: the service then adds its
 *                             {@code messages} to the bus's routes and admits its ExoCluster to the bus port
 * @param messages             what it receives and sends on the bus; needs {@code bus} given as an ExoComBus.
 *                             @default none (routes given to the bus's own props, as ExoApplication does)
 * @param namespace            the Cloud Map namespace; required for a private service with a route
 * @param gateway              the load balancer a public service attaches to now. @default none: call
 *                             {@link ExoService#attachTo(ExoGateway)}
 * @param container            command, entry point, working directory, user, stop timeout and the container's own
 *                             health check. @default {@link ServiceContainer#defaults()}: the image's, no container
 *                             health check
 * @param permissions          what the task role may do. @default {@link ServicePermissions#none()}: nothing
 * @param deployment           how new revisions roll out. @default rolling, 50-200% healthy, circuit-breaker rollback
 * @param tcpPorts             plain TCP ports of a public service, through its own internet-facing Network Load
 *                             Balancer (with a record {@code <name>-tcp.<domain>} in the gateway's zone, if it has one).
 *                             @default none
 * @param securityGroup        the tasks' own security group (a network segment, e.g. a stack's): the tasks then run
 *                             in {@code awsvpc} mode, each with its own network interface in the VPC's private
 *                             subnets, and the load balancer is admitted to this group on the container ports.
 *                             Costs an ENI per task (see docs/exosphere-yml.md, Stacks). @default none: bridge mode
 *                             with dynamic host ports, the instances' security group
 */
public record ExoServiceProps(
    String name,
    ServiceKind kind,
    String appName,
    ICluster cluster,
    Optional<ExoCluster> exoCluster,
    Optional<String> capacityProviderName,
    ContainerImage image,
    List<ServiceRoute> routes,
    SortedMap<String, String> environment,
    SortedMap<String, ServiceSecret> secrets,
    int cpu,
    int memoryMiB,
    int desiredCount,
    Optional<ServiceScaling> scaling,
    List<ServiceVolume> volumes,
    RetentionDays logRetention,
    Optional<ExoComAddress> bus,
    Optional<ExoComBus> exoComBus,
    Optional<ServiceMessages> messages,
    Optional<IPrivateDnsNamespace> namespace,
    Optional<ExoGateway> gateway,
    ServiceContainer container,
    ServicePermissions permissions,
    Optional<ServiceDeployment> deployment,
    List<ServiceTcpPort> tcpPorts,

    Optional<ISecurityGroup> securityGroup) {

  public ExoServiceProps {
    // required props are checked by ExoService, which can name its construct path in the error
    routes = List.copyOf(routes);
    environment = new TreeMap<>(environment);
    secrets = new TreeMap<>(secrets);
    volumes = List.copyOf(volumes);
    tcpPorts = List.copyOf(tcpPorts);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ExoServiceProps}. */
  public static final class Builder {
    private String name;
    private ServiceKind kind = ServiceKind.WORKER;
    private String appName;
    private ICluster cluster;
    private ExoCluster exoCluster;
    private String capacityProviderName;
    private ContainerImage image;
    private List<ServiceRoute> routes = List.of();
    private Map<String, String> environment = Map.of();
    private Map<String, ServiceSecret> secrets = Map.of();
    private int cpu = Defaults.SERVICE_CPU;
    private int memoryMiB = Defaults.SERVICE_MEMORY_MIB;
    private int desiredCount = Defaults.REPLICAS;
    private ServiceScaling scaling;
    private List<ServiceVolume> volumes = List.of();
    private RetentionDays logRetention = LogRetentions.DEFAULT;
    private ExoComAddress bus;
    private ExoComBus exoComBus;
    private ServiceMessages messages;
    private IPrivateDnsNamespace namespace;
    private ExoGateway gateway;
    private ServiceContainer container = ServiceContainer.defaults();
    private ServicePermissions permissions = ServicePermissions.none();
    private ServiceDeployment deployment;
    private List<ServiceTcpPort> tcpPorts = List.of();
    private ISecurityGroup securityGroup;

    public Builder name(String v) {
      name = v;
      return this;
    }

    public Builder kind(ServiceKind v) {
      kind = v;
      return this;
    }

    public Builder appName(String v) {
      appName = v;
      return this;
    }

    /** An ExoCluster: the service depends on its instances and capacity provider, and places tasks with it. */
    public Builder cluster(ExoCluster v) {
      exoCluster = v;
      cluster = v == null ? null : v.getCluster();
      return this;
    }

    /** Any ECS cluster with EC2 capacity; the service depends on the auto-scaling groups created inside it. */
    public Builder cluster(ICluster v) {
      exoCluster = null;
      cluster = v;
      return this;
    }

    public Builder capacityProviderName(String v) {
      capacityProviderName = v;
      return this;
    }

    public Builder image(ContainerImage v) {
      image = v;
      return this;
    }

    public Builder routes(List<ServiceRoute> v) {
      routes = v;
      return this;
    }

    public Builder routes(ServiceRoute... v) {
      return routes(List.of(v));
    }

    public Builder environment(Map<String, String> v) {
      environment = v;
      return this;
    }

    public Builder secrets(Map<String, ServiceSecret> v) {
      secrets = v;
      return this;
    }

    public Builder cpu(int v) {
      cpu = v;
      return this;
    }

    public Builder memoryMiB(int v) {
      memoryMiB = v;
      return this;
    }

    public Builder desiredCount(int v) {
      desiredCount = v;
      return this;
    }

    public Builder scaling(ServiceScaling v) {
      scaling = v;
      return this;
    }

    public Builder volumes(List<ServiceVolume> v) {
      volumes = v;
      return this;
    }

    public Builder logRetention(RetentionDays v) {
      logRetention = v;
      return this;
    }

    /** The bus: its address, its routes (for {@code messages}), and its port opened to an ExoCluster. */
    public Builder bus(ExoComBus v) {
      bus = v == null ? null : v.getAddress();
      exoComBus = v;
      return this;
    }

    /** Only the bus's address: admitting the cluster and the routes are the caller's. */
    public Builder bus(ExoComAddress v) {
      bus = v;
      exoComBus = null;
      return this;
    }

    public Builder messages(ServiceMessages v) {
      messages = v;
      return this;
    }

    public Builder namespace(IPrivateDnsNamespace v) {
      namespace = v;
      return this;
    }

    public Builder gateway(ExoGateway v) {
      gateway = v;
      return this;
    }

    public Builder container(ServiceContainer v) {
      container = v;
      return this;
    }

    public Builder permissions(ServicePermissions v) {
      permissions = v;
      return this;
    }

    public Builder tcpPorts(List<ServiceTcpPort> v) {
      tcpPorts = v;
      return this;
    }

    public Builder deployment(ServiceDeployment v) {
      deployment = v;
      return this;
    }

    public Builder securityGroup(ISecurityGroup v) {
      securityGroup = v;
      return this;
    }

    public ExoServiceProps build() {
      return new ExoServiceProps(name, kind, appName, cluster, Optional.ofNullable(exoCluster),
          Optional.ofNullable(capacityProviderName), image, routes, new TreeMap<>(environment), new TreeMap<>(secrets),
          cpu, memoryMiB, desiredCount, Optional.ofNullable(scaling), volumes, logRetention, Optional.ofNullable(bus),
          Optional.ofNullable(exoComBus), Optional.ofNullable(messages), Optional.ofNullable(namespace), Optional.ofNullable(gateway),
          container, permissions, Optional.ofNullable(deployment), tcpPorts,
          Optional.ofNullable(securityGroup));
    }
  }
}
