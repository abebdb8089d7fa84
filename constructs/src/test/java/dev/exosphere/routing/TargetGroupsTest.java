package dev.exosphere.routing;

import static dev.exosphere.EdgeFixtures.route;
import static dev.exosphere.EdgeFixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exosphere.model.HealthCheck;
import dev.exosphere.model.Route;
import dev.exosphere.model.ServiceType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetGroupsTest {
  private static Route withCheck(String prefix, int port, String path) {
    return new Route(prefix, port, "http", prefix, new HealthCheck(path, 30, 5, 2, 3, "200-399"), List.of());
  }

  @Test
  void routesOnOnePortShareOneTargetGroup() {
    // GIVEN two routes on port 3000 with the same check, one on 3001
    var groups = TargetGroups.of(service("web", ServiceType.PUBLIC, route("/", 3000), route("/api", 3000),
        route("/admin", 3001)));
    // THEN two target groups, each with its route's check
    assertEquals(List.of(new RouteTarget("http", 3000), new RouteTarget("http", 3001)), List.copyOf(groups.keySet()));
    assertEquals("/health", groups.get(new RouteTarget("http", 3000)).path());
  }

  @Test
  void twoHealthChecksOnOnePortAreRefusedNotDropped() {
    // GIVEN two routes on one port asking for different health checks
    var web = service("web", ServiceType.PUBLIC, withCheck("/", 3000, "/health"), withCheck("/api", 3000, "/api/health"));
    // WHEN planned THEN refused, naming the second route's healthCheck
    RoutePlanException e = assertThrows(RoutePlanException.class, () -> TargetGroups.of(web));
    assertEquals("services.web.interface./api.healthCheck", e.where());
  }
}
