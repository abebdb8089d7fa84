package dev.exosphere.routing;

import dev.exosphere.model.HealthCheck;
import dev.exosphere.model.Route;
import dev.exosphere.model.Service;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A service's target groups: one per distinct protocol and container port of its routes, each with one health
 * check. Pure Java, no CDK: {@code ExoService} creates these, {@code exo validate} checks them.
 */
public final class TargetGroups {
  private TargetGroups() {}

  /**
   * The target groups of {@code service}'s routes with their health checks.
   *
   * @throws RoutePlanException when two routes share a target but ask for different health checks: a target group
   *     has one, so the other would be dropped
   */
  public static SortedMap<RouteTarget, HealthCheck> of(Service service) {
    SortedMap<RouteTarget, HealthCheck> checks = new TreeMap<>();
    Map<RouteTarget, String> firstPrefix = new TreeMap<>();
    for (Route r : service.routes().values()) {
      RouteTarget target = new RouteTarget(r.protocol(), r.port());
      HealthCheck before = checks.putIfAbsent(target, r.healthCheck());
      if (before != null && !before.equals(r.healthCheck())) {
        String where = "services." + service.name() + ".interface." + r.prefix();
        throw new RoutePlanException(where + ".healthCheck", where + ".healthCheck",
            "the health check of route " + firstPrefix.get(target) + " on the same port " + r.port()
                + " (one target group, so one health check, per port; left out it is path " + HealthCheck.defaults().path()
                + " with the defaults)",
            "write the same healthCheck on both routes, or serve this route on another container port");
      }
      firstPrefix.putIfAbsent(target, r.prefix());
    }
    return checks;
  }
}
