package dev.exosphere.imports;

import dev.exosphere.imports.Imported.App;
import dev.exosphere.imports.Imported.Route;
import dev.exosphere.imports.Imported.Service;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Public routes that the load balancer can tell apart. Compose and Exosphere give every public service its own port
 * or host name, exosphere.yml one load balancer: a second service on a prefix already taken, with no host names of
 * its own, moves to {@code /<service>} (rewritten to the prefix it had), and the report says so.
 */
final class RouteLayout {
  private RouteLayout() {}

  static void separate(App app, ImportReport report) {
    Map<String, String> taken = new HashMap<>();
    for (Map.Entry<String, Service> e : app.services.entrySet()) {
      Service s = e.getValue();
      if (!"public".equals(s.type)) {
        continue;
      }
      Map<String, Route> moved = new LinkedHashMap<>();
      for (Map.Entry<String, Route> r : s.routes.entrySet()) {
        String prefix = r.getKey();
        String key = prefix + " " + String.join(",", r.getValue().hosts);
        String owner = taken.get(key);
        if (owner == null) {
          taken.put(key, e.getKey());
          moved.put(prefix, r.getValue());
          continue;
        }
        String next = (prefix.equals("/") ? "" : prefix) + "/" + e.getKey();
        Route route = r.getValue();
        if (route.path == null) {
          route.path = prefix;
        }
        taken.put(next + " " + String.join(",", route.hosts), e.getKey());
        moved.put(next, route);
        report.add(s.source, 0, "services." + e.getKey() + ".interface." + prefix,
            "service '" + owner + "' is already routed at " + prefix + " on the one load balancer; this route is "
                + "written as " + next + " (rewritten to " + route.path + ")",
            "choose its prefix, or give it hosts of its own");
      }
      s.routes.clear();
      s.routes.putAll(moved);
    }
  }
}
