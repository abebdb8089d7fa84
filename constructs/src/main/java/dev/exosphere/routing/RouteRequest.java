package dev.exosphere.routing;

import dev.exosphere.model.Route;
import dev.exosphere.model.Service;
import java.util.List;

/**
 * One public route asked of the load balancer: requests for {@code prefix} (on one of {@code hosts}, if any) go
 * to {@code target} of {@code service}, with {@code prefix} rewritten to {@code path}.
 *
 * @param service the service's name
 * @param prefix  the path prefix, e.g. {@code /api}; {@code /} is the catch-all
 * @param hosts   host names; empty: any host
 * @param path    what the prefix becomes on the way to the container; equal to {@code prefix}: no rewrite
 * @param target  the target group it forwards to
 * @param alternateTarget whether the target has an alternate target group beside it (blue/green, canary and linear
 *                deployments shift traffic between the two): it counts twice against the load balancer's quota
 */
public record RouteRequest(String service, String prefix, List<String> hosts, String path, RouteTarget target,
    boolean alternateTarget) {

  public RouteRequest {
    hosts = List.copyOf(hosts);
  }

  /** A request whose target has no alternate target group. */
  public RouteRequest(String service, String prefix, List<String> hosts, String path, RouteTarget target) {
    this(service, prefix, hosts, path, target, false);
  }

  /** The requests of one service's routes, in prefix order. */
  public static List<RouteRequest> of(Service service) {
    boolean alternate = service.deployment().filter(d -> d.strategy().shiftsTraffic()).isPresent();
    return service.routes().values().stream().map(r -> of(service.name(), r, alternate)).toList();
  }

  static RouteRequest of(String service, Route r, boolean alternate) {
    return new RouteRequest(service, r.prefix(), r.hosts(), r.path(), new RouteTarget(r.protocol(), r.port()), alternate);
  }
}
