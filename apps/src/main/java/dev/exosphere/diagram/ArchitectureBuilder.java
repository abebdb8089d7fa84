package dev.exosphere.diagram;

import dev.exosphere.diagram.Architecture.Edge;
import dev.exosphere.diagram.Architecture.Flow;
import dev.exosphere.diagram.Architecture.Group;
import dev.exosphere.diagram.Architecture.Kind;
import dev.exosphere.diagram.Architecture.Node;
import dev.exosphere.model.ClusterSpec;
import dev.exosphere.model.Domain;
import dev.exosphere.model.ExoModel;
import dev.exosphere.model.NatGateways;
import dev.exosphere.model.Route;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import dev.exosphere.routing.LoadBalancerAssignment;
import dev.exosphere.routing.RouteRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The architecture exo-cdk deploys for a model: what {@code ExoApplication} builds, as a graph.
 *
 * <p>Readable at any size: services sit in their cluster's box (never one arrow per service to ExoCom, one per
 * cluster), message flows are one arrow per sender and receiver pair naming up to {@value #SHOWN} messages (the
 * rest counted, all of them in the details), and a load balancer's route arrow to a service names up to
 * {@value #SHOWN} routes the same way.
 */
public final class ArchitectureBuilder {
  /** Names an arrow's label lists before it counts the rest. */
  static final int SHOWN = 3;

  static final String INTERNET = "internet";
  static final String BUS = "exocom";
  static final String VPC = "vpc";
  static final String PUBLIC_SUBNETS = "public_subnets";
  static final String PRIVATE_SUBNETS = "private_subnets";
  static final String PUBLIC_CLUSTER = "public_cluster";
  static final String PRIVATE_CLUSTER = "private_cluster";
  static final String BUS_CLUSTER = "bus_cluster";

  private final ExoModel model;
  private final List<Group> groups = new ArrayList<>();
  private final List<Node> nodes = new ArrayList<>();
  private final List<Edge> edges = new ArrayList<>();

  private ArchitectureBuilder(ExoModel model) {
    this.model = model;
  }

  public static Architecture of(ExoModel model) {
    return new ArchitectureBuilder(model).build();
  }

  public static String serviceId(String name) {
    return Architecture.id("svc_", name);
  }

  public static String loadBalancerId(int index) {
    return "lb" + (index + 1);
  }

  public static String dependencyId(String name) {
    return Architecture.id("dep_", name);
  }

  private Architecture build() {
    network();
    loadBalancers();
    clusters();
    services();
    messages();
    dependencies();
    return new Architecture(model.name() + " " + model.version(), groups, nodes, edges);
  }

  private void network() {
    String vpc = model.network().vpcId().map(id -> "VPC " + id + " (existing)").orElse("VPC " + model.network().cidr());
    groups.add(new Group(VPC, vpc, Optional.empty()));
    int azs = model.network().azs();
    String az = azs == 1 ? "1 AZ" : azs + " AZs";
    NatGateways nat = model.network().natGateways();
    groups.add(new Group(PUBLIC_SUBNETS, "public subnets, one per AZ (" + az + ")", Optional.of(VPC)));
    groups.add(new Group(PRIVATE_SUBNETS, (nat == NatGateways.NONE ? "isolated subnets (no NAT), one per AZ ("
        : "private subnets, one per AZ (") + az + ", NAT: " + nat.name().toLowerCase(java.util.Locale.ROOT)
        .replace('_', ' ') + ")", Optional.of(VPC)));
  }

  private List<RouteRequest> requests() {
    return model.services().values().stream().filter(s -> s.type() == ServiceType.PUBLIC)
        .flatMap(s -> RouteRequest.of(s).stream()).toList();
  }

  private void loadBalancers() {
    List<RouteRequest> requests = requests();
    if (requests.isEmpty()) {
      return;
    }
    nodes.add(new Node(INTERNET, Kind.INTERNET, List.of("Internet"), Optional.empty()));
    int n = model.gateway().loadBalancers();
    LoadBalancerAssignment assignment = LoadBalancerAssignment.of(requests, n,
        model.domain().map(Domain::name).stream().toList());
    String listeners = "listeners " + String.join(", ", model.gateway().ports().keySet().stream()
        .map(String::valueOf).toList()) + (model.domain().isPresent() ? " (HTTPS)" : "");
    for (int i = 0; i < n; i++) {
      int index = i;
      List<String> hosts = assignment.hosts().entrySet().stream().filter(e -> e.getValue() == index)
          .map(Map.Entry::getKey).toList();
      boolean anyHost = assignment.services().entrySet().stream().anyMatch(e -> e.getValue() == index
          && model.services().get(e.getKey()).routes().values().stream().anyMatch(r -> r.hosts().isEmpty()));
      List<String> names = new ArrayList<>(hosts);
      if (anyHost || names.isEmpty()) {
        names.add(0, model.domain().map(Domain::name).map(d -> d + " (any host)").orElse("its DNS name (any host)"));
      }
      String lb = loadBalancerId(i);
      nodes.add(new Node(lb, Kind.LOAD_BALANCER, List.of(n == 1 ? "load balancer" : "load balancer " + (i + 1),
          listeners), Optional.of(PUBLIC_SUBNETS)));
      edges.add(new Edge(INTERNET, lb, Flow.REQUESTS, shown(names), names));
    }
    for (Service s : model.services().values()) {
      if (s.type() != ServiceType.PUBLIC || s.routes().isEmpty()) {
        continue;
      }
      List<String> routes = s.routes().values().stream().map(ArchitectureBuilder::route).toList();
      edges.add(new Edge(loadBalancerId(assignment.services().getOrDefault(s.name(), 0)), serviceId(s.name()),
          Flow.ROUTE, shown(routes), routes));
    }
  }

  /** {@code /api → :8080 (as /) on api.example.com}. */
  static String route(Route r) {
    return r.prefix() + " \u2192 :" + r.port() + (r.rewrites() ? " (as " + r.path() + ")" : "")
        + (r.hosts().isEmpty() ? "" : " on " + String.join(", ", r.hosts()));
  }

  private void clusters() {
    groups.add(new Group(PUBLIC_CLUSTER, "public cluster: " + capacity(model.clusters().publicCluster()),
        Optional.of(PUBLIC_SUBNETS)));
    groups.add(new Group(PRIVATE_CLUSTER, "private cluster: " + capacity(model.clusters().privateCluster()),
        Optional.of(PRIVATE_SUBNETS)));
    groups.add(new Group(BUS_CLUSTER, "ExoCom cluster: 1 \u00d7 " + model.bus().instanceType(),
        Optional.of(PRIVATE_SUBNETS)));
    nodes.add(new Node(BUS, Kind.BUS, List.of("ExoCom", model.bus().image().orElse("exocom " + model.bus().version())
        + ", port " + model.bus().port()), Optional.of(BUS_CLUSTER)));
  }

  private static String capacity(ClusterSpec c) {
    return c.minCapacity() + "-" + c.maxCapacity() + " \u00d7 " + c.instanceType();
  }

  private void services() {
    boolean[] used = new boolean[2];
    List<Edge> layout = new ArrayList<>();
    for (Service s : model.services().values()) {
      boolean isPublic = s.type() == ServiceType.PUBLIC;
      used[isPublic ? 0 : 1] = true;
      if (!isPublic) {
        layout.add(new Edge(BUS, serviceId(s.name()), Flow.LAYOUT, List.of(), List.of()));
      }
      String tasks = s.scaling().map(x -> x.min() + "-" + x.max() + " tasks").orElse(s.replicas()
          + (s.replicas() == 1 ? " task" : " tasks"));
      Kind kind = switch (s.type()) {
        case PUBLIC -> Kind.PUBLIC;
        case PRIVATE -> Kind.PRIVATE;
        case WORKER -> Kind.WORKER;
      };
      nodes.add(new Node(serviceId(s.name()), kind, List.of(s.name(), s.type().yamlName() + ", " + tasks),
          Optional.of(isPublic ? PUBLIC_CLUSTER : PRIVATE_CLUSTER)));
    }
    // one arrow per cluster to the bus (every service on it talks to ExoCom), never one per service; ExoCom sits
    // between the public and the private services
    if (used[0]) {
      edges.add(new Edge(PUBLIC_CLUSTER, BUS, Flow.BUS, List.of(), List.of()));
    }
    if (used[1]) {
      edges.add(new Edge(BUS, PRIVATE_CLUSTER, Flow.BUS, List.of(), List.of()));
    }
    edges.addAll(layout);
  }

  /** One arrow per sender and receiver pair, labelled with its messages. */
  private void messages() {
    SortedMap<String, TreeSet<String>> receivers = new TreeMap<>();
    for (Service s : model.services().values()) {
      s.messages().receives().forEach(m -> receivers.computeIfAbsent(m, k -> new TreeSet<>()).add(s.name()));
    }
    SortedMap<String, SortedMap<String, TreeSet<String>>> pairs = new TreeMap<>();
    for (Service s : model.services().values()) {
      for (String m : s.messages().sends()) {
        for (String to : receivers.getOrDefault(m, new TreeSet<>())) {
          pairs.computeIfAbsent(s.name(), k -> new TreeMap<>()).computeIfAbsent(to, k -> new TreeSet<>()).add(m);
        }
      }
    }
    pairs.forEach((from, tos) -> tos.forEach((to, messages) -> edges.add(new Edge(serviceId(from), serviceId(to),
        Flow.MESSAGES, shown(List.copyOf(messages)), List.copyOf(messages)))));
  }

  private void dependencies() {
    model.dependencies().values().forEach(d -> nodes.add(new Node(dependencyId(d.name()), Kind.DEPENDENCY,
        d.type().equals(d.name()) ? List.of(d.name()) : List.of(d.name(), d.type()), Optional.empty())));
    for (Service s : model.services().values()) {
      s.dependencies().forEach(d -> edges.add(new Edge(serviceId(s.name()), dependencyId(d), Flow.DEPENDENCY,
          List.of(), List.of())));
    }
  }

  /** Up to {@value #SHOWN} names, then how many more. */
  static List<String> shown(List<String> names) {
    if (names.size() <= SHOWN) {
      return names;
    }
    List<String> shown = new ArrayList<>(names.subList(0, SHOWN - 1));
    shown.add("+" + (names.size() - SHOWN + 1) + " more");
    return shown;
  }
}
