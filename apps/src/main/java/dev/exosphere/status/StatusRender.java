package dev.exosphere.status;

import dev.exosphere.status.AppStatus.ClusterStatus;
import dev.exosphere.status.AppStatus.ServiceStatus;
import dev.exosphere.status.AppStatus.TargetGroupHealth;
import java.util.stream.Collectors;

/** {@code exo status}'s text: the application's health first, then services, clusters and problems. */
public final class StatusRender {
  private StatusRender() {}

  public static String render(AppStatus s) {
    StringBuilder b = new StringBuilder();
    b.append(s.app()).append(": ").append(s.healthy() ? "healthy" : "UNHEALTHY").append(" (stack ")
        .append(s.stack()).append(' ').append(s.stackStatus()).append(", ").append(s.where()).append(")\n");
    s.url().ifPresent(u -> b.append("  url            ").append(u).append('\n'));
    s.loadBalancers().forEach(lb -> b.append("  load balancer  ").append(lb.dnsName()).append(" (")
        .append(lb.state()).append(")\n"));
    s.targetGroups().forEach(tg -> targetGroup(b, "  target group   ", tg));
    b.append("services\n");
    int width = s.services().stream().mapToInt(x -> x.name().length()).max().orElse(0);
    for (ServiceStatus svc : s.services()) {
      b.append("  ").append(pad(svc.name(), width)).append("  ").append(svc.running()).append('/')
          .append(svc.desired()).append(" running, ").append(svc.pending()).append(" pending  on ")
          .append(svc.cluster()).append('\n');
      svc.deployments().forEach(d -> b.append("      deployment ").append(d).append('\n'));
      svc.targetGroups().forEach(tg -> targetGroup(b, "      target group ", tg));
      svc.events().forEach(e -> b.append("      ").append(e).append('\n'));
    }
    b.append("clusters\n");
    for (ClusterStatus c : s.clusters()) {
      b.append("  ").append(c.label()).append(" (").append(c.name()).append("): ").append(c.active())
          .append(c.active() == 1 ? " active instance" : " active instances").append('\n');
      c.instances().forEach(i -> b.append("      ").append(i).append('\n'));
    }
    if (!s.problems().isEmpty()) {
      b.append("problems\n");
      s.problems().forEach(p -> b.append("  ").append(p).append('\n'));
    }
    return b.toString();
  }

  private static void targetGroup(StringBuilder b, String lead, TargetGroupHealth tg) {
    b.append(lead).append(tg.name()).append(": ").append(tg.states().isEmpty() ? "no targets"
        : tg.states().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
            .collect(Collectors.joining(", "))).append('\n');
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(width - s.length());
  }
}
