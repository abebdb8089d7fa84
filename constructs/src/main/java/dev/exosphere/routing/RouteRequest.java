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
 */
public record RouteRequest(String service, String prefix, List<String> hosts, String path, RouteTarget target) {

  public RouteRequest {
    hosts = List.copyOf(hosts);
  }

  /** The requests of one service's routes, in prefix order. */
  public static List<RouteRequest> of(Service service) {
    return service.routes().values().stream().map(r -> of(service.name(), r)).toList();
  }

  static RouteRequest of(String service, Route r) {
    return new RouteRequest(service, r.prefix(), r.hosts(), r.path(), new RouteTarget(r.protocol(), r.port()));
  }
}
