package dev.exosphere.imports;

import dev.exosphere.imports.Imported.App;
import dev.exosphere.imports.Imported.Environment;
import dev.exosphere.imports.Imported.Service;
import java.util.Map;
import java.util.Objects;

/** An environment writes only what differs from the base: overrides equal to the base's value are left out. */
final class Overrides {
  private Overrides() {}

  static void prune(App app) {
    for (Environment e : app.environments.values()) {
      if (e.ports.equals(app.ports)) {
        e.ports.clear();
      }
      e.account = same(e.account, app.account);
      e.region = same(e.region, app.region);
      e.publicInstanceType = same(e.publicInstanceType, app.publicInstanceType);
      e.privateInstanceType = same(e.privateInstanceType, app.privateInstanceType);
      prune(e.environment, app, true);
      prune(e.secrets, app, false);
    }
  }

  private static <V> void prune(Map<String, ? extends Map<String, V>> byService, App app, boolean variables) {
    byService.forEach((name, values) -> {
      Service s = app.services.get(name);
      Map<String, ?> base = s == null ? Map.of() : variables ? s.environment : s.secrets;
      values.entrySet().removeIf(v -> Objects.equals(base.get(v.getKey()), v.getValue()));
    });
    byService.values().removeIf(Map::isEmpty);
  }

  private static String same(String value, String base) {
    return Objects.equals(value, base) ? null : value;
  }
}
