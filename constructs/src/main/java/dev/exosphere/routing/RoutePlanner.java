package dev.exosphere.routing;

import dev.exosphere.rules.AlbConditions;
import dev.exosphere.rules.Complaint;
import dev.exosphere.rules.Limits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The routing compiler: from the public services' routes, the listener rules of the load balancer. Pure Java, no CDK.
 *
 * <p>Each route becomes one rule, or several when its host and path values exceed the ALB's limits (3 values per
 * condition, 5 per rule, 5 wildcards per rule). Priorities come from {@link RulePriorities}: stable under
 * reordering and under adding services. Limits are checked here, before synth: 100 rules per listener and 100
 * target groups per load balancer (the default quotas).
 */
public final class RoutePlanner {
  /** Default quota "Rules per Application Load Balancer" (default rules excluded). */
  public static final int MAX_RULES = Limits.ALB_RULES;
  /** Default quota "Target groups per Application Load Balancer". */
  public static final int MAX_TARGET_GROUPS = Limits.ALB_TARGET_GROUPS;
  static final int MAX_VALUES_PER_CONDITION = Limits.ALB_VALUES_PER_CONDITION;
  static final int MAX_VALUES_PER_RULE = Limits.ALB_VALUES_PER_RULE;
  static final int MAX_WILDCARDS_PER_RULE = Limits.ALB_WILDCARDS_PER_RULE;

  private RoutePlanner() {}

  /**
   * The listener rules for {@code requests}, by priority.
   *
   * @throws RoutePlanException for a bad prefix or host, two services claiming the same route, or a load balancer
   *     limit exceeded
   */
  public static List<PlannedRule> plan(List<RouteRequest> requests) {
    checkTargetGroups(requests);
    List<Draft> drafts = new ArrayList<>();
    Map<String, RouteRequest> claimed = new HashMap<>();
    // sorted so that a conflict always names the same two services
    List<RouteRequest> sorted = requests.stream()
        .sorted(Comparator.comparing(RouteRequest::service).thenComparing(RouteRequest::prefix))
        .toList();
    for (RouteRequest r : sorted) {
      drafts.addAll(draft(r, claimed));
    }
    if (drafts.size() > MAX_RULES) {
      throw new RoutePlanException(
          drafts.size() + " listener rules",
          "at most " + MAX_RULES + " rules per load balancer listener (the ALB quota; a route needs one rule per"
              + " 3 host names)",
          "merge routes (fewer prefixes or hosts per service), or split the application into several", true);
    }
    Map<String, Integer> priorities = RulePriorities.assign(drafts.stream().map(Draft::candidate).toList());
    return drafts.stream()
        .map(d -> d.toRule(priorities.get(d.candidate().key())))
        .sorted(Comparator.comparingInt(PlannedRule::priority))
        .toList();
  }

  private static void checkTargetGroups(List<RouteRequest> requests) {
    long targetGroups = requests.stream().map(r -> r.service() + " " + r.target()).distinct().count();
    if (targetGroups > MAX_TARGET_GROUPS) {
      throw new RoutePlanException(
          targetGroups + " target groups (one per public service and container port)",
          "at most " + MAX_TARGET_GROUPS + " target groups per load balancer (the ALB quota)",
          "use one container port per service, or make some services private (reached through Cloud Map)", true);
    }
  }

  private static List<Draft> draft(RouteRequest r, Map<String, RouteRequest> claimed) {
    String where = "services." + r.service() + ".interface." + r.prefix();
    String prefix = checkedPrefix(r, where);
    List<String> hosts = checkedHosts(r, where);
    RouteRequest other = claimed.putIfAbsent(prefix + " " + hosts, r);
    if (other != null) {
      throw new RoutePlanException(
          where + " (" + describe(prefix, hosts) + ")",
          "a route no other service has; services." + other.service() + " already routes it",
          "give one of them another prefix or other hosts");
    }
    List<String> paths = PathPatterns.patterns(prefix, !hosts.isEmpty());
    Optional<UrlRewrite> rewrite = PathPatterns.rewrite(prefix, r.path());
    List<List<String>> chunks = chunk(hosts, paths, where);
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      String id = "Rule" + prefix.replace("/", "--") + (chunks.size() > 1 ? "-" + (i + 1) : "");
      List<String> chunkHosts = chunks.get(i);
      String key = r.service() + "\n" + prefix + "\n" + String.join(",", chunkHosts);
      RulePriorities.Candidate c = new RulePriorities.Candidate(key, !chunkHosts.isEmpty(), PathPatterns.depth(prefix));
      drafts.add(new Draft(id, r, prefix, chunkHosts, paths, rewrite, c));
    }
    return drafts;
  }

  private static String checkedPrefix(RouteRequest r, String where) {
    String prefix = PathPatterns.normalize(r.prefix());
    Optional<Complaint> bad = AlbConditions.prefix(prefix);
    if (bad.isPresent()) {
      throw new RoutePlanException(where, bad.get().expectation(), bad.get().fix());
    }
    if (PathPatterns.depth(prefix) > RulePriorities.MAX_DEPTH) {
      throw new RoutePlanException(where, "at most " + RulePriorities.MAX_DEPTH + " path segments",
          "use a shorter prefix");
    }
    return prefix;
  }

  private static List<String> checkedHosts(RouteRequest r, String where) {
    TreeSet<String> hosts = new TreeSet<>();
    for (String h : r.hosts()) {
      Optional<Complaint> bad = AlbConditions.host(h);
      if (bad.isPresent()) {
        throw new RoutePlanException(where + ".hosts: '" + h + "'", bad.get().expectation(), bad.get().fix());
      }
      hosts.add(h.toLowerCase(Locale.ROOT));
    }
    return List.copyOf(hosts);
  }

  /** Splits hosts so that each rule keeps within the ALB's per-condition, per-rule and wildcard limits. */
  private static List<List<String>> chunk(List<String> hosts, List<String> paths, String where) {
    if (hosts.isEmpty()) {
      return List.of(List.of());
    }
    int pathWildcards = paths.stream().mapToInt(RoutePlanner::wildcards).sum();
    List<List<String>> chunks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int currentWildcards = pathWildcards;
    for (String h : hosts) {
      boolean fits = current.size() < MAX_VALUES_PER_CONDITION
          && paths.size() + current.size() + 1 <= MAX_VALUES_PER_RULE
          && currentWildcards + wildcards(h) <= MAX_WILDCARDS_PER_RULE;
      if (!fits && !current.isEmpty()) {
        chunks.add(List.copyOf(current));
        current.clear();
        currentWildcards = pathWildcards;
      }
      if (currentWildcards + wildcards(h) > MAX_WILDCARDS_PER_RULE) {
        throw new RoutePlanException(where + ".hosts: '" + h + "'", "fewer wildcards ('*', '?')",
            "name the hosts without wildcards");
      }
      current.add(h);
      currentWildcards += wildcards(h);
    }
    chunks.add(List.copyOf(current));
    return chunks;
  }

  private static int wildcards(String s) {
    return AlbConditions.wildcards(s);
  }

  private static String describe(String prefix, List<String> hosts) {
    return hosts.isEmpty() ? prefix + " on any host" : prefix + " on " + hosts.stream().collect(Collectors.joining(", "));
  }

  private record Draft(
      String id,
      RouteRequest request,
      String prefix,
      List<String> hosts,
      List<String> paths,
      Optional<UrlRewrite> rewrite,
      RulePriorities.Candidate candidate) {

    PlannedRule toRule(int priority) {
      return new PlannedRule(id, request.service(), prefix, request.target(), priority, hosts, paths, rewrite);
    }
  }
}
