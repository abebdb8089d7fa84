package dev.exosphere.routing;

import java.util.Locale;

/**
 * Where a service's rule forwards to: one target group per distinct protocol and container port of a service.
 *
 * @param protocol {@code http} or {@code https}, between the load balancer and the container
 * @param port     the container port
 */
public record RouteTarget(String protocol, int port) implements Comparable<RouteTarget> {

  /** A stable construct id suffix, e.g. {@code Http3000}. */
  public String id() {
    String p = protocol.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(p.charAt(0)) + p.substring(1) + port;
  }

  @Override
  public int compareTo(RouteTarget o) {
    int c = protocol.compareTo(o.protocol);
    return c != 0 ? c : Integer.compare(port, o.port);
  }
}
