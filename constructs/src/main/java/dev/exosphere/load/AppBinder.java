package dev.exosphere.load;

import dev.exosphere.model.Bus;
import dev.exosphere.model.Clusters;
import dev.exosphere.model.Dependency;
import dev.exosphere.model.Domain;
import dev.exosphere.model.ExoModel;
import dev.exosphere.model.Gateway;
import dev.exosphere.model.ListenerProtocol;
import dev.exosphere.model.NatGateways;
import dev.exosphere.model.Network;
import dev.exosphere.model.Operate;
import dev.exosphere.model.Policies;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceStack;
import dev.exosphere.rules.Certificates;
import dev.exosphere.rules.Cidr;
import dev.exosphere.rules.Complaint;
import dev.exosphere.rules.Defaults;
import dev.exosphere.rules.Formats;
import dev.exosphere.rules.ImageReference;
import dev.exosphere.rules.InstanceType;
import dev.exosphere.rules.Limits;
import dev.exosphere.rules.Regions;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/** The document's top level into an {@link ExoModel}; services are left to {@link ServiceBinder}. */
final class AppBinder {
  private final Values values;
  private final LoadContext ctx;
  private final InstanceFit fit;
  /** Where the stacks' members are written (their own files), by qualified YAML path. */
  private final Map<String, SourcePosition> memberPositions = new java.util.HashMap<>();

  AppBinder(Values values) {
    this.values = values;
    this.ctx = values.ctx();
    this.fit = new InstanceFit(values);
  }

  /** The model (defaults applied, wrong values replaced by defaults) or empty when the document is no mapping. */
  Optional<ExoModel> bind(YamlNode root) {
    return Obj.open(values, root, "", YamlShape.ROOT).map(this::model);
  }

  private ExoModel model(Obj root) {
    String name = root.read("name", (n, p) -> values.matching(n, p, Formats.APP_NAME, Formats.APP_NAME_RULE, dnsFix(n, 28))).orElse("");
    String version = root.read("version", this::version).orElse("");
    Optional<String> account = root.read("account", (n, p) -> values.matching(n, p, Formats.ACCOUNT, "an AWS account id of 12 digits",
        "write all 12 digits in quotes, e.g. account: \"123456789012\""));
    Optional<String> region = root.read("region", (n, p) -> values.checked(n, p, Regions::check));
    Optional<Domain> domain = root.get("domain").flatMap(n -> domain(n, root.path("domain")));
    Network network = network(root);
    Clusters clusters = clusters(root);
    Bus bus = bus(root);
    Gateway gateway = gateway(root, domain.isPresent());
    Policies policies = new PolicyBinder(values).policies(root, Optional.of("and application policies apply to every service"));
    SortedMap<String, Dependency> dependencies = dependencies(root);
    StackScope scope = StackScope.root(ctx.file());
    AppFacts facts = new AppFacts(dependencies.keySet(), clusters, gateway, policies,
        new PermissionsBinder(values).bind(root), scope);
    SortedMap<String, Service> services = new TreeMap<>(root.get("services")
        .map(n -> values.map(n, root.path("services"), "a mapping of service names to services", new ServiceBinder(values, facts)::bind))
        .orElse(Map.of()));
    SortedMap<String, ServiceStack> stacks = new TreeMap<>();
    for (StackBinder.Bound b : scope.found()) {
      stacks.put(b.stack().name(), b.stack());
      b.members().forEach(m -> join(services, m.name(), m, b));
      b.dependencies().forEach((k, d) -> join(dependencies, k, d, b));
      memberPositions.putAll(b.positions());
    }
    Operate operate = new OperateBinder(values).operate(root);
    domain.ifPresent(d -> TcpBinder.checkRecords(ctx, root, d.name(), services));
    return new ExoModel(ctx.file().toAbsolutePath().normalize(), name, version, account, region, domain, network, clusters, bus,
        gateway, policies, dependencies, services, Optional.empty(), operate, stacks);
  }

  /** Where the members of the stacks bound so far are written, by their qualified paths. */
  Map<String, SourcePosition> memberPositions() {
    return Map.copyOf(memberPositions);
  }

  /** A stack's member (or dependency) under its qualified name, unless the application has one of that name. */
  private <T> void join(SortedMap<String, T> into, String name, T value, StackBinder.Bound from) {
    if (into.putIfAbsent(name, value) != null) {
      ctx.error(from.at(), from.yamlPath(), "stack '" + from.stack().path() + "' deploys '" + name
          + "', which is also a name of the application", "rename one of them");
    }
  }

  /** Free-form, but it reaches the stack's Description: bounded, and one line. */
  private Optional<String> version(YamlNode n, String path) {
    return values.string(n, path).filter(v -> {
      if (v.length() > Limits.VERSION_LENGTH) {
        ctx.error(n.position(), path, "expected a version of at most " + Limits.VERSION_LENGTH + " characters, got "
            + v.length() + " (it goes into the CloudFormation stack's description)", "shorten it, e.g. 1.4.2");
        return false;
      }
      if (v.chars().anyMatch(Character::isISOControl)) {
        ctx.error(n.position(), path, "expected a version on one line, got one with control characters or line breaks",
            "write it on one line, e.g. 1.4.2");
        return false;
      }
      return true;
    });
  }

  /** A DNS-safe version of what was written, as a suggestion. */
  static String dnsFix(YamlNode n, int max) {
    String raw = n instanceof YamlNode.ScalarNode s ? s.text() : "";
    String fixed = raw.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^[^a-z]+", "");
    fixed = fixed.substring(0, Math.min(max, fixed.length())).replaceAll("-+$", "");
    return fixed.isEmpty() ? "e.g. 'my-app'" : "e.g. '" + fixed + "'";
  }

  private Optional<String> host(YamlNode n, String path) {
    return values.matching(n, path, Formats.HOST, "a host name like example.com", "use letters, digits, '-' and '.' only");
  }

  private Optional<String> domainName(YamlNode n, String path) {
    return host(n, path).filter(h -> ctx.check(n.position(), path, Certificates.domain(h)));
  }

  private Optional<Domain> domain(YamlNode n, String path) {
    if (n instanceof YamlNode.ScalarNode) {
      return domainName(n, path).map(h -> new Domain(h, Optional.empty(), Optional.empty()));
    }
    return Obj.open(values, n, path, YamlShape.DOMAIN).flatMap(d -> {
      Optional<String> zone = d.read("hostedZoneId", (z, p) -> values.matching(z, p, Formats.HOSTED_ZONE_ID,
          "a Route53 hosted zone id like Z0123456789ABC", "copy the zone id from the Route53 console"));
      Optional<String> cert = d.read("certificate", (c, p) -> values.matching(c, p, Formats.CERTIFICATE,
          "'auto' or an ACM certificate ARN", "write auto, or arn:aws:acm:<region>:<account>:certificate/<id>"));
      return d.read("name", this::domainName).map(h -> new Domain(h, zone, cert.filter(c -> !c.equals("auto"))));
    });
  }

  private Network network(Obj root) {
    Optional<Obj> net = root.child("network", YamlShape.NETWORK);
    if (net.isEmpty()) {
      return new Network(Network.DEFAULT_CIDR, Network.DEFAULT_AZS, NatGateways.SINGLE, Optional.empty());
    }
    Obj o = net.get();
    String cidr = o.read("cidr", (n, p) -> values.string(n, p).filter(c -> {
      Optional<Complaint> bad = Cidr.problem(c);
      bad.ifPresent(b -> ctx.error(n.position(), p, b.message(), b.fix()));
      return bad.isEmpty();
    })).orElse(Network.DEFAULT_CIDR);
    int azs = o.integer("azs", Network.DEFAULT_AZS, Limits.AZS.min(), Limits.AZS.max(), "a number of availability zones");
    NatGateways nat = o.read("natGateways", this::natGateways).orElse(NatGateways.SINGLE);
    Optional<String> vpcId = o.read("vpcId", (n, p) -> values.matching(n, p, Formats.VPC_ID, "a VPC id like vpc-0abc1234",
        "copy the id from the VPC console"));
    if (o.has("vpcId")) {
      for (String other : new String[] {"cidr", "azs", "natGateways"}) {
        if (o.has(other)) {
          ctx.error(o.keyPosition(other), o.path(other), "'" + other + "' cannot be combined with 'vpcId': the existing VPC's settings apply",
              "remove '" + other + "' or 'vpcId'");
        }
      }
    }
    return new Network(cidr, azs, nat, vpcId);
  }

  private Optional<NatGateways> natGateways(YamlNode n, String path) {
    if (n instanceof YamlNode.ScalarNode s) {
      switch (s.text()) {
        case "0": return Optional.of(NatGateways.NONE);
        case "1": return Optional.of(NatGateways.SINGLE);
        case "per-az": return Optional.of(NatGateways.PER_AZ);
        default: break;
      }
    }
    ctx.expected(n, path, "0, 1 or per-az", "use 1 for one shared NAT gateway, or per-az for one in each zone");
    return Optional.empty();
  }

  private Clusters clusters(Obj root) {
    Optional<Obj> c = root.child("clusters", YamlShape.CLUSTERS);
    ClusterBinder binder = new ClusterBinder(values, fit);
    return new Clusters(binder.cluster(c, "public"), binder.cluster(c, "private"));
  }

  private Bus bus(Obj root) {
    Optional<Obj> o = root.child("bus", YamlShape.BUS);
    if (o.isEmpty()) {
      return new Bus(Bus.DEFAULT_VERSION, Optional.empty(), Bus.DEFAULT_PORT, Bus.DEFAULT_INSTANCE_TYPE, 256, 256);
    }
    Obj b = o.get();
    b.read("type", (n, p) -> values.matching(n, p, java.util.regex.Pattern.compile("exocom"), "exocom (the only bus there is)",
        "write type: exocom or leave it out"));
    String version = b.read("version", (n, p) -> values.checked(n, p, ImageReference::tag)).orElse(Bus.DEFAULT_VERSION);
    Optional<String> image = b.read("image", this::image);
    if (b.has("image") && b.has("version")) {
      ctx.error(b.keyPosition("image"), b.path("image"), "'image' and 'version' exclude each other", "keep one of them");
    }
    int port = b.integer("port", Bus.DEFAULT_PORT, Limits.PORT.min(), Limits.PORT.max(), "a port");
    Optional<InstanceType> type = fit.instanceType(b, "instanceType", Bus.DEFAULT_INSTANCE_TYPE);
    int cpu = b.integer("cpu", Defaults.BUS_CPU, Limits.CONTAINER_CPU.min(), Limits.CONTAINER_CPU.max(),
        "a number of CPU units");
    int memory = b.integer("memory", Defaults.BUS_MEMORY_MIB, Limits.CONTAINER_MEMORY_MIB.min(),
        Limits.CONTAINER_MEMORY_MIB.max(), "a number of MiB");
    type.ifPresent(t -> fit.check(b, cpu, memory, t, "bus.instanceType"));
    // settings written under bus ask for the bus: they are never dropped silently
    Optional<Boolean> enabled = b.has("enabled") ? b.read("enabled", values::bool)
        : b.node() instanceof YamlNode.MapNode m && !m.entries().isEmpty() ? Optional.of(true) : Optional.empty();
    return new Bus(version, image, port, type.map(InstanceType::name).orElse(Bus.DEFAULT_INSTANCE_TYPE), cpu, memory,
        enabled);
  }

  Optional<String> image(YamlNode n, String path) {
    return values.checked(n, path, ImageReference::check);
  }

  private Gateway gateway(Obj root, boolean hasDomain) {
    SortedMap<Integer, Integer> ports = new TreeMap<>();
    Optional<Obj> iface = root.child("interface", YamlShape.INTERFACE);
    int loadBalancers = iface.flatMap(o -> o.read("loadBalancers", (n, p) ->
        values.integer(n, p, Limits.LOAD_BALANCERS.min(), Limits.LOAD_BALANCERS.max(), "a number of load balancers")))
        .orElse(Gateway.DEFAULT_LOAD_BALANCERS);
    SortedMap<Integer, ListenerProtocol> listeners = iface.map(o -> new ListenerBinder(values).listeners(o, hasDomain))
        .orElseGet(TreeMap::new);
    if (iface.isEmpty() || !iface.get().has("ports")) {
      ports.put(80, 3000);
      if (hasDomain) {
        ports.put(443, 3000);
      }
      return new Gateway(ports, loadBalancers, listeners);
    }
    Obj o = iface.get();
    values.map(o.get("ports").orElseThrow(), o.path("ports"), "a mapping of listener ports to container ports", (e, p) -> {
      if (!e.key().equals("80") && !e.key().equals("443")) {
        ctx.error(e.keyPosition(), p, "expected listener port 80 or 443, got '" + e.key() + "'",
            "the load balancer listens on 80 for HTTP and 443 for HTTPS; the value is the container port; other ports "
            + "go under interface.listeners, e.g. {" + e.key() + ": http}");
        return Optional.empty();
      }
      if (e.key().equals("443") && !hasDomain) {
        ctx.error(e.keyPosition(), p, "port 443 (HTTPS) needs a domain for its certificate", "add 'domain: <your domain>' or remove 443");
      }
      return values.integer(e.value(), p, 1, 65535, "a container port").map(v -> ports.put(Integer.parseInt(e.key()), v));
    });
    if (ports.isEmpty() && o.get("ports").filter(p -> p instanceof YamlNode.MapNode m && !m.entries().isEmpty()).isEmpty()) {
      ctx.error(o.position("ports"), o.path("ports"), "expected at least one listener port (80 or 443)", "write ports: {80: 3000}");
      ports.put(80, 3000);
    } else if (ports.isEmpty()) {
      ports.put(80, 3000);
    } else if (hasDomain && !ports.containsKey(443)) {
      // the gateway serves a domain over HTTPS on 443, with 80 redirecting to it: 80 alone would not be what runs
      ctx.error(o.position("ports"), o.path("ports"), "with a domain the load balancer serves HTTPS on 443 and port 80 only"
          + " redirects to it, so ports needs 443", "write ports: {443: " + ports.values().iterator().next() + "}");
    } else if (hasDomain && ports.size() == 2 && !ports.get(80).equals(ports.get(443))) {
      String p80 = o.path("ports") + ".80";
      SourcePosition at = o.get("ports").map(n -> ((YamlNode.MapNode) n).entries().get("80").value().position())
          .orElse(o.node().position());
      ctx.error(at, p80, "with a domain port 80 only redirects to 443, so its container"
          + " port " + ports.get(80) + " would not be used (routes get 443's " + ports.get(443) + ")",
          "give 80 the same container port as 443, or leave 80 out");
    }
    return new Gateway(ports, loadBalancers, listeners);
  }

  SortedMap<String, Dependency> dependencies(Obj root) {
    Variables vars = new Variables(values);
    return new TreeMap<>(root.get("dependencies").map(n -> values.map(n, root.path("dependencies"), "a mapping of dependency names to dependencies", (e, p) -> {
      checkServiceName(ctx, e, p);
      return Obj.open(values, e.value(), p, YamlShape.DEPENDENCY)
          .map(d -> new Dependency(e.key(), d.string("type").orElse(e.key()), vars.sources(d, "environment", true)));
    })).orElse(Map.of()));
  }

  /** Services and dependencies share the naming rule: both become DNS names. */
  static void checkServiceName(LoadContext ctx, YamlNode.Entry e, String path) {
    if (!Formats.SERVICE_NAME.matcher(e.key()).matches()) {
      ctx.error(e.keyPosition(), path, "expected " + Formats.SERVICE_NAME_RULE + ", got '" + e.key() + "'",
          dnsFix(new YamlNode.ScalarNode(e.keyPosition(), YamlNode.ScalarNode.Kind.STRING, e.key(), null), 32));
    }
  }
}
