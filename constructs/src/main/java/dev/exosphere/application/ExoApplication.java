package dev.exosphere.application;

import dev.exosphere.ExoException;
import dev.exosphere.bus.ExoComAddress;
import dev.exosphere.bus.ExoComBus;
import dev.exosphere.cluster.ExoCluster;
import dev.exosphere.cluster.Placement;
import dev.exosphere.gateway.ExoGateway;
import dev.exosphere.gateway.ExoGatewayProps;
import dev.exosphere.model.ClusterSpec;
import dev.exosphere.model.Domain;
import dev.exosphere.model.ExoModel;
import dev.exosphere.model.Footprint;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import dev.exosphere.network.ExoNetwork;
import dev.exosphere.network.ExoNetworkProps;
import dev.exosphere.operate.ExoServiceAlarms;
import dev.exosphere.rules.InstanceType;
import dev.exosphere.rules.InstanceTypes;
import dev.exosphere.service.ExoService;
import dev.exosphere.service.ExoServiceProps;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.List;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.NestedStack;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Token;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcLookupOptions;
import software.amazon.awscdk.services.route53.HostedZone;
import software.amazon.awscdk.services.route53.HostedZoneAttributes;
import software.amazon.awscdk.services.route53.IHostedZone;
import software.amazon.awscdk.services.servicediscovery.IPrivateDnsNamespace;
import software.amazon.awscdk.services.servicediscovery.PrivateDnsNamespace;
import software.constructs.Construct;

/**
 * A whole Exosphere application from its model: network, public and private clusters, the ExoCom bus, the load
 * balancer with its zone and records, and every service, wired together. Only what is used is created
 * ({@link Footprint}): the public cluster for public services, the private cluster for private services and
 * workers, the bus when some service sends or receives messages (or {@code bus.enabled: true}), the namespace for
 * the bus and private services with a route.
 *
 * <pre>{@code
 * Stack stack = new Stack(app, "space-tweet");
 * ExoModel model = ModelLoader.load(Path.of("exosphere.yml")).orThrow();
 * new ExoApplication(stack, "App", ExoApplicationProps.builder().model(model).build());
 * }</pre>
 *
 * <p>Services live in nested stacks chosen by {@link ServicePlacement} (a hash of the service's name), so every
 * template stays within CloudFormation's limits at any size and a service never moves when others come or go.
 * Child ids: {@code Network}, {@code PublicCluster}, {@code PrivateCluster}, {@code Namespace}, {@code Bus},
 * {@code Gateway} (when
 * there are public services), {@code ServicesNN/<service name>}, and for each stack of {@code type: stack}
 * {@code Stack<Name>} (inside its parent's) with {@code Segment} and its members (see {@link StackSegments}).
 * Renaming any of them replaces real resources.
 *
 * <p>Physical names (task definition families, the Cloud Map namespace) come from the model's
 * {@link ExoModel#deploymentName()}, so that two environments of one application can share an account and region.
 */
public class ExoApplication extends Construct {
  private final ExoModel model;
  private final ExoNetwork network;
  private final Footprint footprint;
  private final Optional<ExoCluster> publicCluster;
  private final Optional<ExoCluster> privateCluster;
  private final Optional<IPrivateDnsNamespace> namespace;
  private final Optional<ExoComBus> bus;
  private final Optional<ExoGateway> gateway;
  private final Map<String, ExoService> services = new TreeMap<>();
  private final Map<String, ExoServiceAlarms> alarms;

  public ExoApplication(Construct scope, String id, ExoApplicationProps props) {
    super(scope, id);
    this.model = ExoException.required(this, "model", props.model(),
        "pass the loaded model: ModelLoader.load(path).orThrow()");
    validate(props);

    network = new ExoNetwork(this, "Network", networkProps(props));
    IVpc vpc = network.getVpc();
    footprint = Footprint.of(model);
    ServiceImages images = new ServiceImages(this, props.imageLock(), network.hasInternetEgress());
    // each part only when something uses it: an idle cluster or bus instance costs as much as a busy one
    publicCluster = footprint.publicCluster() ? Optional.of(new ExoCluster(this, "PublicCluster",
        ClusterAdapter.props(model.clusters().publicCluster()).vpc(vpc).placement(Placement.PUBLIC).build()))
        : Optional.empty();
    privateCluster = footprint.privateCluster() ? Optional.of(new ExoCluster(this, "PrivateCluster",
        ClusterAdapter.props(model.clusters().privateCluster()).vpc(vpc).placement(Placement.PRIVATE).build()))
        : Optional.empty();
    namespace = props.namespace().or(() -> footprint.namespace() ? Optional.of(namespace(vpc)) : Optional.empty());
    if (footprint.bus()) {
      images.requireBusPullable(model.bus().imageReference());
      ExoComBus created = new ExoComBus(this, "Bus", BusAdapter.props(model).vpc(vpc).namespace(namespace.orElseThrow())
          .build());
      // Bridge-mode tasks use their instances' security groups: those are the services' security groups.
      publicCluster.ifPresent(c -> created.allowFrom(c.getSecurityGroup()));
      privateCluster.ifPresent(c -> created.allowFrom(c.getSecurityGroup()));
      bus = Optional.of(created);
    } else {
      bus = Optional.empty();
    }
    gateway = hasPublicServices() ? Optional.of(gateway(vpc, props)) : Optional.empty();

    // per cluster, not per service: each value is a jsii round trip
    Map<ServiceType, Placed> placed = new EnumMap<>(ServiceType.class);
    publicCluster.ifPresent(c -> placed.put(ServiceType.PUBLIC, new Placed(c, isArm(model.clusters().publicCluster()))));
    privateCluster.ifPresent(c -> {
      Placed onPrivate = new Placed(c, isArm(model.clusters().privateCluster()));
      placed.put(ServiceType.PRIVATE, onPrivate);
      placed.put(ServiceType.WORKER, onPrivate);
    });
    Map<Integer, NestedStack> shards = new TreeMap<>();
    Map<String, StackSegments.Segment> segments = StackSegments.of(this, model, vpc, bus);
    for (Service service : model.services().values()) {
      Optional<StackSegments.Segment> segment = Optional.ofNullable(segments.get(service.name()));
      // a stack's members live in its own nested stack; the application's own services in shards by name
      Construct stack = segment.<Construct>map(StackSegments.Segment::scope).orElseGet(() -> shards.computeIfAbsent(
          ServicePlacement.shardOf(service.name()), s -> new NestedStack(this, ServicePlacement.stackId(s))));
      services.put(service.name(), service(stack, service, images, placed.get(service.type()), segment));
    }
    ApplicationOutputs.add(this);
    alarms = ApplicationOperate.add(this);
  }

  private void validate(ExoApplicationProps props) {
    if (props.vpc().isPresent() && model.network().vpcId().isPresent()) {
      throw ExoException.invalidProp(this, "vpc", "an IVpc and network.vpcId " + model.network().vpcId().get(),
          "either a VPC passed in or the model's network.vpcId, not both", "drop one of them");
    }
    Optional<String> zoneId = model.domain().flatMap(Domain::hostedZoneId);
    if (props.hostedZone().isPresent() && zoneId.isPresent()) {
      throw ExoException.invalidProp(this, "hostedZone", "an IHostedZone and domain.hostedZoneId " + zoneId.get(),
          "either a zone passed in or the model's domain.hostedZoneId, not both", "drop one of them");
    }
    if (props.hostedZone().isPresent() && model.domain().isEmpty()) {
      throw ExoException.invalidProp(this, "hostedZone", "an IHostedZone", "a domain in the model to serve",
          "set domain in exosphere.yml, or pass no hosted zone");
    }
    if (hasPublicServices() && Token.isUnresolved(Stack.of(this).getRegion())) {
      throw ExoException.invalidProp(this, "region", "none (an environment-agnostic stack)",
          "a stack with a concrete region: the load balancer's access-log bucket policy names the region's "
              + "load-balancing account",
          "set region in exosphere.yml, or run through the cdk CLI (it sets CDK_DEFAULT_REGION), or give your "
              + "stack an env");
    }
    if (model.network().vpcId().isPresent() && Token.isUnresolved(Stack.of(this).getAccount())) {
      throw ExoException.invalidProp(this, "network.vpcId", model.network().vpcId().get(),
          "a stack with a concrete account and region, to look the VPC up",
          "set account and region in exosphere.yml, or run cdk with AWS credentials for the target account");
    }
  }

  /**
   * The application's Cloud Map namespace, {@code <deploymentName>.internal}: the bus and the private services
   * register in it.
   * It was once created by the bus, at {@code Bus/Namespace}; it keeps the logical ID it had there, so deployed
   * applications keep their namespace (a new logical ID would replace it, and every record in it).
   */
  private IPrivateDnsNamespace namespace(IVpc vpc) {
    PrivateDnsNamespace created = PrivateDnsNamespace.Builder.create(this, "Namespace")
        .name(model.deploymentName() + ".internal")
        .vpc(vpc)
        .description("Service discovery of " + model.deploymentName())
        .build();
    LegacyLogicalIds.keep((CfnResource) created.getNode().getDefaultChild(), this,
        List.of("Bus", "Namespace", "Resource"));
    return created;
  }

  private ExoNetworkProps networkProps(ExoApplicationProps props) {
    ExoNetworkProps.Builder b = ExoNetworkProps.builder();
    if (props.vpc().isPresent()) {
      return b.vpc(props.vpc().get()).build();
    }
    if (model.network().vpcId().isPresent()) {
      return b.vpc(Vpc.fromLookup(this, "Vpc", VpcLookupOptions.builder()
          .vpcId(model.network().vpcId().get()).build())).build();
    }
    return NetworkAdapter.props(model.network()).build();
  }

  private boolean hasPublicServices() {
    return model.services().values().stream().anyMatch(s -> s.type() == ServiceType.PUBLIC);
  }

  private ExoGateway gateway(IVpc vpc, ExoApplicationProps props) {
    ExoGatewayProps.Builder b = GatewayAdapter.props(model).vpc(vpc);
    model.domain().ifPresent(d -> {
      zone(d, props).ifPresent(b::hostedZone);
      d.certificateArn().ifPresent(arn -> b.certificate(Certificate.fromCertificateArn(this, "Certificate", arn)));
    });
    return new ExoGateway(this, "Gateway", b.build());
  }

  private Optional<IHostedZone> zone(Domain domain, ExoApplicationProps props) {
    if (props.hostedZone().isPresent()) {
      return props.hostedZone();
    }
    return domain.hostedZoneId().map(id -> HostedZone.fromHostedZoneAttributes(this, "Zone",
        HostedZoneAttributes.builder().hostedZoneId(id).zoneName(domain.name()).build()));
  }

  /** A cluster with what every service placed on it needs. */
  private record Placed(ExoCluster cluster, String capacityProviderName, boolean arm) {
    Placed(ExoCluster cluster, boolean arm) {
      this(cluster, cluster.getCapacityProvider().getCapacityProviderName(), arm);
    }
  }

  /** The service's own props from the model, wired to the cluster, bus, namespace and gateway built here. */
  private ExoService service(Construct scope, Service service, ServiceImages images, Placed placed,
      Optional<StackSegments.Segment> segment) {
    ExoServiceProps.Builder b = ServiceAdapter.props(model, service)
        .cluster(placed.cluster())
        .capacityProviderName(placed.capacityProviderName())
        .image(images.of(scope, service, placed.arm()));
    // without a bus the service gets no EXOCOM_* variable at all
    bus.ifPresent(x -> b.bus(x.getAddress()));
    if (service.type() == ServiceType.PUBLIC) {
      gateway.ifPresent(b::gateway);
    }
    if (service.type() == ServiceType.PRIVATE) {
      namespace.ifPresent(b::namespace);
    }
    segment.ifPresent(s -> {
      b.securityGroup(s.group());
      java.util.SortedMap<String, String> environment = new java.util.TreeMap<>(b.build().environment());
      environment.putAll(StackSegments.variables(model, s.stack()));
      b.environment(environment);
    });
    return new ExoService(scope, service.name(), b.build());
  }

  /** Graviton instances run arm64 images: assets are built for the cluster's architecture. */
  private static boolean isArm(ClusterSpec spec) {
    return InstanceTypes.architectureOf(spec.instanceType()) == InstanceType.Architecture.ARM64;
  }

  public ExoModel getModel() {
    return model;
  }

  public ExoNetwork getNetwork() {
    return network;
  }

  /** The public cluster; empty when the application has no public service. */
  public Optional<ExoCluster> getPublicCluster() {
    return publicCluster;
  }

  /** The private cluster; empty when the application has no private service or worker. */
  public Optional<ExoCluster> getPrivateCluster() {
    return privateCluster;
  }

  /**
   * The Cloud Map namespace: the one passed in, or {@code <name>.internal}; empty when neither the bus nor a private
   * service with a route needs one.
   */
  public Optional<IPrivateDnsNamespace> getNamespace() {
    return namespace;
  }

  /** The ExoCom bus; empty when no service sends or receives messages and {@code bus.enabled} is not true. */
  public Optional<ExoComBus> getBus() {
    return bus;
  }

  /** What was created and why. */
  public Footprint getFootprint() {
    return footprint;
  }

  /** The load balancer; empty when the application has no public service. */
  public Optional<ExoGateway> getGateway() {
    return gateway;
  }

  /** Every service's alarms by name (for deployment alarms); empty with {@code operate.alarms: false}. */
  public Map<String, ExoServiceAlarms> getAlarms() {
    return Collections.unmodifiableMap(alarms);
  }

  /** Every service by name. */
  public Map<String, ExoService> getServices() {
    return Collections.unmodifiableMap(services);
  }
}
