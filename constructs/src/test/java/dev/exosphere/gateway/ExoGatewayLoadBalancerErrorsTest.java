package dev.exosphere.gateway;

import dev.exosphere.EdgeFixtures;
import static dev.exosphere.EdgeFixtures.route;
import static dev.exosphere.EdgeFixtures.service;
import static dev.exosphere.gateway.ExoGatewayErrorsTest.error;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import dev.exosphere.routing.StableHash;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ExoGatewayLoadBalancerErrorsTest {

  @Test
  void aLoadBalancerCountOutsideOneToTwentyIsRejected() {
    assertEquals("Test/Gateway: loadBalancers = 0 is invalid: expected 1-20."
        + " Fix: set loadBalancers within it", error(b -> b.loadBalancers(0)));
    assertEquals("Test/Gateway: loadBalancers = 21 is invalid: expected 1-20."
        + " Fix: set loadBalancers within it", error(b -> b.loadBalancers(21)));
  }

  @Test
  void oneLoadBalancerOverItsTargetGroupsSaysToRaiseLoadBalancers() {
    // GIVEN 150 host-named services on the default single load balancer
    String message = error(b -> b.routes(EdgeFixtures.routesOf(ExoGatewayLoadBalancersTest.hostedServices(150))));

    // THEN the error names the load balancer, the numbers and the fix
    assertEquals("Test/Gateway: routes = load balancer 1 of 1 (Test/Gateway): 150 target groups (one per public"
        + " service and container port) is invalid: expected at most 100 target groups per load balancer (the ALB"
        + " quota). Fix: raise loadBalancers (now 1) to spread the services whose routes all name hosts"
        + " over more load balancers; routes without hosts all stay on the first load balancer (0 of them here), so"
        + " give routes hosts to spread them", message);
  }

  @Test
  void theSecondLoadBalancerOverItsRulesIsNamed() {
    // GIVEN one service with 101 host-named routes, placed on the second of 2 load balancers
    String name = IntStream.range(0, 100).mapToObj(i -> "svc" + i)
        .filter(n -> StableHash.bucket(n, 2) == 1).findFirst().orElseThrow();
    Service big = service(name, ServiceType.PUBLIC, IntStream.range(0, 101)
        .mapToObj(i -> route("/p" + i, 3000, "big.example.com")).toArray(dev.exosphere.model.Route[]::new));

    // WHEN built THEN the error names the second load balancer's path
    String message = error(b -> b.loadBalancers(2).routes(EdgeFixtures.routesOf(List.of(big))));
    assertEquals("Test/Gateway: routes = load balancer 2 of 2 (Test/Gateway/LoadBalancer2): 101 listener rules is"
        + " invalid: expected at most 100 rules per load balancer listener (the ALB quota; a route needs one rule per"
        + " 3 host names). Fix: raise loadBalancers (now 2) to spread the services whose routes all name"
        + " hosts over more load balancers; routes without hosts all stay on the first load balancer, so give routes"
        + " hosts to spread them", message);
  }

  @Test
  void hostlessRoutesOverTheFirstLoadBalancersLimitsSayHowManyStayThere() {
    // GIVEN 101 path-only services: more load balancers cannot take any of them
    List<Service> pathOnly = IntStream.range(0, 101)
        .mapToObj(i -> service("p" + i, ServiceType.PUBLIC, route("/p" + i, 3000))).toList();

    // WHEN built on 3 THEN the first load balancer is named, with the count of host-less routes
    String message = error(b -> b.loadBalancers(3).routes(EdgeFixtures.routesOf(Stream.concat(pathOnly.stream(),
        ExoGatewayLoadBalancersTest.hostedServices(10).stream()).toList())));
    assertEquals(true, message.startsWith("Test/Gateway: routes = load balancer 1 of 3 (Test/Gateway): "), message);
    assertEquals(true, message.endsWith("routes without hosts all stay on the first load balancer (101 of them here),"
        + " so give routes hosts to spread them"), message);
  }
}
