package dev.exosphere.imports;

import java.util.List;
import java.util.regex.Pattern;

/** Scalars as YAML text: plain when YAML reads them back as the same string, else double-quoted. */
final class YamlText {
  /** Plain-safe: starts with a letter, digit, '/' or '.', and holds nothing YAML gives a meaning to. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9/._][A-Za-z0-9/._@+=-]*");
  /** Words YAML 1.1 or 1.2 would read as something else than a string. */
  private static final Pattern SPECIAL = Pattern.compile(
      "(?i)y|n|yes|no|on|off|true|false|null|~|[-+]?(\\.[0-9]+|[0-9][0-9_.:eE+-]*|0x[0-9a-f]+|0o[0-7]+|\\.inf|\\.nan)");

  private YamlText() {}

  static String scalar(String s) {
    if (PLAIN.matcher(s).matches() && !SPECIAL.matcher(s).matches()) {
      return s;
    }
    return quoted(s);
  }

  static String quoted(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            b.append(String.format("\\x%02x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** A flow list of scalars: {@code [a, "b c"]}. */
  static String list(List<String> items) {
    return "[" + String.join(", ", items.stream().map(YamlText::scalar).toList()) + "]";
  }

  /** Text for a {@code #} comment: one line, no control characters. */
  static String comment(String s) {
    return s.replaceAll("[\\p{Cntrl}]", " ");
  }
}
