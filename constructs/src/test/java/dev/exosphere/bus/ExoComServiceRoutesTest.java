package dev.exosphere.bus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExoComServiceRoutesTest {
  @Test
  void routesAreSortedByRoleWithKeysInExoDeploysOrderAndNamespaceOnlyWhenGiven() {
    // GIVEN routes out of order, one with a namespace and one without messages
    List<ExoComRoute> routes = List.of(
        new ExoComRoute("web", List.of("users.listed"), List.of("users.list"), Optional.empty()),
        new ExoComRoute("users", List.of("users.list"), List.of("users.listed"), Optional.of("mongo")),
        new ExoComRoute("idle", List.of(), List.of(), Optional.empty()));
    // WHEN serialized THEN the JSON is exactly this
    assertEquals("[{\"role\":\"idle\",\"receives\":[],\"sends\":[]},"
        + "{\"role\":\"users\",\"receives\":[\"users.list\"],\"sends\":[\"users.listed\"],\"namespace\":\"mongo\"},"
        + "{\"role\":\"web\",\"receives\":[\"users.listed\"],\"sends\":[\"users.list\"]}]", ServiceRoutes.toJson(routes));
  }

  @Test
  void noRoutesIsAnEmptyArray() {
    assertEquals("[]", ServiceRoutes.toJson(List.of()));
  }
}
