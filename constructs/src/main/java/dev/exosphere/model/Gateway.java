package dev.exosphere.model;

import dev.exosphere.rules.Defaults;
import dev.exosphere.rules.Limits;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Top-level {@code interface: {ports: {80: 3000, 443: 3000}, loadBalancers: 1}}. {@code ports}, as in Ailtire's
 * services.js: the load balancer's listener ports, each with the container port used by routes that name none.
 *
 * @param ports         listener port to default container port; default {@code {80: 3000}} (plus 443 with a domain)
 * @param loadBalancers how many application load balancers share the public services (1-20); default 1. An explicit
 *                      number, never derived from the services, so adding a service never moves others to another
 *                      load balancer; raise it when one would pass 100 rules or 100 target groups
 * @param listeners     extra listener ports (not 80/443) with their protocol, each routing as the main listener
 *                      does (the same rules); default none
 */
public record Gateway(SortedMap<Integer, Integer> ports, int loadBalancers,
    SortedMap<Integer, ListenerProtocol> listeners) {
  public static final int DEFAULT_LOAD_BALANCERS = Defaults.LOAD_BALANCERS;
  public static final int MAX_LOAD_BALANCERS = Limits.LOAD_BALANCERS.max();

  public Gateway {
    ports = Guard.sortedMap(ports, "Gateway.ports");
    ports.forEach((listener, container) -> {
      Guard.port(listener, "Gateway.ports key");
      Guard.port(container, "Gateway.ports[" + listener + "]");
    });
    Guard.positive(loadBalancers, "Gateway.loadBalancers");
    listeners = Guard.sortedMap(listeners, "Gateway.listeners");
    listeners.keySet().forEach(port -> Guard.port(port, "Gateway.listeners key"));
  }

  /** No extra listeners. */
  public Gateway(SortedMap<Integer, Integer> ports, int loadBalancers) {
    this(ports, loadBalancers, new TreeMap<>());
  }

  /** {@code {80: 3000}} on one load balancer: no domain, nothing said. */
  public static Gateway defaults() {
    return new Gateway(new TreeMap<>(Defaults.LISTENER_PORTS));
  }

  /** Listener ports on one load balancer. */
  public Gateway(SortedMap<Integer, Integer> ports) {
    this(ports, DEFAULT_LOAD_BALANCERS);
  }
}
