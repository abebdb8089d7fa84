package dev.exosphere.load;

import dev.exosphere.model.ExoModel;
import dev.exosphere.model.Route;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import dev.exosphere.routing.RoutePlanner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks across services: load balancer routes that collide (then the planning the constructs run, see
 * {@link RoutePlanChecks}), variables defined twice ({@link VariableChecks}), and messages with no one on the other end.
 */
final class ModelChecks {
  private final LoadContext ctx;
  private final SourceMap sources;

  ModelChecks(LoadContext ctx, SourceMap sources) {
    this.ctx = ctx;
    this.sources = sources;
  }

  void check(ExoModel model) {
    boolean conflicts = routes(model);
    new RoutePlanChecks(ctx, sources).check(model, !conflicts);
    new VariableChecks(ctx, sources).check(model);
    timeout(model);
    shiftingWithListeners(model);
    messages(model);
    busDisabled(model);
  }

  /** {@code bus.enabled: false} with messages: they would have no bus to travel on. */
  private void busDisabled(ExoModel model) {
    if (model.bus().enabled().orElse(true)) {
      return;
    }
    List<String> talkers = dev.exosphere.model.Footprint.of(model).talkers();
    if (!talkers.isEmpty()) {
      ctx.error(sources.at("bus.enabled"), "bus.enabled", "the bus is disabled, and " + String.join(", ", talkers)
          + (talkers.size() == 1 ? " sends or receives" : " send or receive") + " messages",
          "remove 'enabled: false' (the bus is created when messages exist), or remove the services' messages");
    }
  }

  /**
   * Two public routes on one prefix with overlapping hosts: the load balancer could not tell them apart. Prefixes
   * are compared as the load balancer sees them ({@code /api/} is {@code /api}, {@code //} is {@code /}), hosts
   * without case. True when any was found.
   */
  private boolean routes(ExoModel model) {
    boolean found = false;
    record Placed(Service service, Route route, SourcePosition at) {}
    List<Placed> placed = new ArrayList<>();
    for (Service s : model.services().values()) {
      if (s.type() == ServiceType.PUBLIC) {
        s.routes().values().forEach(r -> placed.add(new Placed(s, r, sources.at(routePath(s, r)))));
      }
    }
    placed.sort(Comparator.comparingInt((Placed p) -> p.at().line()).thenComparingInt(p -> p.at().column()));
    for (int i = 0; i < placed.size(); i++) {
      for (int j = 0; j < i; j++) {
        Placed a = placed.get(j);
        Placed b = placed.get(i);
        if (samePrefix(a.route(), b.route()) && overlap(a.route().hosts(), b.route().hosts())) {
          String as = a.route().prefix().equals(b.route().prefix()) ? "" : " as '" + a.route().prefix() + "'";
          String to = a.service() == b.service() ? "this service" : "service '" + a.service().name() + "'";
          ctx.error(b.at(), routePath(b.service(), b.route()), "prefix '" + b.route().prefix() + "' is also routed to "
              + to + as + " (line " + a.at().line() + ") for the same hosts"
              + (as.isEmpty() ? "" : ": the load balancer ignores trailing '/'"),
              "give one of them another prefix, or 'hosts' that do not overlap");
          found = true;
          break;
        }
      }
    }
    return found;
  }

  private static boolean samePrefix(Route a, Route b) {
    return RoutePlanner.normalizedPrefix(a.prefix()).equals(RoutePlanner.normalizedPrefix(b.prefix()));
  }

  /**
   * ECS shifts a blue-green, canary or linear deployment's traffic through one production listener rule per target
   * group; extra listeners repeat every rule, and their copies would keep forwarding to the old tasks.
   */
  private void shiftingWithListeners(ExoModel model) {
    if (model.gateway().listeners().isEmpty()) {
      return;
    }
    for (Service s : model.services().values()) {
      if (s.type() != ServiceType.PUBLIC) {
        continue;
      }
      s.deployment().filter(d -> d.strategy().shiftsTraffic()).ifPresent(d -> {
        String path = "services." + s.name() + ".deployment.strategy";
        ctx.error(sources.at(path), path, "strategy " + d.strategy().yamlName() + " does not go with interface.listeners"
            + " (ECS shifts traffic through one listener rule per target group; the extra listeners' copies of the"
            + " rules would not follow)", "use strategy rolling, or remove interface.listeners");
      });
    }
  }

  /** The idle timeout is the load balancer's: without a public service there is none to set it on. */
  private void timeout(ExoModel model) {
    boolean anyPublic = model.services().values().stream().anyMatch(s -> s.type() == ServiceType.PUBLIC);
    if (model.policies().requestTimeout().isPresent() && !anyPublic) {
      String path = "policies.timeout";
      ctx.error(sources.at(path), path, "'timeout' sets the load balancer's idle timeout, and this application has no"
          + " public service, so no load balancer", "remove it, or add a public service");
    }
  }

  private static String routePath(Service s, Route r) {
    return "services." + s.name() + ".interface." + r.prefix();
  }

  /** No hosts means any host; host names are compared without case, as the load balancer does. */
  private static boolean overlap(List<String> a, List<String> b) {
    return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(h -> b.stream().anyMatch(h::equalsIgnoreCase));
  }

  private void messages(ExoModel model) {
    Map<String, Set<String>> receivers = new TreeMap<>();
    Map<String, Set<String>> senders = new TreeMap<>();
    for (Service s : model.services().values()) {
      s.messages().receives().forEach(m -> receivers.computeIfAbsent(m, k -> new TreeSet<>()).add(s.name()));
      s.messages().sends().forEach(m -> senders.computeIfAbsent(m, k -> new TreeSet<>()).add(s.name()));
    }
    for (Service s : model.services().values()) {
      unmatched(s, "sends", s.messages().sends(), receivers, "no service receives", "add it to a service's 'receives', or remove it");
      unmatched(s, "receives", s.messages().receives(), senders, "no service sends", "add it to a service's 'sends', or remove it");
    }
  }

  private void unmatched(Service s, String key, List<String> names, Map<String, Set<String>> others, String what, String fix) {
    for (int i = 0; i < names.size(); i++) {
      if (!others.containsKey(names.get(i))) {
        String path = "services." + s.name() + ".messages." + key + "[" + i + "]";
        ctx.warning(sources.at(path), path, what + " '" + names.get(i) + "'", fix);
      }
    }
  }
}
