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

  /** The prefix the load balancer sees: {@code /api/} and {@code /api} are the same prefix, {@code //} is {@code /}. */
  public static String normalizedPrefix(String prefix) {
    return PathPatterns.normalize(prefix);
  }

  /**
   * The listener rules for {@code requests}, by priority.
   *
   * @throws RoutePlanException for a bad prefix or host, two services claiming the same route, or a load balancer
   *     limit exceeded
   */
  public static List<PlannedRule> plan(List<RouteRequest> requests) {
    return plan(requests, RouteLabels.YAML);
  }

  /**
   * The listener rules for {@code requests}, by priority, with errors naming routes and services by {@code labels}
   * (YAML paths for {@code exo validate}, props for the constructs).
   *
   * @throws RoutePlanException as {@link #plan(List)}
   */
  public static List<PlannedRule> plan(List<RouteRequest> requests, RouteLabels labels) {
    return plan(requests, labels, 1);
  }

  /**
   * The listener rules for {@code requests}, by priority, when each of {@code listeners} routing listeners of the
   * load balancer carries them all: the quota counts the rules of every listener.
   *
   * @throws RoutePlanException as {@link #plan(List)}
   */
  public static List<PlannedRule> plan(List<RouteRequest> requests, RouteLabels labels, int listeners) {
    checkTargetGroups(requests);
    List<Draft> drafts = new ArrayList<>();
    Map<String, RouteRequest> claimed = new HashMap<>();
    // sorted so that a conflict always names the same two services
    List<RouteRequest> sorted = requests.stream()
        .sorted(Comparator.comparing(RouteRequest::service).thenComparing(RouteRequest::prefix))
        .toList();
    for (RouteRequest r : sorted) {
      drafts.addAll(draft(r, claimed, labels));
    }
    drafts = uniqueIds(drafts);
    if (listeners > 1 && drafts.size() * listeners > MAX_RULES) {
      throw new RoutePlanException("",
          drafts.size() + " listener rules on each of " + listeners + " listeners (" + drafts.size() * listeners + ")",
          "at most " + MAX_RULES + " rules per load balancer, over all its listeners (the ALB quota 'Rules per"
              + " Application Load Balancer'; every extra listener repeats the routing listener's rules)",
          "use fewer extra listeners, merge routes, or raise the number of load balancers", true);
    }
    if (drafts.size() > MAX_RULES) {
      throw new RoutePlanException("",
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

  /**
   * Rule ids come from the prefix ({@code /a/b} is {@code Rule--a--b}), so {@code /a--b}, or {@code /a-1} beside the
   * first chunk of {@code /a}, would get an id already taken in the service. The later one in prefix order gets a
   * suffix from its own key; ids that do not collide stay as they always were (and so do their logical ids).
   */
  private static List<Draft> uniqueIds(List<Draft> drafts) {
    Map<String, java.util.Set<String>> used = new HashMap<>();
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      java.util.Set<String> ids = used.computeIfAbsent(d.request().service(), k -> new java.util.HashSet<>());
      String id = d.id();
      if (!ids.add(id)) {
        id = id + "-" + Long.toHexString(StableHash.of(d.candidate().key()));
        ids.add(id);
      }
      out.add(new Draft(id, d.request(), d.prefix(), d.hosts(), d.paths(), d.rewrite(), d.candidate()));
    }
    return out;
  }

  private static void checkTargetGroups(List<RouteRequest> requests) {
    // a target with an alternate target group (traffic-shifting deployments) is two target groups
    long targetGroups = requests.stream().map(r -> r.service() + " " + r.target() + " " + r.alternateTarget()).distinct()
        .mapToLong(k -> k.endsWith(" true") ? 2 : 1).sum();
    if (targetGroups > MAX_TARGET_GROUPS) {
      throw new RoutePlanException("",
          targetGroups + " target groups (one per public service and container port"
              + (requests.stream().anyMatch(RouteRequest::alternateTarget)
                  ? ", two with blue-green, canary or linear deployments)" : ")"),
          "at most " + MAX_TARGET_GROUPS + " target groups per load balancer (the ALB quota)",
          "use one container port per service, or make some services private (reached through Cloud Map)", true);
    }
  }

  private static List<Draft> draft(RouteRequest r, Map<String, RouteRequest> claimed, RouteLabels labels) {
    String where = labels.route(r.service(), r.prefix());
    String prefix = checkedPrefix(r, where);
    List<String> hosts = checkedHosts(r, where);
    RouteRequest other = claimed.putIfAbsent(prefix + " " + hosts, r);
    if (other != null) {
      throw new RoutePlanException(where,
          where + " (" + describe(prefix, hosts) + ")",
          "a route no other service has; " + labels.service(other.service()) + " already routes it",
          "give one of them another prefix or other hosts");
    }
    List<String> paths = PathPatterns.patterns(prefix, !hosts.isEmpty());
    Optional<UrlRewrite> rewrite = PathPatterns.rewrite(prefix, checkedPath(r, where));
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
      throw new RoutePlanException(where, where, bad.get().expectation(), bad.get().fix());
    }
    if (PathPatterns.depth(prefix) > RulePriorities.MAX_DEPTH) {
      throw new RoutePlanException(where, where, "at most " + RulePriorities.MAX_DEPTH + " path segments",
          "use a shorter prefix");
    }
    return prefix;
  }

  /**
   * The rewrite target: ALB rewrites replace with {@code $1}-style references, and offer no escape for a literal
   * {@code $}, so a path with one could not be rendered as written.
   */
  private static String checkedPath(RouteRequest r, String where) {
    boolean rewrites = !PathPatterns.normalize(r.prefix()).equals(PathPatterns.normalize(r.path()));
    if (rewrites && r.path().indexOf('$') >= 0) {
      throw new RoutePlanException(where + ".path", where + ".path: '" + r.path() + "'",
          "a rewrite path without '$' (the load balancer's rewrite reads $1, $2... as references, with no escape)",
          "serve the container's path without '$', or leave 'path' out for no rewrite");
    }
    return r.path();
  }

  private static List<String> checkedHosts(RouteRequest r, String where) {
    TreeSet<String> hosts = new TreeSet<>();
    for (int i = 0; i < r.hosts().size(); i++) {
      String h = r.hosts().get(i);
      Optional<Complaint> bad = AlbConditions.host(h);
      if (bad.isPresent()) {
        throw new RoutePlanException(where + ".hosts[" + i + "]", where + ".hosts: '" + h + "'",
            bad.get().expectation(), bad.get().fix());
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
        throw new RoutePlanException(where + ".hosts", where + ".hosts: '" + h + "'", "fewer wildcards ('*', '?')",
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
