package dev.exosphere.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The patterns of a build context's {@code .dockerignore}, matched as Docker matches them: Go {@code filepath.Match}
 * syntax plus {@code **}, patterns cleaned and relative to the context root, a later pattern winning over an
 * earlier one, {@code !} re-including, and a pattern that matches a directory excluding everything under it.
 */
final class DockerIgnore {
  private record Rule(Pattern regex, int depth, boolean include) {}

  private final List<Rule> rules;

  private DockerIgnore(List<Rule> rules) {
    this.rules = rules;
  }

  static DockerIgnore none() {
    return new DockerIgnore(List.of());
  }

  /** The context's {@code .dockerignore}, or no patterns when it has none. */
  static DockerIgnore read(Path context) throws IOException {
    Path file = context.resolve(".dockerignore");
    return Files.isRegularFile(file) ? parse(Files.readAllLines(file, StandardCharsets.UTF_8)) : none();
  }

  static DockerIgnore parse(List<String> lines) {
    List<Rule> rules = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean include = line.startsWith("!");
      String pattern = clean(include ? line.substring(1).strip() : line);
      if (pattern.isEmpty()) {
        continue;
      }
      rules.add(new Rule(Pattern.compile(regex(pattern)), pattern.split("/").length, include));
    }
    return new DockerIgnore(List.copyOf(rules));
  }

  /** Whether some pattern re-includes files (then excluded directories must still be walked). */
  boolean hasExceptions() {
    return rules.stream().anyMatch(Rule::include);
  }

  /** Whether {@code path} (relative, '/'-separated) is left out of the context. */
  boolean excludes(String path) {
    String[] parts = path.split("/");
    boolean excluded = false;
    for (Rule rule : rules) {
      boolean match = rule.regex.matcher(path).matches();
      if (!match && parts.length > 1 && rule.depth < parts.length) {
        // A pattern naming a parent directory applies to everything below it.
        match = rule.regex.matcher(String.join("/", java.util.Arrays.copyOf(parts, rule.depth))).matches();
      }
      if (match) {
        excluded = !rule.include;
      }
    }
    return excluded;
  }

  /** Like Go's filepath.Clean, without a leading '/': {@code ./a//b/../c/} becomes {@code a/c}. */
  static String clean(String pattern) {
    List<String> out = new ArrayList<>();
    for (String part : pattern.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..") && !out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
        out.remove(out.size() - 1);
      } else if (!part.equals("..") || !out.isEmpty() || !pattern.startsWith("/")) {
        out.add(part);
      }
    }
    return String.join("/", out);
  }

  /** Go filepath.Match syntax, plus {@code **} for any number of directories, as one anchored regex. */
  static String regex(String pattern) {
    StringBuilder re = new StringBuilder("^");
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
        i++;
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '/') {
          i++;
          re.append("(?:.*/)?");
        } else {
          re.append(".*");
        }
      } else if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else if (c == '[') {
        int end = pattern.indexOf(']', i + 1);
        if (end < 0) {
          re.append("\\[");
        } else {
          String body = pattern.substring(i + 1, end);
          re.append('[').append(body.startsWith("^") || body.startsWith("!") ? "^" + body.substring(1) : body)
              .append(']');
          i = end;
        }
      } else if (c == '\\' && i + 1 < pattern.length()) {
        re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return re.append('$').toString();
  }
}
