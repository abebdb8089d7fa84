package dev.exosphere.load;

import dev.exosphere.model.Domain;
import dev.exosphere.model.ExoModel;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import dev.exosphere.routing.LoadBalancerAssignment;
import dev.exosphere.routing.RoutePlanException;
import dev.exosphere.routing.RouteLabels;
import dev.exosphere.routing.RoutePlanner;
import dev.exosphere.routing.RouteRequest;
import dev.exosphere.routing.TargetGroups;
import java.util.List;

/**
 * The load balancer planning {@code ExoGateway} and {@code ExoService} run at synth, run here first on the same
 * code: target groups and their health checks, load balancer assignment, then the rules and priorities of each load
 * balancer with its limits. What the planner refuses is reported at the YAML position of the route at fault.
 */
final class RoutePlanChecks {
  private final LoadContext ctx;
  private final SourceMap sources;

  RoutePlanChecks(LoadContext ctx, SourceMap sources) {
    this.ctx = ctx;
    this.sources = sources;
  }

  /** {@code withRules}: false when route conflicts are already reported (the planner would report them again). */
  void check(ExoModel model, boolean withRules) {
    for (Service s : model.services().values()) {
      try {
        TargetGroups.of(s);
      } catch (RoutePlanException e) {
        report(e);
      }
    }
    List<RouteRequest> requests = model.services().values().stream()
        .filter(s -> s.type() == ServiceType.PUBLIC)
        .flatMap(s -> RouteRequest.of(s).stream())
        .toList();
    if (!withRules || requests.isEmpty()) {
      return;
    }
    int count = model.gateway().loadBalancers();
    LoadBalancerAssignment assignment = LoadBalancerAssignment.of(requests, count,
        model.domain().map(Domain::name).stream().toList());
    for (int i = 0; i < count; i++) {
      try {
        RoutePlanner.plan(assignment.requestsOf(i, requests), RouteLabels.YAML,
            1 + model.gateway().listeners().size());
      } catch (RoutePlanException e) {
        if (e.limit()) {
          boolean extra = !model.gateway().listeners().isEmpty();
          String path = extra ? "interface.listeners"
              : sources.all().containsKey("interface.loadBalancers") ? "interface.loadBalancers" : "services";
          ctx.error(sources.at(path), path, "load balancer " + (i + 1) + " of " + count + " would need " + e.value()
                  + ": expected " + e.expected(),
              (extra ? "use fewer interface.listeners (each repeats every rule), or " : "") + "raise interface.loadBalancers (now " + count + ") to spread the services whose routes all name hosts;"
                  + " routes without hosts all stay on the first load balancer, so give routes hosts to spread them");
        } else {
          report(e);
        }
      }
    }
  }

  private void report(RoutePlanException e) {
    // the planner's value starts with the route's path, which the problem already names
    String got = e.value().startsWith(e.where()) ? e.value().substring(e.where().length()) : e.value();
    got = got.startsWith(": ") ? got.substring(2) : got.startsWith(" (") && got.endsWith(")") ? got.substring(2, got.length() - 1) : got;
    ctx.error(sources.at(e.where()), e.where(), "expected " + e.expected() + (got.isBlank() ? "" : ", got " + got), e.fix());
  }
}
