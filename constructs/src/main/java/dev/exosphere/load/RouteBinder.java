package dev.exosphere.load;

import dev.exosphere.model.HealthCheck;
import dev.exosphere.model.Route;
import dev.exosphere.rules.AlbConditions;
import dev.exosphere.rules.Formats;
import dev.exosphere.rules.HealthChecks;
import dev.exosphere.rules.Limits;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** A service's {@code interface}: path prefix to route, each with its health check. */
final class RouteBinder {
  private static final Pattern PROTOCOL = Pattern.compile("https?");

  /** Keys only the load balancer reads: on a private service they would do nothing. */
  private static final List<String> LOAD_BALANCER_KEYS = List.of("hosts", "path", "protocol");

  private final Values values;
  private final LoadContext ctx;
  private final int defaultPort;
  private final boolean behindLoadBalancer;

  /** {@code behindLoadBalancer}: false for a private service, whose route is only its port and health check. */
  RouteBinder(Values values, int defaultPort, boolean behindLoadBalancer) {
    this.values = values;
    this.ctx = values.ctx();
    this.defaultPort = defaultPort;
    this.behindLoadBalancer = behindLoadBalancer;
  }

  SortedMap<String, Route> bind(YamlNode n, String path) {
    return new TreeMap<>(values.map(n, path, "a mapping of path prefixes to routes, e.g. '/: {port: 3000}'", (e, p) -> {
      if (!ctx.check(e.keyPosition(), p, AlbConditions.prefix(e.key()))) {
        return Optional.empty();
      }
      return Obj.open(values, e.value(), p, YamlShape.ROUTE).map(o -> route(e.key(), o));
    }));
  }

  private Route route(String prefix, Obj o) {
    if (!behindLoadBalancer) {
      LOAD_BALANCER_KEYS.stream().filter(o::has).forEach(k -> ctx.error(o.keyPosition(k), o.path(k),
          "'" + k + "' does nothing on a private service: only the load balancer reads it, and private services are"
              + " reached through Cloud Map on their port",
          "remove '" + k + "', or make the service public"));
    }
    int port = o.integer("port", defaultPort, 1, 65535, "a port");
    String protocol = o.read("protocol", (n, p) -> values.matching(n, p, PROTOCOL, "http or https", "use http unless the container serves TLS itself"))
        .orElse("http");
    String rewrite = o.read("path", (n, p) -> values.matching(n, p, Formats.ROUTE_PATH, "a path starting with '/'", "e.g. path: /"))
        .orElse(prefix);
    HealthCheck health = o.get("healthCheck").flatMap(n -> healthCheck(n, o.path("healthCheck"))).orElse(HealthCheck.defaults());
    List<String> hosts = o.get("hosts").map(n -> values.list(n, o.path("hosts"), (h, p) -> values.checked(h, p, AlbConditions::host))).orElse(List.of());
    return new Route(prefix, port, protocol, rewrite, health, List.copyOf(hosts));
  }

  private Optional<HealthCheck> healthCheck(YamlNode n, String path) {
    HealthCheck d = HealthCheck.defaults();
    if (n instanceof YamlNode.ScalarNode) {
      return values.checked(n, path, HealthChecks::path)
          .map(p -> new HealthCheck(p, d.intervalSeconds(), d.timeoutSeconds(), d.healthyThreshold(), d.unhealthyThreshold(), d.codes()));
    }
    return Obj.open(values, n, path, YamlShape.HEALTH_CHECK).map(o -> {
      String checkPath = o.read("path", (v, p) -> values.checked(v, p, HealthChecks::path))
          .orElse(d.path());
      int interval = o.integer("interval", d.intervalSeconds(), Limits.HEALTH_CHECK_INTERVAL_SECONDS.min(), Limits.HEALTH_CHECK_INTERVAL_SECONDS.max(), "a number of seconds");
      int timeout = o.integer("timeout", d.timeoutSeconds(), Limits.HEALTH_CHECK_TIMEOUT_SECONDS.min(), Limits.HEALTH_CHECK_TIMEOUT_SECONDS.max(), "a number of seconds");
      String timed = o.has("timeout") ? "timeout" : "interval";
      ctx.check(o.has(timed) ? o.position(timed) : o.node().position(), o.has(timed) ? o.path(timed) : o.path(),
          HealthChecks.timing(interval, timeout, o.has("interval"), o.has("timeout")));
      int healthy = o.integer("healthyThreshold", d.healthyThreshold(), Limits.HEALTH_CHECK_THRESHOLD.min(), Limits.HEALTH_CHECK_THRESHOLD.max(), "a count of checks");
      int unhealthy = o.integer("unhealthyThreshold", d.unhealthyThreshold(), Limits.HEALTH_CHECK_THRESHOLD.min(), Limits.HEALTH_CHECK_THRESHOLD.max(), "a count of checks");
      String codes = o.read("codes", (v, p) -> values.checked(v, p, HealthChecks::codes)).orElse(d.codes());
      return new HealthCheck(checkPath, interval, timeout, healthy, unhealthy, codes);
    });
  }
}
