package dev.exosphere.load;

import dev.exosphere.model.ExoModel;
import dev.exosphere.model.Route;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Checks across services: load balancer routes that collide, and messages with no one on the other end. */
final class ModelChecks {
  private final LoadContext ctx;
  private final SourceMap sources;

  ModelChecks(LoadContext ctx, SourceMap sources) {
    this.ctx = ctx;
    this.sources = sources;
  }

  void check(ExoModel model) {
    routes(model);
    messages(model);
  }

  /** Two public services on one prefix with overlapping hosts: the load balancer could not tell them apart. */
  private void routes(ExoModel model) {
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
        if (a.route().prefix().equals(b.route().prefix()) && overlap(a.route().hosts(), b.route().hosts())) {
          ctx.error(b.at(), routePath(b.service(), b.route()), "prefix '" + b.route().prefix() + "' is also routed to service '"
              + a.service().name() + "' (line " + a.at().line() + ") for the same hosts",
              "give one of them another prefix, or 'hosts' that do not overlap");
          break;
        }
      }
    }
  }

  private static String routePath(Service s, Route r) {
    return "services." + s.name() + ".interface." + r.prefix();
  }

  /** No hosts means any host. */
  private static boolean overlap(List<String> a, List<String> b) {
    return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
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
