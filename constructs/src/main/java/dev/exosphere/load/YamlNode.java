package dev.exosphere.load;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;

/** A parsed YAML value that remembers where it stood, unlike a Jackson tree. */
sealed interface YamlNode permits YamlNode.MapNode, YamlNode.SeqNode, YamlNode.ScalarNode {

  SourcePosition position();

  /** How an error message names what was found: "a string 'abc'", "a list", ... */
  String describe();

  /** One key of a mapping, with the key's own position. */
  record Entry(String key, SourcePosition keyPosition, YamlNode value) {}

  record MapNode(SourcePosition position, LinkedHashMap<String, Entry> entries) implements YamlNode {
    @Override
    public String describe() {
      return "a mapping";
    }
  }

  record SeqNode(SourcePosition position, List<YamlNode> items) implements YamlNode {
    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar with its YAML type as the parser resolved it.
   *
   * @param integer the value when {@code kind} is {@link Kind#INT}, else null
   */
  record ScalarNode(SourcePosition position, Kind kind, String text, BigInteger integer) implements YamlNode {
    enum Kind {
      STRING,
      INT,
      FLOAT,
      BOOL,
      NULL
    }

    /** Longest value an error repeats: a stray file read as a string (a passwd file as a stack) stays one line. */
    static final int DESCRIBED_CHARACTERS = 100;

    @Override
    public String describe() {
      String shown = text.length() <= DESCRIBED_CHARACTERS ? text
          : text.substring(0, DESCRIBED_CHARACTERS - 3) + "... (" + text.length() + " characters)";
      return switch (kind) {
        case STRING -> "a string '" + shown + "'";
        case INT -> "an integer " + shown;
        case FLOAT -> "a number " + shown;
        case BOOL -> "a boolean " + text;
        case NULL -> "nothing";
      };
    }

    boolean isNull() {
      return kind == Kind.NULL;
    }
  }
}
