package dev.exosphere.cli;

import dev.exosphere.load.LoadedEnvironment;
import dev.exosphere.model.Build;
import dev.exosphere.model.ClusterSpec;
import dev.exosphere.model.ExoModel;
import dev.exosphere.model.Footprint;
import dev.exosphere.model.NatGateways;
import dev.exosphere.model.Network;
import dev.exosphere.model.Operate;
import dev.exosphere.model.Route;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One screen about a valid application: where it goes, what runs, who talks to whom; with {@code environments}, the
 * base, then what each environment changes and the stack it deploys as.
 */
final class ModelSummary {
  private final ExoModel model;
  private final Map<String, LoadedEnvironment> environments;
  private final StringBuilder sb = new StringBuilder();

  ModelSummary(ExoModel model) {
    this(model, Map.of());
  }

  ModelSummary(ExoModel model, Map<String, LoadedEnvironment> environments) {
    this.model = model;
    this.environments = environments;
  }

  String render() {
    sb.append(model.name()).append(' ').append(model.version()).append(": valid")
        .append(environments.isEmpty() ? "" : " in " + environments.size() + (environments.size() == 1 ? " environment" : " environments")
            + " (" + String.join(", ", environments.keySet()) + "); the base:").append('\n');
    line("environment", model.account().isPresent() || model.region().isPresent()
        ? "account " + model.account().orElse("(CDK environment)") + ", region " + model.region().orElse("(CDK environment)")
        : "CDK environment");
    line("domain", model.domain().map(d -> d.name() + d.hostedZoneId().map(z -> " (zone " + z + ")").orElse(" (new hosted zone)")
        + d.certificateArn().map(c -> ", certificate " + c).orElse(", certificate auto")).orElse("none: HTTP on the load balancer's DNS name"));
    line("network", network(model.network()));
    Footprint footprint = Footprint.of(model);
    line("clusters", "public " + (footprint.publicCluster() ? cluster(model.clusters().publicCluster()) + " " : "")
        + footprint.publicClusterReason() + "; private " + (footprint.privateCluster()
        ? cluster(model.clusters().privateCluster()) + " " : "") + footprint.privateClusterReason());
    line("bus", (footprint.bus() ? "exocom " + model.bus().imageReference() + " on " + model.bus().instanceType()
        + ", port " + model.bus().port() + " " : "") + footprint.busReason());
    line("listeners", model.gateway().ports().entrySet().stream().map(e -> e.getKey() + " -> " + e.getValue()).collect(Collectors.joining(", "))
        + (model.gateway().listeners().isEmpty() ? "" : "; " + model.gateway().listeners().entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue().yamlName()).collect(Collectors.joining(", ")) + " with the same rules")
        + (model.gateway().loadBalancers() > 1 ? " on " + model.gateway().loadBalancers() + " load balancers" : ""));
    line("operate", operate(model.operate()));
    for (ServiceType type : ServiceType.values()) {
      services(type);
    }
    stacks();
    flows();
    dependencies();
    environments();
    return sb.toString();
  }

  /** The tree of stacks: each with its mounts, file and own members (whose routes are listed above). */
  private void stacks() {
    if (model.stacks().isEmpty()) {
      return;
    }
    sb.append("\nstacks (each its own nested stack and network segment)\n");
    model.stacks().values().forEach(s -> stack(s, 1));
  }

  private void stack(dev.exosphere.model.ServiceStack s, int depth) {
    String indent = "  ".repeat(depth);
    Path dir = model.baseDir();
    sb.append(indent).append(s.path()).append("  ")
        .append(s.mounts().isEmpty() ? "no routes" : s.mounts().entrySet().stream()
            .map(e -> e.getKey() + " -> " + e.getValue()).collect(Collectors.joining(", ")))
        .append("  from ").append(s.file().startsWith(dir) ? dir.relativize(s.file()) : s.file()).append('\n');
    sb.append(indent).append("  members: ").append(s.services().isEmpty() ? "none" : String.join(", ", s.services()))
        .append('\n');
    s.stacks().values().forEach(c -> stack(c, depth + 1));
  }

  /** {@code dashboard, alarms to ops@example.com} / {@code no dashboard, alarms notifying nobody} / ... */
  static String operate(Operate o) {
    String alarms = !o.alarms() ? "no alarms"
        : o.alarmTopic().map(t -> "alarms to " + t)
            .orElse(o.alarmEmails().isEmpty() ? "alarms notifying nobody" : "alarms to " + String.join(", ", o.alarmEmails()));
    return (o.dashboard() ? "dashboard, " : "no dashboard, ") + alarms;
  }

  private void environments() {
    if (environments.isEmpty()) {
      return;
    }
    sb.append("\nenvironments (cdk deploy -c env=NAME)\n");
    for (LoadedEnvironment e : environments.values()) {
      sb.append("  ").append(e.name()).append("  stack ").append(e.model().deploymentName()).append('\n');
      if (e.differences().isEmpty()) {
        sb.append("    (the base as it is)\n");
      }
      e.differences().forEach(d -> sb.append("    ").append(d).append('\n'));
    }
  }

  private void line(String label, String value) {
    sb.append(String.format("  %-12s %s%n", label, value));
  }

  private static String network(Network n) {
    if (n.vpcId().isPresent()) {
      return "existing VPC " + n.vpcId().get();
    }
    String nat = n.natGateways() == NatGateways.NONE ? "no NAT gateway (VPC endpoints for ECS, ECR, logs, SSM, Secrets Manager)" : n.natGateways() == NatGateways.SINGLE ? "1 NAT gateway" : "a NAT gateway per AZ";
    return n.cidr() + ", " + n.azs() + (n.azs() == 1 ? " AZ, " : " AZs, ") + nat;
  }

  private static String cluster(ClusterSpec c) {
    return String.join("|", c.instanceTypes()) + " x " + c.minCapacity() + "-" + c.maxCapacity()
        + (c.desiredCapacity().isPresent() ? " (desired " + c.desiredCapacity().getAsInt() + ")" : "")
        + c.spot().map(s -> ", Spot (on demand: base " + s.onDemandBase() + ", " + s.onDemandPercentAboveBase()
            + "% above; " + s.allocationStrategy().yamlName() + ")").orElse("");
  }

  private void services(ServiceType type) {
    List<Service> ofType = model.services().values().stream().filter(s -> s.type() == type).toList();
    if (ofType.isEmpty()) {
      return;
    }
    sb.append('\n').append(type == ServiceType.WORKER ? "workers" : type.yamlName() + " services").append('\n');
    for (Service s : ofType) {
      sb.append("  ").append(s.name()).append("  ").append(source(s)).append(", ").append(s.cpu()).append(" cpu, ")
          .append(s.memory()).append(" MiB, ").append(s.replicas()).append(s.replicas() == 1 ? " task" : " tasks")
          .append(s.scaling().map(sc -> ", scaling " + sc.min() + "-" + sc.max()).orElse("")).append('\n');
      for (Route r : s.routes().values()) {
        sb.append("    ").append(r.prefix()).append(" -> ").append(r.port())
            .append(r.rewrites() ? " (as " + r.path() + ")" : "")
            .append(r.hosts().isEmpty() ? "" : "  hosts " + String.join(", ", r.hosts())).append('\n');
      }
      ServiceRuntimeSummary.lines(s).forEach(l -> sb.append("    ").append(l).append('\n'));
      DeploymentLine.of(s).ifPresent(l -> sb.append("    ").append(l).append('\n'));
      TcpLine.of(model, s).ifPresent(l -> sb.append("    ").append(l).append('\n'));
    }
  }

  private String source(Service s) {
    return s.image().map(i -> "image " + i).orElseGet(() -> "build " + s.build().map(this::relative).orElse("?"));
  }

  private String relative(Build b) {
    String rel = model.baseDir().relativize(b.context()).toString();
    return rel.isEmpty() ? "." : "./" + rel;
  }

  private void flows() {
    Map<String, Set<String>> receivers = new TreeMap<>();
    model.services().values().forEach(s -> s.messages().receives().forEach(m -> receivers.computeIfAbsent(m, k -> new TreeSet<>()).add(s.name())));
    List<String> lines = model.services().values().stream()
        .flatMap(s -> s.messages().sends().stream().map(m -> s.name() + " --" + m + "--> "
            + String.join(", ", receivers.getOrDefault(m, Set.of("(nobody)")))))
        .toList();
    if (!lines.isEmpty()) {
      sb.append("\nmessages\n");
      lines.forEach(l -> sb.append("  ").append(l).append('\n'));
    }
  }

  private void dependencies() {
    if (model.dependencies().isEmpty()) {
      return;
    }
    sb.append("\ndependencies\n");
    model.dependencies().values().forEach(d -> {
      String users = model.services().values().stream().filter(s -> s.dependencies().contains(d.name())).map(Service::name)
          .collect(Collectors.joining(", "));
      sb.append("  ").append(d.name()).append(" (").append(d.type()).append(")  ")
          .append(d.environment().keySet().stream().collect(Collectors.joining(", ")))
          .append("; used by ").append(users.isEmpty() ? "nobody" : users).append('\n');
    });
  }
}
