package dev.exosphere.routing;

import dev.exosphere.model.HealthCheck;
import dev.exosphere.model.Route;
import dev.exosphere.model.Service;
import java.util.List;
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
   * One route as target groups see it.
   *
   * @param prefix      its prefix, as messages name it
   * @param where       how errors name it (a YAML path or a prop)
   * @param target      its target group
   * @param healthCheck the health check it asks for (any value type with equals)
   */
  public record Member<H>(String prefix, String where, RouteTarget target, H healthCheck) {}

  /**
   * The target groups of {@code service}'s routes with their health checks.
   *
   * @throws RoutePlanException when two routes share a target but ask for different health checks: a target group
   *     has one, so the other would be dropped
   */
  public static SortedMap<RouteTarget, HealthCheck> of(Service service) {
    List<Member<HealthCheck>> members = service.routes().values().stream()
        .map((Route r) -> new Member<>(r.prefix(), RouteLabels.YAML.route(service.name(), r.prefix()),
            new RouteTarget(r.protocol(), r.port()), r.healthCheck()))
        .toList();
    return of(members);
  }

  /** The target groups of {@code members} (in route order) with their health checks. */
  public static <H> SortedMap<RouteTarget, H> of(List<Member<H>> members) {
    SortedMap<RouteTarget, H> checks = new TreeMap<>();
    Map<RouteTarget, String> firstPrefix = new TreeMap<>();
    for (Member<H> r : members) {
      H before = checks.putIfAbsent(r.target(), r.healthCheck());
      if (before != null && !before.equals(r.healthCheck())) {
        throw new RoutePlanException(r.where() + ".healthCheck", r.where() + ".healthCheck",
            "the health check of route " + firstPrefix.get(r.target()) + " on the same port " + r.target().port()
                + " (one target group, so one health check, per port; left out it is path " + HealthCheck.defaults().path()
                + " with the defaults)",
            "write the same healthCheck on both routes, or serve this route on another container port");
      }
      firstPrefix.putIfAbsent(r.target(), r.prefix());
    }
    return checks;
  }
}
