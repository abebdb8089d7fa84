package dev.exosphere.model;

import java.util.List;

/** Builds a {@link Route}, from {@link Route#builder} or {@link Route#toBuilder}. */
public final class RouteBuilder {
  private final String prefix;
  private int port;
  private String protocol;
  private String path;
  private HealthCheck healthCheck;
  private List<String> hosts;

  RouteBuilder(Route r) {
    prefix = r.prefix();
    port = r.port();
    protocol = r.protocol();
    path = r.path();
    healthCheck = r.healthCheck();
    hosts = r.hosts();
  }

  public RouteBuilder port(int containerPort) {
    this.port = containerPort;
    return this;
  }

  /** {@code http} or {@code https}, between load balancer and container. */
  public RouteBuilder protocol(String scheme) {
    this.protocol = scheme;
    return this;
  }

  /** What the prefix is rewritten to. */
  public RouteBuilder path(String rewrite) {
    this.path = rewrite;
    return this;
  }

  public RouteBuilder healthCheck(HealthCheck check) {
    this.healthCheck = check;
    return this;
  }

  public RouteBuilder hosts(List<String> names) {
    this.hosts = names;
    return this;
  }

  public Route build() {
    return new Route(prefix, port, protocol, path, healthCheck, hosts);
  }
}
