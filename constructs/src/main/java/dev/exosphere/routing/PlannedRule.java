package dev.exosphere.routing;

import java.util.List;
import java.util.Optional;

/**
 * One listener rule to create.
 *
 * @param id       a construct id, unique within its service, stable (from the prefix and host chunk)
 * @param service  the service it forwards to
 * @param prefix   the route prefix it came from
 * @param target   the target group of {@code service} it forwards to
 * @param priority 1..50000, unique on the listener; lower is evaluated first
 * @param hosts    host-header condition values; empty: no host condition
 * @param paths    path-pattern condition values; empty: no path condition (a host-only catch-all)
 * @param rewrite  the URL rewrite transform when the route's path differs from its prefix
 */
public record PlannedRule(
    String id,
    String service,
    String prefix,
    RouteTarget target,
    int priority,
    List<String> hosts,
    List<String> paths,
    Optional<UrlRewrite> rewrite) {

  public PlannedRule {
    hosts = List.copyOf(hosts);
    paths = List.copyOf(paths);
  }
}
