package dev.exosphere.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which of several load balancers serves each public service, and so each host name. Pure Java, no CDK.
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>A host is served by exactly one load balancer (its DNS record can point at only one), so services sharing a
 *       host, directly or through other services, form a group that stays together. Hosts are compared without case,
 *       and a wildcard host ({@code *.example.com}) joins every host it matches, since a request for a host goes only
 *       to the load balancer that host's record names.</li>
 *   <li>A group with a route without hosts (path routing on any host), or with one of the {@code firstHosts} (the
 *       apex, whose record names the first load balancer), is on load balancer 0.</li>
 *   <li>Any other group is on load balancer {@code StableHash.bucket(smallest service name in the group, n)}: a
 *       service alone on its hosts is placed by its own name only.</li>
 * </ol>
 * So a service's place depends on its own group and on {@code n}, nothing else: map order does not matter, and
 * adding or removing a service moves no other service, except services it joins by sharing a host: they move when
 * the newcomer's name sorts before all of theirs, or when its route without hosts pulls the group to load balancer 0.
 * Changing {@code n} moves most services: that is a deliberate migration.
 *
 * @param services service name to its load balancer, 0..n-1
 * @param hosts    route host (lower case) to its load balancer
 */
public record LoadBalancerAssignment(SortedMap<String, Integer> services, SortedMap<String, Integer> hosts) {

  public LoadBalancerAssignment {
    services = new TreeMap<>(services);
    hosts = new TreeMap<>(hosts);
  }

  /**
   * Places the services of {@code requests} on {@code loadBalancers} load balancers.
   *
   * @param firstHosts hosts that must be on load balancer 0 (the domain's apex); compared without case
   */
  public static LoadBalancerAssignment of(List<RouteRequest> requests, int loadBalancers,
      Collection<String> firstHosts) {
    Groups groups = new Groups();
    Map<String, String> hostOwner = new TreeMap<>();
    Set<String> first = new TreeSet<>();
    for (RouteRequest r : requests) {
      groups.add(r.service());
      if (r.hosts().isEmpty()) {
        first.add(r.service());
      }
      for (String h : r.hosts()) {
        String host = h.toLowerCase(Locale.ROOT);
        String owner = hostOwner.putIfAbsent(host, r.service());
        if (owner != null) {
          groups.union(owner, r.service());
        }
      }
    }
    joinWildcards(hostOwner, groups);
    Set<String> firstLower = new TreeSet<>();
    firstHosts.forEach(h -> firstLower.add(h.toLowerCase(Locale.ROOT)));
    hostOwner.forEach((host, service) -> {
      if (firstLower.stream().anyMatch(f -> overlap(host, f))) {
        first.add(service);
      }
    });

    Map<String, Integer> groupPlace = new HashMap<>();
    for (String s : first) {
      groupPlace.put(groups.root(s), 0);
    }
    SortedMap<String, Integer> services = new TreeMap<>();
    for (String s : groups.names()) {
      // roots are the smallest names of their groups (see Groups.union)
      String root = groups.root(s);
      services.put(s, groupPlace.computeIfAbsent(root, n -> StableHash.bucket(n, loadBalancers)));
    }
    SortedMap<String, Integer> hosts = new TreeMap<>();
    hostOwner.forEach((host, service) -> hosts.put(host, services.get(service)));
    return new LoadBalancerAssignment(services, hosts);
  }

  /** The requests served by load balancer {@code index}, in their given order. */
  public List<RouteRequest> requestsOf(int index, List<RouteRequest> requests) {
    return requests.stream().filter(r -> services.get(r.service()) == index).toList();
  }

  /** Wildcard hosts join the groups of the hosts they match (and of other wildcards written the same way). */
  private static void joinWildcards(Map<String, String> hostOwner, Groups groups) {
    List<String> wildcards = hostOwner.keySet().stream().filter(LoadBalancerAssignment::isWildcard).toList();
    for (String w : wildcards) {
      for (Map.Entry<String, String> e : hostOwner.entrySet()) {
        if (!e.getKey().equals(w) && overlap(w, e.getKey())) {
          groups.union(hostOwner.get(w), e.getValue());
        }
      }
    }
  }

  /** Equal, or one matches the other as an ALB host pattern ({@code *}: any characters, {@code ?}: one). */
  static boolean overlap(String a, String b) {
    return a.equals(b) || (isWildcard(a) && glob(a).matcher(b).matches())
        || (isWildcard(b) && glob(b).matcher(a).matches());
  }

  private static boolean isWildcard(String host) {
    return host.indexOf('*') >= 0 || host.indexOf('?') >= 0;
  }

  private static Pattern glob(String host) {
    StringBuilder regex = new StringBuilder();
    for (String part : host.split("(?=[*?])|(?<=[*?])")) {
      regex.append(switch (part) {
        case "*" -> ".*";
        case "?" -> ".";
        default -> Pattern.quote(part);
      });
    }
    return Pattern.compile(regex.toString());
  }

  /** Union-find over service names whose root is always the group's smallest name. */
  private static final class Groups {
    private final Map<String, String> parent = new TreeMap<>();

    void add(String name) {
      parent.putIfAbsent(name, name);
    }

    Collection<String> names() {
      return new ArrayList<>(parent.keySet());
    }

    String root(String name) {
      String r = name;
      while (!parent.get(r).equals(r)) {
        r = parent.get(r);
      }
      parent.put(name, r);
      return r;
    }

    void union(String a, String b) {
      String ra = root(a);
      String rb = root(b);
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else if (rb.compareTo(ra) < 0) {
        parent.put(ra, rb);
      }
    }
  }
}
