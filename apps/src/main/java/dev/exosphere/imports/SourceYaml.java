package dev.exosphere.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A source YAML file (application.yml, service.yml, a compose file) read with SnakeYAML's node API, the parser under
 * exo's own loader, so that every value keeps its line. A malformed file is an {@link ImportException} naming
 * {@code file:line:column}.
 */
final class SourceYaml {
  /** Bounds as exo's loader has them: a source is no larger than an exosphere.yml. */
  private static final int MAX_BYTES = 1 << 20;

  final String file;
  final Node node;

  private SourceYaml(String file, Node node) {
    this.file = file;
    this.node = node;
  }

  /** Reads {@code path}; {@code shown} is how problems name it. */
  static SourceYaml read(Path path, String shown) {
    String text;
    try {
      if (!Files.isRegularFile(path)) {
        throw new ImportException(shown + ": no such file");
      }
      if (Files.size(path) > MAX_BYTES) {
        throw new ImportException(shown + ": larger than 1 MiB: not an application description");
      }
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ImportException(shown + ": cannot read it: " + e.getMessage());
    }
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(50);
    try {
      Node node = new Yaml(options).compose(new java.io.StringReader(text));
      if (node == null) {
        throw new ImportException(shown + ":1:1: the file is empty");
      }
      return new SourceYaml(shown, node);
    } catch (MarkedYAMLException e) {
      var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String where = mark == null ? "" : ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
      String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
      String context = e.getContext() != null ? e.getContext() + ": " : "";
      throw new ImportException(shown + where + ": malformed YAML: " + context + what.trim());
    } catch (YAMLException e) {
      throw new ImportException(shown + ": malformed YAML: " + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  /** A value with its line: the API the importers walk. */
  final class Value {
    final String key;
    final Node node;

    Value(String key, Node node) {
      this.key = key;
      this.node = node;
    }

    int line() {
      return node.getStartMark().getLine() + 1;
    }

    String file() {
      return file;
    }

    boolean isMap() {
      return node instanceof MappingNode;
    }

    boolean isList() {
      return node instanceof SequenceNode;
    }

    boolean isScalar() {
      return node instanceof ScalarNode;
    }

    /** The scalar's text; a YAML null or a collection is an error naming the key. */
    String text() {
      String t = textOrNull();
      if (t == null) {
        throw wrong("a value");
      }
      return t;
    }

    /** The scalar's text, null for a YAML null ({@code key:} or {@code ~}); a collection is an error. */
    String textOrNull() {
      if (node instanceof ScalarNode s) {
        boolean isNull = s.getTag().getValue().endsWith(":null") && s.getScalarStyle().getChar() == null;
        return isNull ? null : s.getValue();
      }
      throw wrong("a single value");
    }

    Optional<Integer> integer() {
      String t = textOrNull();
      if (t == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(Integer.parseInt(t.trim()));
      } catch (NumberFormatException e) {
        throw wrong("a whole number");
      }
    }

    /** Entries of a mapping in file order; an empty map for a null value. */
    Map<String, Value> map() {
      Map<String, Value> entries = new LinkedHashMap<>();
      if (node instanceof ScalarNode && textOrNull() == null) {
        return entries;
      }
      if (!(node instanceof MappingNode m)) {
        throw wrong("a mapping");
      }
      for (NodeTuple t : m.getValue()) {
        String k = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
        if (entries.put(k, new Value(k, t.getValueNode())) != null) {
          var mark = t.getKeyNode().getStartMark();
          throw new ImportException(file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1) + ": malformed "
              + "YAML: duplicate key '" + k + "' (the file means one of them: remove the other)");
        }
      }
      return entries;
    }

    List<Value> list() {
      List<Value> items = new ArrayList<>();
      if (node instanceof ScalarNode && textOrNull() == null) {
        return items;
      }
      if (!(node instanceof SequenceNode s)) {
        throw wrong("a list");
      }
      for (int i = 0; i < s.getValue().size(); i++) {
        items.add(new Value(key + "[" + i + "]", s.getValue().get(i)));
      }
      return items;
    }

    Optional<Value> get(String name) {
      return Optional.ofNullable(map().get(name));
    }

    Optional<String> string(String name) {
      return get(name).map(Value::text);
    }

    /** Reports every key of this mapping not in {@code known}: nothing is dropped silently. */
    void reportOthers(ImportReport report, String path, Set<String> known, String why, String fix) {
      map().forEach((k, v) -> {
        if (!known.contains(k)) {
          report.add(file, v.line(), path.isEmpty() ? k : path + "." + k, why, fix);
        }
      });
    }

    /** The value as written, for messages. */
    String describe() {
      return node instanceof ScalarNode sc ? sc.getValue() : key;
    }

    ImportException wrong(String expected) {
      int col = node.getStartMark().getColumn() + 1;
      return new ImportException(file + ":" + line() + ":" + col + ": " + key + ": expected " + expected);
    }
  }

  Value root() {
    return new Value("", node);
  }
}
