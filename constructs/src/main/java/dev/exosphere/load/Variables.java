package dev.exosphere.load;

import dev.exosphere.model.ValueSource;
import dev.exosphere.rules.Formats;
import dev.exosphere.rules.StoreNames;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** Environment variables: their names, the ones exo sets itself, and where values come from. */
final class Variables {
  /** Set by exo on every service; a user value would silently break ExoCom. */
  static final Set<String> RESERVED = Set.of("ROLE", "SERVICE_NAME", "EXOCOM_HOST", "EXOCOM_PORT");

  private final Values values;

  Variables(Values values) {
    this.values = values;
  }

  /** Plain variables: {@code NAME: value}. */
  SortedMap<String, String> plain(Obj owner, String key) {
    return new TreeMap<>(variables(owner, key, (n, p) -> values.string(n, p)));
  }

  /**
   * Variables from a {@link ValueSource}: {@code NAME: value} (when {@code plainAllowed}), {@code NAME: {ssm: /p}} or
   * {@code NAME: {secret: name, field: key}}.
   */
  SortedMap<String, ValueSource> sources(Obj owner, String key, boolean plainAllowed) {
    return new TreeMap<>(variables(owner, key, (n, p) -> source(n, p, plainAllowed)));
  }

  private <T> Map<String, T> variables(Obj owner, String key, java.util.function.BiFunction<YamlNode, String, Optional<T>> read) {
    return owner.get(key)
        .map(node -> values.map(node, owner.path(key), "a mapping of variable names to values", (e, p) -> {
          checkName(e, p);
          return read.apply(e.value(), p);
        }))
        .orElse(Map.of());
  }

  private void checkName(YamlNode.Entry e, String path) {
    LoadContext ctx = values.ctx();
    if (!Formats.ENV_NAME.matcher(e.key()).matches()) {
      ctx.error(e.keyPosition(), path, "expected a variable name of letters, digits and '_' not starting with a digit, got '" + e.key() + "'",
          "rename it, e.g. '" + e.key().replaceAll("[^A-Za-z0-9_]", "_").replaceFirst("^(\\d)", "_$1") + "'");
    } else if (RESERVED.contains(e.key())) {
      ctx.error(e.keyPosition(), path, "'" + e.key() + "' is set by exo on every service (ROLE, SERVICE_NAME, EXOCOM_HOST, EXOCOM_PORT)",
          "remove it or use another name");
    }
  }

  private Optional<ValueSource> source(YamlNode n, String path, boolean plainAllowed) {
    if (n instanceof YamlNode.ScalarNode s && !s.isNull()) {
      if (plainAllowed) {
        return Optional.of(ValueSource.value(s.text()));
      }
      values.ctx().expected(n, path, "{ssm: <parameter>} or {secret: <name or ARN>}", "move plain values to 'environment'");
      return Optional.empty();
    }
    return Obj.open(values, n, path, YamlShape.VALUE_SOURCE).flatMap(this::storeReference);
  }

  private Optional<ValueSource> storeReference(Obj o) {
    LoadContext ctx = values.ctx();
    Optional<String> ssm = o.read("ssm", (n, p) -> values.checked(n, p, StoreNames::ssmParameter));
    Optional<String> secret = o.read("secret", (n, p) -> values.checked(n, p, StoreNames::secret));
    Optional<String> field = o.read("field", (n, p) -> values.checked(n, p, StoreNames::field));
    if (o.has("ssm") == o.has("secret")) {
      ctx.error(o.node().position(), o.path(), "expected exactly one of 'ssm' or 'secret', got " + (o.has("ssm") ? "both" : "neither"),
          "write {ssm: /parameter/name} or {secret: secret-name, field: key}");
      return Optional.empty();
    }
    if (o.has("ssm") && o.has("field")) {
      ctx.error(o.keyPosition("field"), o.path("field"), "'field' applies to Secrets Manager secrets only", "remove 'field' or use 'secret'");
      return Optional.empty();
    }
    if (ssm.isPresent()) {
      return Optional.of(new ValueSource(ValueSource.Kind.SSM, ssm.get(), Optional.empty()));
    }
    return secret.map(s -> new ValueSource(ValueSource.Kind.SECRET, s, field));
  }
}
