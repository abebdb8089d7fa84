package dev.exosphere.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Numbers no valid model can hold are programming errors, refused with the component named. */
class RecordRangesTest {
  static Stream<Arguments> impossible() {
    return Stream.of(
        refused("Route.port must be 1-65535, got 0", () -> Route.builder("/", 0).build()),
        refused("Route.port must be 1-65535, got 65536", () -> Route.builder("/", 3000).port(65536).build()),
        refused("Gateway.ports key must be 1-65535, got 0", () -> new Gateway(new TreeMap<>(Map.of(0, 3000)))),
        refused("Gateway.ports[80] must be 1-65535, got 70000", () -> new Gateway(new TreeMap<>(Map.of(80, 70000)))),
        refused("Gateway.loadBalancers must be at least 1, got 0", () -> new Gateway(new TreeMap<>(Map.of(80, 3000)), 0)),
        refused("Gateway.listeners key must be 1-65535, got 70000", () -> new Gateway(new TreeMap<>(Map.of(80, 3000)), 1,
            new TreeMap<>(Map.of(70000, dev.exosphere.model.ListenerProtocol.HTTP)))),
        refused("Bus.port must be 1-65535, got -1", () -> new Bus("1", Optional.empty(), -1, "t3.micro", 256, 256)),
        refused("Service.cpu must be at least 1, got 0", () -> service().cpu(0).build()),
        refused("Service.memory must be at least 1, got -512", () -> service().memory(-512).build()),
        refused("Service.replicas must be at least 0, got -1", () -> service().replicas(-1).build()),
        refused("Scaling.min must be at least 0, got -1", () -> Scaling.builder(-1, 3).build()),
        refused("HealthCheck.intervalSeconds must be at least 1, got 0", () -> HealthCheck.builder().intervalSeconds(0).build()),
        refused("Network.azs must be at least 1, got 0", () -> new Network("10.0.0.0/16", 0, NatGateways.SINGLE, Optional.empty())),
        refused("ClusterSpec.maxCapacity must be at least 0, got -3", () -> new ClusterSpec("t3.small", 1, -3, java.util.OptionalInt.empty())));
  }

  private static Arguments refused(String message, Executable construct) {
    return Arguments.of(message, construct);
  }

  private static ServiceBuilder service() {
    return Service.builder("web", ServiceType.WORKER).image("nginx:1.27");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("impossible")
  void impossibleNumberIsRefused(String message, Executable construct) {
    // GIVEN a number outside what the component can ever be WHEN constructing THEN it says which and why
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construct);
    assertEquals(message, e.getMessage());
  }
}
