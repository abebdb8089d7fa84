package dev.exosphere.load;

import dev.exosphere.model.Deployment;
import dev.exosphere.model.ServiceType;
import dev.exosphere.model.TcpPort;
import dev.exosphere.rules.Limits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A service's {@code tcp}: plain TCP ports through its own Network Load Balancer. */
final class TcpBinder {
  private final Values values;
  private final LoadContext ctx;

  TcpBinder(Values values) {
    this.values = values;
    this.ctx = values.ctx();
  }

  /** @param stackMember whether the service belongs to a child stack (its own network segment) */
  List<TcpPort> tcp(Obj service, Optional<ServiceType> type, Optional<Deployment> deployment, boolean stackMember) {
    Optional<YamlNode> node = service.get("tcp");
    if (node.isEmpty()) {
      return List.of();
    }
    String path = service.path("tcp");
    if (stackMember) {
      // a stack's members run in awsvpc mode behind their segment's group; the NLB wiring is for bridge mode
      ctx.error(service.keyPosition("tcp"), path, "expected no tcp on a member of a stack (its tasks run in awsvpc "
          + "mode inside the stack's network segment, which admits only the load balancer's HTTP(S) routes)",
          "serve the TCP ports from a service of the parent application");
      return List.of();
    }
    if (type.isPresent() && type.get() != ServiceType.PUBLIC) {
      ctx.error(service.keyPosition("tcp"), path, "expected a public service for tcp (an internet-facing Network Load "
          + "Balancer), got a " + type.get().yamlName() + " service", "make the service public, or drop tcp: other services"
          + " reach a private one on any port through Cloud Map");
      return List.of();
    }
    deployment.filter(d -> d.strategy().shiftsTraffic()).ifPresent(d -> ctx.error(service.keyPosition("tcp"), path,
        "tcp does not go with strategy " + d.strategy().yamlName() + " (ECS shifts the traffic of one load balancer kind)",
        "use strategy: rolling, or serve the TCP ports from a service of their own"));
    List<TcpPort> out = new ArrayList<>();
    Set<Integer> listeners = new HashSet<>();
    List<TcpPort> read = values.list(node.get(), path, (n, p) -> Obj.open(values, n, p, YamlShape.TCP_PORT).flatMap(o -> {
      Optional<Integer> port = o.read("port", (v, q) -> values.integer(v, q, Limits.PORT.min(), Limits.PORT.max(), "a port"));
      int container = o.integer("containerPort", port.orElse(1), Limits.PORT.min(), Limits.PORT.max(), "a container port");
      if (port.isPresent() && !listeners.add(port.get())) {
        ctx.error(o.position("port"), o.path("port"), "listener port " + port.get() + " is listed twice", "list each port once");
        return Optional.empty();
      }
      return port.map(x -> new TcpPort(x, container));
    }));
    out.addAll(read);
    if (node.get() instanceof YamlNode.SeqNode seq && seq.items().size() > Limits.NLB_LISTENERS) {
      ctx.error(node.get().position(), path, "expected at most " + Limits.NLB_LISTENERS + " TCP ports (listeners per Network "
          + "Load Balancer), got " + seq.items().size(), "serve fewer ports, or split the service");
    }
    return out;
  }

  /**
   * A service's TCP record {@code <service>-tcp.<domain>} must not be a host some route also names: both would be
   * alias records of the one name, which CloudFormation refuses.
   */
  static void checkRecords(LoadContext ctx, Obj root, String domain, java.util.Map<String, dev.exosphere.model.Service> services) {
    for (dev.exosphere.model.Service s : services.values()) {
      if (s.tcp().isEmpty()) {
        continue;
      }
      String record = s.name() + "-tcp." + domain;
      services.values().stream().filter(o -> o.routes().values().stream().flatMap(r -> r.hosts().stream())
          .anyMatch(h -> h.equalsIgnoreCase(record))).findFirst().ifPresent(o -> {
            SourcePosition at = root.get("services").filter(YamlNode.MapNode.class::isInstance)
                .map(n -> ((YamlNode.MapNode) n).entries().get(s.name())).map(e -> e.value())
                .filter(YamlNode.MapNode.class::isInstance).map(n -> ((YamlNode.MapNode) n).entries().get("tcp"))
                .map(YamlNode.Entry::keyPosition).orElse(root.node().position());
            ctx.error(at, Paths.child(root.path("services"), s.name()) + ".tcp", "the TCP record " + record
                + " is also a host of service " + o.name() + "'s routes", "rename that host: " + record
                + " names " + s.name() + "'s Network Load Balancer");
          });
    }
  }
}
