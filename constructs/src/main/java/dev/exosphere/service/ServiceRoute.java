package dev.exosphere.service;

import dev.exosphere.routing.RouteRequest;
import dev.exosphere.routing.RouteTarget;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One way into a service: requests whose path starts with {@code prefix} (and whose host is one of {@code hosts},
 * if any) reach {@code containerPort}, with {@code prefix} rewritten to {@code path}. A private service's one route
 * is {@code /}: its port is what Cloud Map registers.
 *
 * @param prefix        the path prefix, e.g. {@code /api}; {@code /} is the catch-all; required
 * @param containerPort the container port, 1-65535; required
 * @param protocol      between the load balancer and the container. @default {@link Protocol#HTTP}
 * @param path          what {@code prefix} becomes on the way to the container. @default {@code prefix} (no rewrite)
 * @param hosts         host names it answers to. @default any host
 * @param healthCheck   how the port is checked. @default {@link ServiceHealthCheck#defaults()}
 */
public record ServiceRoute(String prefix, int containerPort, Protocol protocol, String path, List<String> hosts,
    ServiceHealthCheck healthCheck) {

  /** The protocol between the load balancer and the container. */
  public enum Protocol {
    HTTP,
    HTTPS;

    /** {@code http} or {@code https}. */
    public String lowerCase() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ServiceRoute {
    hosts = List.copyOf(Objects.requireNonNullElse(hosts, List.of()));
  }

  /** A plain HTTP route to {@code containerPort}: no rewrite, the default health check, any host. */
  public static Builder builder(String prefix, int containerPort) {
    return new Builder(prefix, containerPort);
  }

  /** What the gateway plans for this route of service {@code serviceName}. */
  public RouteRequest request(String serviceName) {
    return request(serviceName, false);
  }

  /** As {@link #request(String)}, its target with an alternate target group beside it when {@code alternate}. */
  public RouteRequest request(String serviceName, boolean alternate) {
    return new RouteRequest(serviceName, prefix, hosts, path, target(), alternate);
  }

  /** Its target group: one per protocol and container port of a service. */
  public RouteTarget target() {
    return new RouteTarget(protocol.lowerCase(), containerPort);
  }

  /** Builds {@link ServiceRoute}. */
  public static final class Builder {
    private final String prefix;
    private final int containerPort;
    private Protocol protocol = Protocol.HTTP;
    private String path;
    private List<String> hosts = List.of();
    private ServiceHealthCheck healthCheck = ServiceHealthCheck.defaults();

    private Builder(String prefix, int containerPort) {
      this.prefix = prefix;
      this.containerPort = containerPort;
    }

    public Builder protocol(Protocol v) {
      protocol = v;
      return this;
    }

    public Builder path(String v) {
      path = v;
      return this;
    }

    public Builder hosts(List<String> v) {
      hosts = v;
      return this;
    }

    public Builder hosts(String... v) {
      return hosts(List.of(v));
    }

    public Builder healthCheck(ServiceHealthCheck v) {
      healthCheck = v;
      return this;
    }

    public ServiceRoute build() {
      return new ServiceRoute(prefix, containerPort, protocol, path == null ? prefix : path, hosts, healthCheck);
    }
  }
}
