package dev.exosphere.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.exosphere.load.YamlNode.Entry;
import dev.exosphere.load.YamlNode.MapNode;
import dev.exosphere.load.YamlNode.ScalarNode.Kind;
import dev.exosphere.load.YamlNode.ScalarNode;
import dev.exosphere.load.YamlNode.SeqNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Jackson's YAML token stream into {@link YamlNode}s that keep line and column. Catches what the token stream lets
 * through: duplicate keys, merge keys, undefined aliases, a second document. Aliases are supported: {@code *name}
 * stands for the node anchored {@code &name}.
 */
final class YamlReader {
  private static final YAMLFactory FACTORY = new YAMLFactory();
  private static final int MAX_DEPTH = 100;

  private final LoadContext ctx;
  private final Map<String, YamlNode> anchors = new HashMap<>();
  private YAMLParser parser;
  /** Set by a problem after which the tree would mislead the binder (a merge key, an undefined alias). */
  private boolean unusable;

  private YamlReader(LoadContext ctx) {
    this.ctx = ctx;
  }

  /** The document's root, or empty after reporting why there is none. */
  static Optional<YamlNode> read(LoadContext ctx, String text) {
    return new YamlReader(ctx).document(text);
  }

  private Optional<YamlNode> document(String text) {
    try (YAMLParser p = FACTORY.createParser(text)) {
      parser = p;
      JsonToken first = p.nextToken();
      if (first == null) {
        ctx.error(ctx.at(1, 1), "", "the file is empty (or only comments)",
            "start with 'name: my-app' and 'version: 0.1.0'; see docs/exosphere-yml.md");
        return Optional.empty();
      }
      YamlNode root = value(first, "", 0);
      if (p.nextToken() != null) {
        ctx.error(here(p.currentTokenLocation()), "", "expected one YAML document, got a second one",
            "remove the '---' and everything after it, or merge the documents");
      }
      return unusable ? Optional.empty() : Optional.of(root);
    } catch (IOException | RuntimeException e) {
      syntaxError(e);
      return Optional.empty();
    }
  }

  private YamlNode value(JsonToken token, String path, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new IllegalStateException("nesting deeper than " + MAX_DEPTH + " levels");
    }
    SourcePosition at = here(parser.currentTokenLocation());
    String anchor = parser.getObjectId();
    YamlNode node = switch (token) {
      case START_OBJECT -> mapping(at, path, depth);
      case START_ARRAY -> sequence(at, path, depth);
      default -> parser.isCurrentAlias() ? alias(at, path) : scalar(token, at);
    };
    if (anchor != null) {
      anchors.put(anchor, node);
    }
    return node;
  }

  private YamlNode alias(SourcePosition at, String path) throws IOException {
    String name = parser.getText();
    YamlNode target = anchors.get(name);
    if (target == null) {
      unusable = true;
      ctx.error(at, path, "the alias '*" + name + "' names no anchor defined before it",
          "define '&" + name + "' on an earlier value, or write the value out");
      return new ScalarNode(at, Kind.NULL, "", null);
    }
    return target;
  }

  private MapNode mapping(SourcePosition at, String path, int depth) throws IOException {
    LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
    JsonToken t;
    while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      SourcePosition keyAt = here(parser.currentTokenLocation());
      String keyPath = Paths.child(path, key);
      YamlNode v = value(parser.nextToken(), keyPath, depth + 1);
      if (v instanceof ScalarNode s && s.isNull() && s.text().isEmpty()) {
        v = new ScalarNode(keyAt, Kind.NULL, "", null); // "key:" with nothing after it: point at the key
      }
      Entry first = entries.get(key);
      if (key.equals("<<")) {
        unusable = true;
        ctx.error(keyAt, keyPath, "merge keys ('<<') are not supported", "write the keys out, or use an alias '*name' for a whole value");
      } else if (first != null) {
        ctx.error(keyAt, keyPath, "duplicate key '" + key + "' (first at line " + first.keyPosition().line() + ")",
            "remove one of them; YAML keys must be unique within a mapping");
      } else {
        entries.put(key, new Entry(key, keyAt, v));
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw new IllegalStateException("mapping keys must be plain scalars");
    }
    return new MapNode(at, entries);
  }

  private SeqNode sequence(SourcePosition at, String path, int depth) throws IOException {
    List<YamlNode> items = new ArrayList<>();
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
      items.add(value(t, path + "[" + items.size() + "]", depth + 1));
    }
    return new SeqNode(at, List.copyOf(items));
  }

  private ScalarNode scalar(JsonToken token, SourcePosition at) throws IOException {
    String text = parser.getText();
    return switch (token) {
      case VALUE_NUMBER_INT -> new ScalarNode(at, Kind.INT, text, parser.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT -> new ScalarNode(at, Kind.FLOAT, text, null);
      // the text as written: "NO" under environment stays "NO", not "false"
      case VALUE_TRUE, VALUE_FALSE -> new ScalarNode(at, Kind.BOOL, text, null);
      case VALUE_NULL -> new ScalarNode(at, Kind.NULL, text == null || text.equals("null") ? "" : text, null);
      default -> new ScalarNode(at, Kind.STRING, text, null);
    };
  }

  private SourcePosition here(JsonLocation loc) {
    return ctx.at(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
  }

  /** SnakeYAML's complaint as one line with line:column, without class names. */
  private void syntaxError(Exception e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof MarkedYAMLException m && m.getProblemMark() != null) {
        String problem = m.getProblem() == null ? "invalid YAML" : m.getProblem().replace("\n", " ");
        ctx.error(ctx.at(m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1), "",
            "YAML syntax error: " + problem, SyntaxHints.fixFor(problem));
        return;
      }
    }
    String detail = e.getMessage() == null ? "invalid YAML" : e.getMessage().lines().findFirst().orElse("invalid YAML");
    String fix = "check the indentation, quotes and brackets around this place";
    if (detail.contains("Expected a field name")) {
      detail = "expected a plain key, got a list or mapping used as a key";
      fix = "write each key as a plain word followed by ':'";
    } else if (detail.startsWith("nesting deeper")) {
      fix = "exosphere.yml never nests this deep; check the brackets";
    } else if (detail.matches(".*\\b(org|com|java)\\.[a-z]+\\..*")) {
      detail = "this YAML cannot be read";
    }
    JsonLocation loc = parser == null ? null : parser.currentTokenLocation();
    ctx.error(loc == null ? ctx.at(1, 1) : here(loc), "", "YAML syntax error: " + detail, fix);
  }
}
