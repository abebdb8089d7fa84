package dev.exosphere.load;

import dev.exosphere.load.YamlNode.Entry;
import dev.exosphere.load.YamlNode.MapNode;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A mapping checked against its {@link YamlShape}: unknown keys and missing required keys are reported when it is
 * opened, then each key is read with its own path. A null value ({@code network:}) opens as an empty mapping.
 */
final class Obj {
  private final Values values;
  private final String path;
  private final YamlNode node;
  private final LinkedHashMap<String, Entry> entries;

  private Obj(Values values, String path, YamlNode node, LinkedHashMap<String, Entry> entries) {
    this.values = values;
    this.path = path;
    this.node = node;
    this.entries = entries;
  }

  /** Opens {@code node} as a {@code shape}, or reports what it is instead and returns empty. */
  static Optional<Obj> open(Values values, YamlNode node, String path, YamlShape shape) {
    LoadContext ctx = values.ctx();
    if (Values.isNull(node)) {
      return Optional.of(new Obj(values, path, node, new LinkedHashMap<>())).filter(o -> o.requireAll(shape));
    }
    if (!(node instanceof MapNode m)) {
      ctx.expected(node, path, "a mapping with keys " + String.join(", ", shape.keys()), "write 'key: value' pairs indented under it");
      return Optional.empty();
    }
    for (Entry e : m.entries().values()) {
      if (!shape.keys().contains(e.key())) {
        ctx.error(e.keyPosition(), Paths.child(path, e.key()), "unknown key '" + e.key() + "'",
            Suggestions.didYouMean(e.key(), shape.keys()));
      }
    }
    Obj obj = new Obj(values, path, node, m.entries());
    obj.requireAll(shape);
    return Optional.of(obj);
  }

  private boolean requireAll(YamlShape shape) {
    boolean ok = true;
    for (String key : shape.required()) {
      if (!entries.containsKey(key)) {
        values.ctx().error(node.position(), path, "missing required key '" + key + "'", "add '" + key + ":' here");
        ok = false;
      }
    }
    return ok;
  }

  String path() {
    return path;
  }

  String path(String key) {
    return Paths.child(path, key);
  }

  YamlNode node() {
    return node;
  }

  boolean has(String key) {
    return entries.containsKey(key);
  }

  Optional<YamlNode> get(String key) {
    return Optional.ofNullable(entries.get(key)).map(Entry::value);
  }

  Optional<Entry> entry(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  /** Reads {@code key} with {@code reader} when present. */
  <T> Optional<T> read(String key, BiFunction<YamlNode, String, Optional<T>> reader) {
    return get(key).flatMap(n -> reader.apply(n, path(key)));
  }

  Optional<String> string(String key) {
    return read(key, values::string);
  }

  /** An integer in {@code min..max}, {@code def} when absent or wrong (the problem is already reported). */
  int integer(String key, int def, int min, int max, String what) {
    return read(key, (n, p) -> values.integer(n, p, min, max, what)).orElse(def);
  }

  boolean bool(String key, boolean def) {
    return read(key, values::bool).orElse(def);
  }

  Optional<Obj> child(String key, YamlShape shape) {
    return get(key).flatMap(n -> open(values, n, path(key), shape));
  }

  Values values() {
    return values;
  }

  SourcePosition position(String key) {
    return get(key).map(YamlNode::position).orElse(node.position());
  }

  SourcePosition keyPosition(String key) {
    return entry(key).map(Entry::keyPosition).orElse(node.position());
  }
}
