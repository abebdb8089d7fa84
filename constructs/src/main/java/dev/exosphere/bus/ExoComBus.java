package dev.exosphere.bus;

import dev.exosphere.ExoException;
import dev.exosphere.PropChecks;
import dev.exosphere.RegistryImages;
import dev.exosphere.cluster.ExoCluster;
import dev.exosphere.cluster.ExoClusterProps;
import dev.exosphere.cluster.Placement;
import dev.exosphere.rules.Defaults;
import dev.exosphere.rules.Limits;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.IStableStringProducer;
import software.amazon.awscdk.Lazy;
import software.amazon.awscdk.services.ec2.IConnectable;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.CapacityProviderStrategy;
import software.amazon.awscdk.services.ecs.CloudMapOptions;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker;
import software.amazon.awscdk.services.ecs.Ec2Service;
import software.amazon.awscdk.services.ecs.Ec2TaskDefinition;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.ecs.NetworkMode;
import software.amazon.awscdk.services.ecs.PortMapping;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.servicediscovery.DnsRecordType;
import software.amazon.awscdk.services.servicediscovery.IPrivateDnsNamespace;
import software.constructs.Construct;

/**
 * The ExoCom message bus: one ExoCom task on a single-instance {@link ExoCluster} (min = max = 1) in the
 * private subnets, told every service's routes through {@code SERVICE_ROUTES}.
 *
 * <p>Its address is {@code exocom.<namespace>}, e.g. {@code exocom.space-tweet.internal}, a Cloud Map A record.
 * The task runs in {@code awsvpc} network mode: it gets its own network interface, private IP and security
 * group, so ExoCom listens on its real port (no host-port mapping to collide with), the bus port can be opened
 * to exactly the services' security groups, and Cloud Map registers the task's own IP. When the task or the
 * instance is replaced, ECS deregisters the old IP and registers the new one, so the name stays right. (The
 * alternative, bridge mode with an SRV record, would need every client to resolve SRV and would share the
 * instance's security group.) Deployments stop the old task before starting the new one (minimum healthy 0%,
 * maximum 100%): there is one instance, and a small instance has room for only one task interface.
 *
 * <p>Nothing is admitted to the bus port until {@link #allowFrom(IConnectable)} names a peer. The task's
 * security group has no egress: ExoCom only answers on the connections the services open to it, which a
 * stateful security group lets through; image pulls and logs go through the instance, not the task interface.
 * The task role has no policy (ExoCom calls no AWS API); the execution role may only write to the bus's log group
 * and, for an image in ECR, pull from that repository.
 */
public class ExoComBus extends Construct {
  /** ExoCom's Cloud Map service name: the host is {@code exocom.<namespace>}. */
  public static final String SERVICE_NAME = Defaults.BUS_SERVICE_NAME;

  private final ExoCluster cluster;
  private final IPrivateDnsNamespace namespace;
  private final String host;
  private final SecurityGroup securityGroup;
  private final Ec2Service service;
  private final int port;
  private final List<ExoComRoute> routes = new ArrayList<>();

  public ExoComBus(Construct scope, String id, ExoComBusProps props) {
    super(scope, id);
    validate(props);
    this.port = props.port();
    this.cluster = new ExoCluster(this, "Cluster", ExoClusterProps.builder()
        .vpc(props.vpc())
        .placement(Placement.PRIVATE)
        .instanceType(props.instanceType())
        .minCapacity(1)
        .maxCapacity(1)
        .build());
    this.namespace = props.namespace();
    // read once: every service asks for it, and each read is a jsii round trip
    this.host = SERVICE_NAME + "." + namespace.getNamespaceName();
    this.securityGroup = SecurityGroup.Builder.create(this, "SecurityGroup")
        .vpc(props.vpc())
        .description("ExoCom bus of " + getNode().getPath() + ": only the services admitted by allowFrom")
        .allowAllOutbound(false)
        .build();
    Ec2TaskDefinition taskDefinition = taskDefinition(props);
    this.service = Ec2Service.Builder.create(this, "Service")
        .cluster(cluster.getCluster())
        .taskDefinition(taskDefinition)
        .desiredCount(1)
        .minHealthyPercent(0)
        .maxHealthyPercent(100)
        .circuitBreaker(DeploymentCircuitBreaker.builder().rollback(true).build())
        .capacityProviderStrategies(List.of(CapacityProviderStrategy.builder()
            .capacityProvider(cluster.getCapacityProvider().getCapacityProviderName())
            .weight(1)
            .build()))
        .vpcSubnets(cluster.getSubnets())
        .securityGroups(List.of(securityGroup))
        .cloudMapOptions(CloudMapOptions.builder()
            .cloudMapNamespace(namespace)
            .name(SERVICE_NAME)
            .dnsRecordType(DnsRecordType.A)
            .dnsTtl(Duration.seconds(10))
            .build())
        .build();
    cluster.addDependent(service);
  }

  /** The bus's DNS name, {@code exocom.<namespace>}: what services get as {@code EXOCOM_HOST}. */
  public String getHost() {
    return host;
  }

  /** Host and port: what services get as {@code EXOCOM_HOST} and {@code EXOCOM_PORT}. */
  public ExoComAddress getAddress() {
    return new ExoComAddress(host, port);
  }

  /** The bus port: what services get as {@code EXOCOM_PORT}. */
  public int getPort() {
    return port;
  }

  /** The private DNS namespace it is registered in. */
  public IPrivateDnsNamespace getNamespace() {
    return namespace;
  }

  /** The ExoCom task's security group: the one that must admit the services (see {@link #allowFrom}). */
  public SecurityGroup getSecurityGroup() {
    return securityGroup;
  }

  /** The ECS service running the ExoCom task. */
  public Ec2Service getService() {
    return service;
  }

  /** The single-instance cluster the bus runs on. */
  public ExoCluster getCluster() {
    return cluster;
  }

  /** Admits {@code peer} (e.g. a service's ECS service or security group) to the bus port, TCP. */
  public void allowFrom(IConnectable peer) {
    securityGroup.getConnections().allowFrom(peer, Port.tcp(port), "ExoCom bus port");
  }

  private Ec2TaskDefinition taskDefinition(ExoComBusProps props) {
    Ec2TaskDefinition taskDefinition = Ec2TaskDefinition.Builder.create(this, "TaskDefinition")
        .networkMode(NetworkMode.AWS_VPC)
        .build();
    LogGroup logGroup = LogGroup.Builder.create(this, "Logs").retention(props.logRetention()).build();
    taskDefinition.addContainer("ExoCom", ContainerDefinitionOptions.builder()
        .image(RegistryImages.of(this, "Repository", props.imageReference()))
        .cpu(props.cpu())
        .memoryLimitMiB(props.memory())
        .essential(true)
        // Sorted: Map.of iterates in a different order in every JVM, templates must not.
        .environment(new TreeMap<>(Map.of(
            "PORT", Integer.toString(props.port()),
            "SERVICE_ROUTES", Lazy.string((IStableStringProducer) () -> ServiceRoutes.toJson(routes)))))
        .portMappings(List.of(PortMapping.builder().containerPort(props.port()).build()))
        .logging(LogDriver.awsLogs(AwsLogDriverProps.builder().logGroup(logGroup).streamPrefix(SERVICE_NAME).build()))
        .build());
    NagSuppressions.addResourceSuppressions(taskDefinition, List.of(
        NagPackSuppression.builder().id("AwsSolutions-ECS2")
            .reason("PORT and SERVICE_ROUTES are ExoCom's non-secret configuration (a port and the public "
                + "message names of each service), which ExoCom reads only from its environment.")
            .build()), true);
    RegistryImages.explainPullToken(taskDefinition, props.imageReference());
    return taskDefinition;
  }

  private void validate(ExoComBusProps props) {
    if (props.vpc() == null) {
      throw ExoException.invalidProp(this, "vpc", null, "a VPC", "pass vpc, e.g. exoNetwork.getVpc()");
    }
    ExoException.required(this, "namespace", props.namespace(), "pass the application's private DNS namespace, "
        + "e.g. PrivateDnsNamespace.Builder.create(this, \"Namespace\").name(\"shop.internal\").vpc(vpc).build()");
    if (props.image().isPresent() && props.version().isPresent()) {
      throw ExoException.invalidProp(this, "image", props.image().get(), "either image or version, not both",
          "drop version (" + props.version().get() + ") or drop image");
    }
    // the ranges the YAML layer checks bus.port, bus.cpu and bus.memory against
    PropChecks.range(this, "port", props.port(), Limits.PORT, "use " + ExoComBusProps.DEFAULT_PORT);
    PropChecks.range(this, "cpu", props.cpu(), Limits.CONTAINER_CPU, "use " + ExoComBusProps.DEFAULT_CPU);
    PropChecks.range(this, "memory", props.memory(), Limits.CONTAINER_MEMORY_MIB,
        "use " + ExoComBusProps.DEFAULT_MEMORY);
    props.routes().forEach(this::checkNewRole);
  }

  private void checkNewRole(ExoComRoute route) {
    if (routes.stream().anyMatch(r -> r.role().equals(route.role()))) {
      throw ExoException.invalidProp(this, "routes", route.role(), "one route per role",
          "merge the routes of " + route.role() + " into one ExoComRoute");
    }
    routes.add(route);
  }

  /**
   * Adds one service's route to {@code SERVICE_ROUTES} (what {@code ExoService} does for its
   * {@code ExoServiceProps.messages}); the value is rendered at synth, with every route added by then.
   */
  public void addRoute(ExoComRoute route) {
    checkNewRole(route);
  }
}
