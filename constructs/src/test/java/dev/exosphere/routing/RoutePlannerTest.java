package dev.exosphere.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RoutePlannerTest {
  private static final RouteTarget HTTP_3000 = new RouteTarget("http", 3000);

  private static RouteRequest route(String service, String prefix, String... hosts) {
    return new RouteRequest(service, prefix, List.of(hosts), prefix, HTTP_3000);
  }

  private static Map<String, Integer> prioritiesById(List<PlannedRule> rules) {
    return rules.stream().collect(Collectors.toMap(r -> r.service() + r.id(), PlannedRule::priority));
  }

  private static PlannedRule only(List<PlannedRule> rules, String service) {
    return rules.stream().filter(r -> r.service().equals(service)).findFirst().orElseThrow();
  }

  @Test
  void prioritiesDoNotDependOnInputOrder() {
    // GIVEN the same routes in two orders
    List<RouteRequest> routes = new ArrayList<>(List.of(
        route("web", "/"), route("api", "/api"), route("admin", "/admin", "admin.example.com"),
        route("users", "/api/users"), route("docs", "/docs")));
    List<RouteRequest> reversed = new ArrayList<>(routes);
    Collections.reverse(reversed);

    // WHEN both are planned
    // THEN every rule gets the same priority
    assertEquals(prioritiesById(RoutePlanner.plan(routes)), prioritiesById(RoutePlanner.plan(reversed)));
  }

  @Test
  void addingAServiceKeepsTheOtherPriorities() {
    // GIVEN an application's routes
    List<RouteRequest> routes = List.of(route("web", "/"), route("api", "/api"), route("users", "/api/users"));
    Map<String, Integer> before = prioritiesById(RoutePlanner.plan(routes));

    // WHEN a service is added
    List<RouteRequest> more = new ArrayList<>(routes);
    more.add(route("billing", "/billing"));
    Map<String, Integer> after = prioritiesById(RoutePlanner.plan(more));

    // THEN the existing rules keep their priorities
    before.forEach((id, priority) -> assertEquals(priority, after.get(id), id));
  }

  @Test
  void deeperPrefixesComeBeforeShallowerOnes() {
    // GIVEN nested prefixes
    List<PlannedRule> rules = RoutePlanner.plan(
        List.of(route("web", "/"), route("api", "/api"), route("users", "/api/users")));

    // THEN /api/users is evaluated before /api, and /api before the catch-all
    assertTrue(only(rules, "users").priority() < only(rules, "api").priority());
    assertTrue(only(rules, "api").priority() < only(rules, "web").priority());
  }

  @Test
  void hostQualifiedRulesComeBeforeHostlessOnes() {
    // GIVEN a host-qualified catch-all and a host-less deeper prefix
    List<PlannedRule> rules = RoutePlanner.plan(
        List.of(route("admin", "/", "admin.example.com"), route("api", "/api/v1/things")));

    // THEN the host-qualified rule comes first
    assertTrue(only(rules, "admin").priority() < only(rules, "api").priority());
  }

  @Test
  void prioritiesAreUniqueAndInRange() {
    // GIVEN 100 services, enough for slot collisions inside a band
    List<RouteRequest> routes = IntStream.range(0, 100).mapToObj(i -> route("s" + i, "/s" + i)).toList();

    // WHEN planned
    List<PlannedRule> rules = RoutePlanner.plan(routes);

    // THEN every priority is distinct and within 1..50000
    assertEquals(100, rules.stream().mapToInt(PlannedRule::priority).distinct().count());
    assertTrue(rules.stream().allMatch(r -> r.priority() >= 1 && r.priority() <= 50_000));
  }

  @Test
  void aPrefixMatchesItselfAndWhatIsBelowIt() {
    // WHEN /api/ is planned
    PlannedRule rule = RoutePlanner.plan(List.of(route("api", "/api/"))).get(0);

    // THEN it matches /api and /api/*
    assertEquals(List.of("/api", "/api/*"), rule.paths());
  }

  @Test
  void theRootIsTheCatchAll() {
    // WHEN / is planned without and with hosts
    PlannedRule anyHost = RoutePlanner.plan(List.of(route("web", "/"))).get(0);
    PlannedRule withHost = RoutePlanner.plan(List.of(route("web", "/", "www.example.com"))).get(0);

    // THEN it is /* on any host, and a host-only rule with hosts
    assertEquals(List.of("/*"), anyHost.paths());
    assertEquals(List.of(), withHost.paths());
    assertEquals(List.of("www.example.com"), withHost.hosts());
  }

  @Test
  void manyHostsAreSplitIntoRulesOfAtMostFiveValues() {
    // GIVEN a route with 7 hosts under /api (2 path values)
    RouteRequest r = route("api", "/api", "a.example.com", "b.example.com", "c.example.com", "d.example.com",
        "e.example.com", "f.example.com", "g.example.com");

    // WHEN planned
    List<PlannedRule> rules = RoutePlanner.plan(List.of(r));

    // THEN 3 rules cover all hosts, each within 3 values per condition and 5 per rule, with distinct ids
    assertEquals(3, rules.size());
    assertEquals(7, rules.stream().mapToInt(p -> p.hosts().size()).sum());
    assertTrue(rules.stream().allMatch(p -> p.hosts().size() <= 3 && p.hosts().size() + p.paths().size() <= 5));
    assertEquals(3, rules.stream().map(PlannedRule::id).distinct().count());
  }

  @Test
  void wildcardHostsKeepWithinFiveWildcardsPerRule() {
    // GIVEN wildcard hosts under /api (whose /api/* has one wildcard)
    RouteRequest r = route("api", "/api", "*.a.example.com", "*.b.example.com", "*.c.example.com");

    // WHEN planned
    List<PlannedRule> rules = RoutePlanner.plan(List.of(r));

    // THEN no rule has more than 5 wildcards
    for (PlannedRule p : rules) {
      long wildcards = (String.join("", p.hosts()) + String.join("", p.paths())).chars().filter(c -> c == '*').count();
      assertTrue(wildcards <= 5, p.toString());
    }
  }

  @Test
  void aRewriteBecomesAUrlRewriteTransform() {
    // GIVEN /api rewritten to /
    RouteRequest r = new RouteRequest("api", "/api", List.of(), "/", HTTP_3000);

    // WHEN planned
    UrlRewrite rewrite = RoutePlanner.plan(List.of(r)).get(0).rewrite().orElseThrow();

    // THEN the regex strips the prefix, keeping one leading slash and the query
    assertEquals("^/api/?([^?]*)([?].*)?$", rewrite.regex());
    assertEquals("/$1$2", rewrite.replace());
    assertEquals("/users?x=1", "/api/users?x=1".replaceAll(rewrite.regex(), rewrite.replace()));
    assertEquals("/", "/api".replaceAll(rewrite.regex(), rewrite.replace()));
  }

  @Test
  void aRewriteToAnotherPrefixKeepsTheRest() {
    // GIVEN /v1.0 rewritten to /legacy
    RouteRequest r = new RouteRequest("api", "/v1.0", List.of(), "/legacy", HTTP_3000);

    // WHEN planned
    UrlRewrite rewrite = RoutePlanner.plan(List.of(r)).get(0).rewrite().orElseThrow();

    // THEN the dot is escaped and the remainder follows the new prefix
    assertEquals("^/v1\\.0(/[^?]*)?([?].*)?$", rewrite.regex());
    assertEquals("/legacy/a/b", "/v1.0/a/b".replaceAll(rewrite.regex(), rewrite.replace()));
    assertEquals("/legacy", "/v1.0".replaceAll(rewrite.regex(), rewrite.replace()));
  }

  @Test
  void noRewriteWhenThePathIsThePrefix() {
    // WHEN a route without rewrite is planned
    Optional<UrlRewrite> rewrite = RoutePlanner.plan(List.of(route("api", "/api"))).get(0).rewrite();

    // THEN no transform
    assertFalse(rewrite.isPresent());
  }

  @Test
  void tooManyRulesIsAClearError() {
    // GIVEN one service with 101 routes (one target group)
    List<RouteRequest> routes = IntStream.range(0, 101).mapToObj(i -> route("web", "/p" + i)).toList();

    // WHEN planned THEN the error names the count, the limit and a fix
    RoutePlanException e = assertThrows(RoutePlanException.class, () -> RoutePlanner.plan(routes));
    assertTrue(e.getMessage().contains("101 listener rules"), e.getMessage());
    assertTrue(e.getMessage().contains("at most 100 rules per load balancer listener"), e.getMessage());
    assertTrue(e.getMessage().contains("Fix: merge routes"), e.getMessage());
  }

  @Test
  void anAlternateTargetGroupCountsAgainstTheQuota() {
    // GIVEN 51 services with one container port each, shifting traffic between two target groups: 102 target groups
    List<RouteRequest> routes = IntStream.range(0, 51).mapToObj(i ->
        new RouteRequest("s" + i, "/a" + i, List.of(), "/a" + i, new RouteTarget("http", 3000), true)).toList();

    // WHEN planned THEN the alternates are counted
    RoutePlanException e = assertThrows(RoutePlanException.class, () -> RoutePlanner.plan(routes));
    assertTrue(e.getMessage().contains("102 target groups"), e.getMessage());
    // AND without alternates the same routes fit
    RoutePlanner.plan(routes.stream().map(r -> new RouteRequest(r.service(), r.prefix(), r.hosts(), r.path(), r.target()))
        .toList());
  }

  @Test
  void tooManyTargetGroupsIsAClearError() {
    // GIVEN 51 services each with two container ports: 102 target groups, 102 rules
    List<RouteRequest> routes = IntStream.range(0, 51).boxed().flatMap(i -> List.of(
        new RouteRequest("s" + i, "/a" + i, List.of(), "/a" + i, new RouteTarget("http", 3000)),
        new RouteRequest("s" + i, "/b" + i, List.of(), "/b" + i, new RouteTarget("http", 4000))).stream()).toList();

    // WHEN planned THEN the target group limit is named first
    RoutePlanException e = assertThrows(RoutePlanException.class, () -> RoutePlanner.plan(routes));
    assertTrue(e.getMessage().contains("102 target groups"), e.getMessage());
    assertTrue(e.getMessage().contains("at most 100 target groups per load balancer"), e.getMessage());
  }

  @Test
  void twoServicesOnTheSameRouteIsAClearError() {
    // GIVEN two services both claiming /api on any host
    List<RouteRequest> routes = List.of(route("b", "/api"), route("a", "/api/"));

    // WHEN planned THEN both are named
    RoutePlanException e = assertThrows(RoutePlanException.class, () -> RoutePlanner.plan(routes));
    assertEquals("services.b.interface./api (/api on any host) is invalid: expected a route no other service has;"
        + " services.a already routes it. Fix: give one of them another prefix or other hosts", e.getMessage());
  }

  @Test
  void aWildcardInAPrefixIsAClearError() {
    // WHEN a prefix holds a wildcard THEN the route is named
    RoutePlanException e = assertThrows(RoutePlanException.class,
        () -> RoutePlanner.plan(List.of(route("api", "/api/*"))));
    assertTrue(e.getMessage().startsWith("services.api.interface./api/* is invalid"), e.getMessage());
  }

  @Test
  void routesOfAServiceComeFromItsModel() {
    // GIVEN requests built per target: the same service on two ports
    Function<Integer, RouteTarget> t = p -> new RouteTarget("http", p);
    List<PlannedRule> rules = RoutePlanner.plan(List.of(
        new RouteRequest("web", "/", List.of(), "/", t.apply(3000)),
        new RouteRequest("web", "/metrics", List.of(), "/metrics", t.apply(9100))));

    // THEN each rule forwards to its own target
    assertEquals(List.of(t.apply(9100), t.apply(3000)), rules.stream().map(PlannedRule::target).toList());
  }

  @Test
  void aRewriteWithADollarIsRefusedAndAPrefixWithOneIsKept() {
    RoutePlanException e = assertThrows(RoutePlanException.class, () -> RoutePlanner.plan(List.of(
        new RouteRequest("web", "/shop", List.of(), "/$1", new RouteTarget("http", 3000)))));
    assertEquals("services.web.interface./shop.path", e.where());
    // a '$' in the prefix without a rewrite is only matched, and quoted where it is a regex
    assertEquals(List.of("/$money", "/$money/*"), RoutePlanner.plan(List.of(
        new RouteRequest("web", "/$money", List.of(), "/$money", new RouteTarget("http", 3000)))).get(0).paths());
    assertEquals("^/\\$money(/[^?]*)?([?].*)?$", RoutePlanner.plan(List.of(
        new RouteRequest("web", "/$money", List.of(), "/cash", new RouteTarget("http", 3000)))).get(0).rewrite()
        .orElseThrow().regex());
  }

  @Test
  void ruleIdsStayUniqueWhenPrefixesSpellTheSameId() {
    // GIVEN prefixes whose ids would collide: /a/b and /a--b, and the chunk "-1" of /c beside the prefix /c-1
    List<PlannedRule> rules = RoutePlanner.plan(List.of(
        new RouteRequest("web", "/a/b", List.of(), "/a/b", new RouteTarget("http", 3000)),
        new RouteRequest("web", "/a--b", List.of(), "/a--b", new RouteTarget("http", 3000)),
        new RouteRequest("web", "/c", List.of("a.x.com", "b.x.com", "c.x.com", "d.x.com"), "/c", new RouteTarget("http", 3000)),
        new RouteRequest("web", "/c-1", List.of(), "/c-1", new RouteTarget("http", 3000))));
    // THEN every id is distinct, and the first in prefix order keeps the plain id
    assertEquals(rules.size(), rules.stream().map(PlannedRule::id).distinct().count());
    assertEquals(1, rules.stream().filter(r -> r.id().equals("Rule--a--b")).count());
  }
}
