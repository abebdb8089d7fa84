package dev.exosphere.load;

import dev.exosphere.load.YamlNode.MapNode;
import dev.exosphere.load.YamlNode.ScalarNode.Kind;
import dev.exosphere.load.YamlNode.ScalarNode;
import dev.exosphere.load.YamlNode.SeqNode;
import dev.exosphere.rules.Complaint;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Typed reads of single YAML values: each reports what was expected and found, and returns empty when wrong. */
final class Values {
  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

  private static final java.util.Set<String> FALSE_WORDS = java.util.Set.of("false", "no", "off");

  private final LoadContext ctx;

  Values(LoadContext ctx) {
    this.ctx = ctx;
  }

  LoadContext ctx() {
    return ctx;
  }

  /** Any non-null scalar as text: {@code version: 1.0} is the string "1.0". */
  Optional<String> string(YamlNode n, String path) {
    if (n instanceof ScalarNode s && !s.isNull()) {
      return Optional.of(s.text());
    }
    ctx.expected(n, path, "a string", n instanceof ScalarNode ? "give it a value or remove the key" : "write a single value");
    return Optional.empty();
  }

  /** A string matching {@code pattern}, else "expected {@code what}, got ...". */
  Optional<String> matching(YamlNode n, String path, Pattern pattern, String what, String fix) {
    Optional<String> s = string(n, path);
    if (s.isPresent() && !pattern.matcher(s.get()).matches()) {
      ctx.error(n.position(), path, "expected " + what + ", got '" + s.get() + "'", fix);
      return Optional.empty();
    }
    return s;
  }

  /** A string that passes {@code rule} (a rule of {@code dev.exosphere.rules}), else its complaint at the value. */
  Optional<String> checked(YamlNode n, String path, Function<String, Optional<Complaint>> rule) {
    return string(n, path).filter(s -> ctx.check(n.position(), path, rule.apply(s)));
  }

  Optional<Integer> integer(YamlNode n, String path) {
    if (n instanceof ScalarNode s && s.kind() == Kind.INT) {
      if (s.integer().compareTo(INT_MIN) < 0 || s.integer().compareTo(INT_MAX) > 0) {
        ctx.error(n.position(), path, "expected an integer, got " + s.text() + " which is far too large", "use a smaller number");
        return Optional.empty();
      }
      return Optional.of(s.integer().intValue());
    }
    String fix = n instanceof ScalarNode s && s.kind() == Kind.STRING && s.text().matches("\\d+") ? "remove the quotes" : "write a whole number";
    ctx.expected(n, path, "an integer", fix);
    return Optional.empty();
  }

  /** An integer from {@code min} to {@code max}, e.g. "expected a port 1-65535, got 70000". */
  Optional<Integer> integer(YamlNode n, String path, int min, int max, String what) {
    Optional<Integer> v = integer(n, path);
    if (v.isPresent() && (v.get() < min || v.get() > max)) {
      String range = max == Integer.MAX_VALUE ? min + " or more" : min + "-" + max;
      ctx.error(n.position(), path, "expected " + what + " " + range + ", got " + v.get(),
          "use a value " + (v.get() < min ? "of at least " + min : "of at most " + max));
      return Optional.empty();
    }
    return v;
  }

  Optional<Boolean> bool(YamlNode n, String path) {
    if (n instanceof ScalarNode s && s.kind() == Kind.BOOL) {
      // YAML 1.1 booleans keep their text (yes, On, TRUE...): true unless one of the false words
      return Optional.of(!FALSE_WORDS.contains(s.text().toLowerCase(java.util.Locale.ROOT)));
    }
    ctx.expected(n, path, "true or false", "write true or false without quotes");
    return Optional.empty();
  }

  /**
   * One of {@code choices} by the name {@code nameOf} gives it; reports any other string with the names and
   * {@code fix} ({@code null}: "did you mean" the closest).
   */
  <E> Optional<E> choice(YamlNode n, String path, List<E> choices, Function<E, String> nameOf, String fix) {
    Optional<String> name = string(n, path);
    Optional<E> found = name.flatMap(x -> choices.stream().filter(c -> nameOf.apply(c).equals(x)).findFirst());
    if (name.isPresent() && found.isEmpty()) {
      List<String> names = choices.stream().map(nameOf).toList();
      ctx.expected(n, path, "one of " + String.join(", ", names), fix != null ? fix : Suggestions.didYouMean(name.get(), names));
    }
    return found;
  }

  /** A list whose items are read by {@code item} (given the item and its path); null counts as empty. */
  <T> List<T> list(YamlNode n, String path, BiFunction<YamlNode, String, Optional<T>> item) {
    List<T> out = new ArrayList<>();
    if (n instanceof SeqNode seq) {
      for (int i = 0; i < seq.items().size(); i++) {
        item.apply(seq.items().get(i), path + "[" + i + "]").ifPresent(out::add);
      }
    } else if (!isNull(n)) {
      ctx.expected(n, path, "a list", "write [a, b] or one '- item' per line");
    }
    return out;
  }

  /** A mapping whose values are read by {@code value} (given the entry and its path); null counts as empty. */
  <T> Map<String, T> map(YamlNode n, String path, String what, BiFunction<YamlNode.Entry, String, Optional<T>> value) {
    Map<String, T> out = new LinkedHashMap<>();
    if (n instanceof MapNode m) {
      for (YamlNode.Entry e : m.entries().values()) {
        value.apply(e, Paths.child(path, e.key())).ifPresent(v -> out.put(e.key(), v));
      }
    } else if (!isNull(n)) {
      ctx.expected(n, path, what, "write 'key: value' pairs, one per line, indented under it");
    }
    return out;
  }

  static boolean isNull(YamlNode n) {
    return n instanceof ScalarNode s && s.isNull();
  }
}
