package dev.exosphere.load;

import dev.exosphere.load.YamlNode.Entry;
import dev.exosphere.load.YamlNode.MapNode;
import dev.exosphere.load.YamlNode.ScalarNode;
import dev.exosphere.load.YamlNode.SeqNode;
import dev.exosphere.rules.Formats;
import dev.exosphere.rules.Limits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code environments} section: each environment's override merged onto the base document at the YAML level,
 * before binding, so that every check of the merged document points at the key that caused it (an override's
 * nodes keep their own positions). Merge rules: mappings merge key by key, anything else (scalars, lists, a mapping
 * replacing a scalar) replaces the base's value; so does a variable's or secret's value, which is one value even
 * when written as a mapping ({@code {secret: name, field: key}}). Named entries (services, dependencies, environment variables and
 * secrets) must exist in the base: an override cannot add one (did you mean?); keys of a known shape may be added
 * (they override the default). The override's shape is checked strictly against {@link YamlShape#ENVIRONMENT} and
 * {@link YamlShape#SERVICE_OVERRIDE}; the merged values are checked by the binders.
 */
final class EnvironmentMerge {
  static final String KEY = "environments";
  private static final int SHOWN = 60;
  /** Mappings of names the base defines: an override may change an entry, never add one. */
  private static final Pattern VARIABLES = Pattern.compile("services\\.[^.]+\\.(environment|secrets)|dependencies\\.[^.]+\\.environment");
  private static final List<Pattern> NAMED = List.of(Pattern.compile("services"), Pattern.compile("dependencies"), VARIABLES);

  /**
   * One environment merged onto the base.
   *
   * @param name      the environment's name
   * @param root      the merged document, without {@code environments}
   * @param overrides every position inside the environment's override: what a problem there was caused by
   * @param differences what it changes, in the order written
   */
  record Merged(String name, YamlNode root, Set<SourcePosition> overrides, List<EnvironmentDifference> differences) {}

  private final Values values;
  private final LoadContext ctx;

  private EnvironmentMerge(Values values) {
    this.values = values;
    this.ctx = values.ctx();
  }

  /** Every environment of {@code root} merged onto it, in the order written; the section's problems go to ctx. */
  static List<Merged> of(Values values, YamlNode root) {
    return new EnvironmentMerge(values).all(root);
  }

  /** {@code root} without its {@code environments} key: the base document. */
  static YamlNode base(YamlNode root) {
    if (!(root instanceof MapNode m) || !m.entries().containsKey(KEY)) {
      return root;
    }
    LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(m.entries());
    entries.remove(KEY);
    return new MapNode(m.position(), entries);
  }

  private List<Merged> all(YamlNode root) {
    if (!(root instanceof MapNode m) || !m.entries().containsKey(KEY)) {
      return List.of();
    }
    Entry section = m.entries().get(KEY);
    if (!(section.value() instanceof MapNode envs) || envs.entries().isEmpty()) {
      ctx.expected(section.value(), KEY, "a mapping of environment names to what each overrides",
          "write e.g. 'environments: {staging: {domain: staging.example.com}}', or remove 'environments'");
      return List.of();
    }
    if (envs.entries().size() > Limits.ENVIRONMENTS) {
      ctx.error(section.keyPosition(), KEY, "expected at most " + Limits.ENVIRONMENTS + " environments, got "
          + envs.entries().size() + " (each is checked as a whole application)", "split the application into several files");
      return List.of();
    }
    YamlNode base = base(root);
    List<Merged> merged = new ArrayList<>();
    for (Entry env : envs.entries().values()) {
      String path = Paths.child(KEY, env.key());
      if (!Formats.ENVIRONMENT_NAME.matcher(env.key()).matches()) {
        ctx.error(env.keyPosition(), path, "expected " + Formats.ENVIRONMENT_NAME_RULE + ", got '" + env.key() + "'",
            AppBinder.dnsFix(new ScalarNode(env.keyPosition(), ScalarNode.Kind.STRING, env.key(), null), 16));
        continue;
      }
      if (Obj.open(values, env.value(), path, YamlShape.ENVIRONMENT).isEmpty()) {
        continue;
      }
      Set<SourcePosition> positions = new HashSet<>();
      collect(env.value(), positions);
      List<EnvironmentDifference> differences = new ArrayList<>();
      int before = problemCount();
      YamlNode result = Values.isNull(env.value()) ? base : merge(base, env.value(), "", path, differences);
      if (problemCount() == before) {
        merged.add(new Merged(env.key(), result, Set.copyOf(positions), List.copyOf(differences)));
      }
    }
    return merged;
  }

  private int problemCount() {
    return ctx.problems().size();
  }

  /** Merges {@code over} onto {@code base}; {@code path} is the merged document's, {@code written} the file's. */
  private YamlNode merge(YamlNode base, YamlNode over, String path, String written, List<EnvironmentDifference> differences) {
    if (Values.isNull(over)) {
      ctx.error(over.position(), written, "an override needs a value, got nothing",
          "write the value this environment uses, or remove the key (it then keeps the base's)");
      return base;
    }
    if (!(over instanceof MapNode o) || !(base instanceof MapNode b) || variable(path)) {
      differences.add(new EnvironmentDifference(path, base == null ? "(not set)" : shown(base), shown(over)));
      return over;
    }
    shape(path, over, written);
    boolean named = named(path);
    LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(b.entries());
    for (Entry e : o.entries().values()) {
      String childPath = Paths.child(path, e.key());
      String childWritten = Paths.child(written, e.key());
      Entry inBase = b.entries().get(e.key());
      if (inBase == null && named) {
        ctx.error(e.keyPosition(), childWritten, "no " + what(path) + " '" + e.key() + "' in the base to override",
            Suggestions.closest(e.key(), b.entries().keySet()).map(c -> "did you mean '" + c + "'?")
                .orElse("an environment changes what the base defines: add '" + e.key() + "' to the base first"));
        continue;
      }
      YamlNode value = inBase == null ? added(e.value(), childPath, childWritten, differences)
          : merge(inBase.value(), e.value(), childPath, childWritten, differences);
      entries.put(e.key(), new Entry(e.key(), value == e.value() ? e.keyPosition() : inBase.keyPosition(), value));
    }
    return new MapNode(b.position(), entries);
  }

  /** A key the base does not have: taken as written (every leaf is a difference from the default). */
  private YamlNode added(YamlNode over, String path, String written, List<EnvironmentDifference> differences) {
    if (Values.isNull(over)) {
      return merge(null, over, path, written, differences);
    }
    shape(path, over, written);
    if (over instanceof MapNode m && named(path)) {
      m.entries().values().forEach(e -> ctx.error(e.keyPosition(), Paths.child(written, e.key()),
          "no " + what(path) + " '" + e.key() + "' in the base to override",
          "an environment changes what the base defines: add '" + e.key() + "' to the base first"));
    } else if (over instanceof MapNode m) {
      m.entries().values().forEach(e -> added(e.value(), Paths.child(path, e.key()), Paths.child(written, e.key()),
          differences));
    } else {
      differences.add(new EnvironmentDifference(path, "(not set)", shown(over)));
    }
    return over;
  }

  /** A variable or secret is one value: {@code {secret: a, field: b}} replaces the base's whole, never merges. */
  private static boolean variable(String path) {
    int dot = path.lastIndexOf('.');
    return dot > 0 && VARIABLES.matcher(path.substring(0, dot)).matches();
  }

  private static boolean named(String path) {
    return NAMED.stream().anyMatch(p -> p.matcher(path).matches());
  }

  /** Checks the override's own shapes; the merged values are the binders' to check. */
  private void shape(String path, YamlNode over, String written) {
    if (path.matches("services\\.[^.]+")) {
      Obj.open(values, over, written, YamlShape.SERVICE_OVERRIDE);
    } else if (path.matches("dependencies\\.[^.]+")) {
      Obj.open(values, over, written, YamlShape.DEPENDENCY);
    }
  }

  private static String what(String path) {
    return switch (path) {
      case "services" -> "service";
      case "dependencies" -> "dependency";
      default -> path.endsWith(".secrets") ? "secret" : "variable";
    };
  }

  /** Every key and value position inside {@code node}. */
  private static void collect(YamlNode node, Set<SourcePosition> into) {
    into.add(node.position());
    if (node instanceof MapNode m) {
      m.entries().values().forEach(e -> {
        into.add(e.keyPosition());
        collect(e.value(), into);
      });
    } else if (node instanceof SeqNode s) {
      s.items().forEach(i -> collect(i, into));
    }
  }

  /** A value in flow style for the summary, shortened. */
  static String shown(YamlNode node) {
    String text = flow(node);
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN - 3) + "...";
  }

  private static String flow(YamlNode node) {
    if (node instanceof ScalarNode s) {
      return s.isNull() ? "(nothing)" : s.text();
    }
    if (node instanceof SeqNode s) {
      return s.items().stream().map(EnvironmentMerge::flow).collect(Collectors.joining(", ", "[", "]"));
    }
    return ((MapNode) node).entries().values().stream().map(e -> e.key() + ": " + flow(e.value()))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  /** The environment whose override holds {@code at}, if any. */
  static Optional<Merged> owner(List<Merged> all, SourcePosition at) {
    return all.stream().filter(m -> m.overrides().contains(at)).findFirst();
  }
}
