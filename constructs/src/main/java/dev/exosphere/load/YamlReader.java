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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Jackson's YAML token stream into {@link YamlNode}s that keep line and column. Catches what the token stream lets
 * through: duplicate keys, merge keys, undefined aliases, a second document. Aliases are supported: {@code *name}
 * stands for the node anchored {@code &name}.
 */
final class YamlReader {
  /** rebuild(), not builder(): builder() drops the default EMPTY_STRING_AS_NULL ("key:" is null, not ""). */
  private static final YAMLFactory FACTORY = new YAMLFactory().rebuild().loaderOptions(loaderOptions()).build();
  private static final int SHOWN_KEY_CHARACTERS = 20;
  /** YAML 1.2, 7.4: an implicit (plain) key is at most 1024 characters. */
  private static final int YAML_KEY_LIMIT = 1024;

  private final LoadContext ctx;
  private final Map<String, YamlNode> anchors = new HashMap<>();
  /** How many values each anchored node stands for, itself and everything inside it, aliases expanded. */
  private final Map<String, Long> anchorSizes = new HashMap<>();
  /** Values read so far, every alias counted as the values it stands for. */
  private long values;
  private String text = "";
  private YAMLParser parser;
  /** Set by a problem after which the tree would mislead the binder (a merge key, an undefined alias). */
  private boolean unusable;

  private YamlReader(LoadContext ctx) {
    this.ctx = ctx;
  }

  /** Stops reading after a limit was exceeded and reported: what follows could cost unbounded time or memory. */
  private static final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LimitExceeded() {
      super(null, null, false, false);
    }
  }

  /** SnakeYAML's own bound on characters sits above ours: the file size limit speaks first, with the fix. */
  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit((int) (2 * FileLimits.MAX_FILE_BYTES));
    return options;
  }

  /** The document's root, or empty after reporting why there is none. */
  static Optional<YamlNode> read(LoadContext ctx, String text) {
    return new YamlReader(ctx).document(text);
  }

  private Optional<YamlNode> document(String text) {
    this.text = text;
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
    } catch (LimitExceeded e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      syntaxError(e);
      return Optional.empty();
    }
  }

  private YamlNode value(JsonToken token, String path, int depth) throws IOException {
    SourcePosition at = here(parser.currentTokenLocation());
    if (depth >= FileLimits.MAX_DEPTH) {
      ctx.error(at, path, "mappings and lists nest more than " + FileLimits.MAX_DEPTH + " levels deep here",
          "exosphere.yml never nests this deep; check the brackets and the indentation");
      throw new LimitExceeded();
    }
    long before = values;
    count(at, path, 1);
    String anchor = parser.getObjectId();
    YamlNode node = switch (token) {
      case START_OBJECT -> mapping(at, path, depth);
      case START_ARRAY -> sequence(at, path, depth);
      default -> parser.isCurrentAlias() ? alias(at, path) : scalar(token, at, path);
    };
    if (anchor != null) {
      anchors.put(anchor, node);
      anchorSizes.put(anchor, values - before);
    }
    return node;
  }

  /** Counts {@code n} more values; past {@link FileLimits#MAX_VALUES} reports where, and stops. */
  private void count(SourcePosition at, String path, long n) throws IOException {
    values += n;
    if (values > FileLimits.MAX_VALUES) {
      boolean alias = parser.isCurrentAlias();
      ctx.error(at, path, (alias ? "with the alias '*" + parser.getText() + "' (" + String.format(Locale.ROOT, "%,d", n)
          + " values), the document" : "the document") + " has more than "
          + String.format(Locale.ROOT, "%,d", FileLimits.MAX_VALUES) + " values" + (alias ? " once aliases are expanded" : ""),
          alias ? "aliases of aliases multiply (an alias bomb?); write the values out, or use fewer aliases"
              : "check that this is the right file; exosphere.yml never needs that many values");
      throw new LimitExceeded();
    }
  }

  private YamlNode alias(SourcePosition at, String path) throws IOException {
    String name = parser.getText();
    YamlNode target = anchors.get(name);
    if (target != null) {
      count(at, path, anchorSizes.get(name) - 1); // the alias itself was counted as one value
    }
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
      boolean tooLong = key.length() > FileLimits.MAX_KEY_LENGTH;
      if (tooLong) {
        tooLongKey(keyAt, path, key);
      }
      String keyPath = Paths.child(path, tooLong ? key.substring(0, SHOWN_KEY_CHARACTERS) + "..." : key);
      YamlNode v = value(parser.nextToken(), keyPath, depth + 1);
      if (v instanceof ScalarNode s && s.isNull() && s.text().isEmpty()) {
        v = new ScalarNode(keyAt, Kind.NULL, "", null); // "key:" with nothing after it: point at the key
      }
      Entry first = entries.get(key);
      if (key.equals("<<")) {
        unusable = true;
        ctx.error(keyAt, keyPath, "merge keys ('<<') are not supported", "write the keys out, or use an alias '*name' for a whole value");
      } else if (tooLong) {
        continue;
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

  private ScalarNode scalar(JsonToken token, SourcePosition at, String path) throws IOException {
    String text = parser.getText();
    if (text != null && text.length() > FileLimits.MAX_SCALAR_LENGTH) {
      unusable = true;
      ctx.error(at, path, "the value is " + String.format(Locale.ROOT, "%,d", text.length())
          + " characters long, more than the limit of " + String.format(Locale.ROOT, "%,d", FileLimits.MAX_SCALAR_LENGTH),
          "keep large content out of exosphere.yml, e.g. in SSM parameters or secrets it refers to");
      return new ScalarNode(at, Kind.STRING, "", null);
    }
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
  /**
   * YAML forbids a plain key over 1024 characters, so SnakeYAML reads a longer one as a value and complains about
   * the ':' after it. Reports such a key as too long instead (true), at the key, when the text before the colon on
   * the problem's line (0-based) is that long.
   */
  private boolean tooLongForAKey(int line, int column) {
    String[] lines = text.split("\n", -1);
    if (line >= lines.length || column >= lines[line].length() || lines[line].charAt(column) != ':') {
      return false;
    }
    String before = lines[line].substring(0, column);
    int start = 0;
    while (start < before.length() && (before.charAt(start) == ' ' || before.startsWith("- ", start))) {
      start += before.charAt(start) == ' ' ? 1 : 2;
    }
    String key = before.substring(start).stripTrailing();
    if (key.length() <= YAML_KEY_LIMIT) {
      return false;
    }
    tooLongKey(ctx.at(line + 1, start + 1), "", key);
    return true;
  }

  private void tooLongKey(SourcePosition at, String path, String key) {
    unusable = true;
    ctx.error(at, path, "the key '" + key.substring(0, SHOWN_KEY_CHARACTERS) + "...' is " + String.format(Locale.ROOT,
        "%,d", key.length()) + " characters long, more than the limit of " + FileLimits.MAX_KEY_LENGTH,
        "keys of exosphere.yml are names; shorten it, or check for a missing ':' or newline");
  }

  private void syntaxError(Exception e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof MarkedYAMLException m && m.getProblemMark() != null) {
        if (tooLongForAKey(m.getProblemMark().getLine(), m.getProblemMark().getColumn())) {
          return;
        }
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
