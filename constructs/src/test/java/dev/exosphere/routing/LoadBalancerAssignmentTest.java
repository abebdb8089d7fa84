package dev.exosphere.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LoadBalancerAssignmentTest {
  private static final RouteTarget HTTP_3000 = new RouteTarget("http", 3000);

  private static RouteRequest route(String service, String prefix, String... hosts) {
    return new RouteRequest(service, prefix, List.of(hosts), prefix, HTTP_3000);
  }

  /** Service {@code s<i>} on its own host {@code s<i>.example.com}. */
  private static List<RouteRequest> hosted(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> route("s" + i, "/", "s" + i + ".example.com")).toList();
  }

  private static Map<String, Integer> assign(List<RouteRequest> requests, int loadBalancers) {
    return LoadBalancerAssignment.of(requests, loadBalancers, List.of("example.com")).services();
  }

  /** Two names with different buckets among {@code n}, the first sorting first. */
  private static List<String> namesInDifferentBuckets(int n) {
    for (int i = 0; ; i++) {
      String a = "a" + i;
      String b = "b" + i;
      if (StableHash.bucket(a, n) != StableHash.bucket(b, n)) {
        return List.of(a, b);
      }
    }
  }

  @Test
  void theHashIsPinned() {
    // GIVEN SHA-256("") = e3b0c442... WHEN hashed THEN its first 32 bits, so placements survive any refactoring
    assertEquals(0xe3b0c442L, StableHash.of(""));
    assertEquals(0xe3b0c442L % 7, StableHash.bucket("", 7));
  }

  @Test
  void aServiceAloneOnItsHostsIsPlacedByItsNameOnly() {
    // GIVEN 150 host-named services WHEN placed on 3 load balancers
    Map<String, Integer> placed = assign(hosted(0, 150), 3);

    // THEN each is where its name hashes to, and every load balancer gets some
    placed.forEach((service, lb) -> assertEquals(StableHash.bucket(service, 3), lb, service));
    assertEquals(Set.of(0, 1, 2), Set.copyOf(placed.values()));
  }

  @Test
  void thePlacementDoesNotDependOnInputOrder() {
    // GIVEN the same routes (hosts shared, host-less, wildcards) in several orders
    List<RouteRequest> routes = new ArrayList<>(hosted(0, 60));
    routes.add(route("home", "/"));
    routes.add(route("s7", "/v2", "shared.example.com"));
    routes.add(route("s9", "/v3", "shared.example.com"));
    routes.add(route("wild", "/", "*.example.org"));
    routes.add(route("tame", "/", "www.example.org"));
    Map<String, Integer> expected = assign(routes, 4);

    for (long seed = 1; seed <= 5; seed++) {
      // WHEN shuffled and placed again
      List<RouteRequest> shuffled = new ArrayList<>(routes);
      Collections.shuffle(shuffled, new Random(seed));

      // THEN the same placement
      assertEquals(expected, assign(shuffled, 4), "seed " + seed);
    }
  }

  @Test
  void addingOrRemovingServicesNeverMovesOthers() {
    // GIVEN 200 host-named services and a host-less one on 3 load balancers
    List<RouteRequest> before = Stream.concat(hosted(0, 200).stream(), Stream.of(route("home", "/"))).toList();
    Map<String, Integer> placed = assign(before, 3);

    // WHEN 50 services are added, or 100 removed
    Map<String, Integer> grown = assign(Stream.concat(before.stream(), hosted(200, 250).stream()).toList(), 3);
    Map<String, Integer> shrunk = assign(before.subList(100, before.size()), 3);

    // THEN no other service moved
    placed.forEach((service, lb) -> assertEquals(lb, grown.get(service), service));
    shrunk.forEach((service, lb) -> assertEquals(placed.get(service), lb, service));
  }

  @Test
  void aServiceWithAHostlessRouteIsOnTheFirstLoadBalancerWithItsHosts() {
    // GIVEN a service hashing to load balancer 1 whose second route has no hosts
    String name = IntStream.range(0, 100).mapToObj(i -> "svc" + i)
        .filter(n -> StableHash.bucket(n, 2) == 1).findFirst().orElseThrow();
    List<RouteRequest> routes = List.of(route(name, "/", "svc.example.com"), route(name, "/api"));

    // WHEN placed on 2
    LoadBalancerAssignment a = LoadBalancerAssignment.of(routes, 2, List.of());

    // THEN it and its host are on load balancer 0
    assertEquals(Map.of(name, 0), a.services());
    assertEquals(Map.of("svc.example.com", 0), a.hosts());
  }

  @Test
  void aSharedHostIsOnOneLoadBalancerChosenByTheSmallestServiceName() {
    // GIVEN two services that would hash apart, sharing one host (in another case)
    List<String> names = namesInDifferentBuckets(5);
    List<RouteRequest> routes = List.of(
        route(names.get(1), "/b", "Shared.example.com", names.get(1) + ".example.com"),
        route(names.get(0), "/a", "shared.example.com"));

    // WHEN placed on 5
    LoadBalancerAssignment a = LoadBalancerAssignment.of(routes, 5, List.of());

    // THEN both, and all their hosts, are where the smaller name hashes to
    int lb = StableHash.bucket(names.get(0), 5);
    assertEquals(Map.of(names.get(0), lb, names.get(1), lb), a.services());
    assertEquals(Set.of(lb), Set.copyOf(a.hosts().values()));
    assertEquals(Set.of("shared.example.com", names.get(1) + ".example.com"), a.hosts().keySet());
  }

  @Test
  void joiningAHostWithALargerNameMovesNobody() {
    // GIVEN a service alone on its host
    List<String> names = namesInDifferentBuckets(4);
    List<RouteRequest> alone = List.of(route(names.get(0), "/", "app.example.com"));
    int lb = assign(alone, 4).get(names.get(0));

    // WHEN a service whose name sorts after it (and hashes elsewhere) joins its host
    Map<String, Integer> joined = assign(List.of(alone.get(0), route(names.get(1), "/v2", "app.example.com")), 4);

    // THEN the first stays put and the newcomer comes to it
    assertEquals(Map.of(names.get(0), lb, names.get(1), lb), joined);
  }

  @Test
  void aWildcardHostJoinsTheHostsItMatches() {
    // GIVEN *.example.org and www.example.org on services that would hash apart
    List<String> names = namesInDifferentBuckets(3);
    List<RouteRequest> routes = List.of(
        route(names.get(0), "/", "*.example.org"), route(names.get(1), "/", "www.example.org"),
        route("other", "/", "www.example.net"));

    // WHEN placed
    Map<String, Integer> placed = assign(routes, 3);

    // THEN together, since the www record can name only one load balancer
    assertEquals(placed.get(names.get(0)), placed.get(names.get(1)));
    assertEquals(StableHash.bucket("other", 3), placed.get("other"));
  }

  @Test
  void theApexIsOnTheFirstLoadBalancer() {
    // GIVEN a service on the apex host (its record names load balancer 0), hashing elsewhere
    String name = IntStream.range(0, 100).mapToObj(i -> "svc" + i)
        .filter(n -> StableHash.bucket(n, 2) == 1).findFirst().orElseThrow();

    // WHEN placed with the apex among the first load balancer's hosts THEN it is on load balancer 0
    assertEquals(Map.of(name, 0), assign(List.of(route(name, "/", "EXAMPLE.com")), 2));
    assertNotEquals(0, assign(List.of(route(name, "/", "www.example.com")), 2).get(name));
  }

  @Test
  void oneLoadBalancerTakesEverything() {
    assertTrue(assign(hosted(0, 50), 1).values().stream().allMatch(lb -> lb == 0));
  }

  @Test
  void requestsOfALoadBalancerAreItsServicesRoutes() {
    // GIVEN routes on 2 load balancers WHEN split THEN each request goes to exactly one, in the given order
    List<RouteRequest> routes = Stream.concat(hosted(0, 20).stream(), Stream.of(route("home", "/"))).toList();
    LoadBalancerAssignment a = LoadBalancerAssignment.of(routes, 2, List.of());
    List<RouteRequest> first = a.requestsOf(0, routes);
    List<RouteRequest> second = a.requestsOf(1, routes);
    assertEquals(routes.size(), first.size() + second.size());
    assertTrue(first.contains(route("home", "/")));
    second.forEach(r -> assertEquals(1, a.services().get(r.service())));
  }
}
