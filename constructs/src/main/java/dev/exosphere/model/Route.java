package dev.exosphere.model;

import java.util.List;
import java.util.Objects;

/**
 * One {@code interface} entry: requests whose path starts with {@code prefix} (and whose host is one of
 * {@code hosts}, if any) go to the service's {@code port}, with {@code prefix} rewritten to {@code path}.
 *
 * @param prefix      the key, e.g. {@code /api}; starts with {@code /}
 * @param port        container port, 1-65535; default the top-level interface's port for the listener
 * @param protocol    {@code http} (default) or {@code https}: the protocol between load balancer and container
 * @param path        what {@code prefix} becomes on the way in; default {@code prefix} (no rewrite)
 * @param healthCheck how the load balancer checks it
 * @param hosts       host names this route answers to; default any host
 */
public record Route(String prefix, int port, String protocol, String path, HealthCheck healthCheck, List<String> hosts) {
  public Route {
    Objects.requireNonNull(prefix, "Route.prefix");
    Objects.requireNonNull(protocol, "Route.protocol");
    Objects.requireNonNull(path, "Route.path");
    Objects.requireNonNull(healthCheck, "Route.healthCheck");
    Guard.port(port, "Route.port");
    hosts = Guard.list(hosts, "Route.hosts");
  }

  /** A plain HTTP route to {@code port}: no rewrite, the default health check, any host. */
  public static RouteBuilder builder(String prefix, int port) {
    return new RouteBuilder(new Route(prefix, port, "http", prefix, HealthCheck.defaults(), List.of()));
  }

  public RouteBuilder toBuilder() {
    return new RouteBuilder(this);
  }

  /** True when the container sees a different path than the client sent. */
  public boolean rewrites() {
    return !prefix.equals(path);
  }
}
