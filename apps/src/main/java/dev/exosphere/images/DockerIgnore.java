package dev.exosphere.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A build context's {@code .dockerignore}, read and matched by Docker's own rules: moby's {@code ignorefile.ReadAll}
 * (a line starting with {@code #} is a comment, checked before trimming; {@code !} at the start makes an exception;
 * patterns cleaned like Go's {@code filepath.Clean}, a leading {@code /} dropped) and {@code patternmatcher}
 * ({@code MatchesOrParentMatches}: a later pattern wins, a pattern matching a parent folder matches what is inside,
 * {@code *} and {@code ?} stay within a folder, {@code **} crosses folders, {@code [...]} is a regexp class, so
 * {@code [!a]} is a class of '!' and 'a', not a negation). Ported from moby/patternmatcher's behaviour and tests.
 */
final class DockerIgnore {
  /** One line of the file that became a pattern, for error messages. */
  record Line(int number, String pattern) {}

  /** A pattern the file cannot be matched with; Docker refuses to build with it too. */
  static final class BadPattern extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int line;

    BadPattern(int line, String message) {
      super(message);
      this.line = line;
    }

    int line() {
      return line;
    }
  }

  private final List<Rule> rules;

  private DockerIgnore(List<Rule> rules) {
    this.rules = rules;
  }

  static DockerIgnore none() {
    return new DockerIgnore(List.of());
  }

  /**
   * The context's {@code .dockerignore}, or no patterns when it has none.
   *
   * @throws ImageException for a pattern Docker would refuse, as {@code file:line:col: error: ...}
   */
  static DockerIgnore read(Path context) throws IOException {
    Path file = context.resolve(".dockerignore");
    if (!Files.isRegularFile(file)) {
      return none();
    }
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    try {
      return parse(Arrays.asList(text.split("\n", -1)));
    } catch (BadPattern e) {
      throw new ImageException(file + ":" + e.line() + ":1: error: " + e.getMessage());
    }
  }

  /** The file's lines into patterns, then matched; throws {@link BadPattern} as Docker refuses them. */
  static DockerIgnore parse(List<String> lines) {
    List<Rule> rules = new ArrayList<>();
    for (Line line : readAll(lines)) {
      compile(line).ifPresent(rules::add);
    }
    return new DockerIgnore(List.copyOf(rules));
  }

  /** moby's {@code ignorefile.ReadAll}: the patterns of the file's lines, cleaned, {@code !} kept in front. */
  static List<Line> readAll(List<String> lines) {
    List<Line> patterns = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      if (i == 0 && raw.startsWith("\uFEFF")) {
        raw = raw.substring(1);
      }
      if (raw.endsWith("\r")) {
        raw = raw.substring(0, raw.length() - 1); // as Go's line scanner drops it
      }
      if (raw.startsWith("#")) {
        continue; // a comment only when '#' is the very first character
      }
      String pattern = trimSpace(raw);
      if (pattern.isEmpty()) {
        continue;
      }
      boolean invert = pattern.charAt(0) == '!';
      if (invert) {
        pattern = trimSpace(pattern.substring(1));
      }
      if (!pattern.isEmpty()) {
        pattern = clean(pattern);
        if (pattern.length() > 1 && pattern.charAt(0) == '/') {
          pattern = pattern.substring(1);
        }
      }
      patterns.add(new Line(i + 1, invert ? "!" + pattern : pattern));
    }
    return patterns;
  }

  /** moby's {@code patternmatcher.New} for one pattern: empty when blank, else the rule or {@link BadPattern}. */
  private static java.util.Optional<Rule> compile(Line line) {
    String p = trimSpace(line.pattern());
    if (p.isEmpty()) {
      return java.util.Optional.empty();
    }
    p = clean(p);
    boolean exclusion = p.charAt(0) == '!';
    if (exclusion) {
      if (p.length() == 1) {
        throw new BadPattern(line.number(), "illegal exclusion pattern: \"!\" (name what to keep after the '!')");
      }
      p = p.substring(1);
    }
    if (!GoMatch.isValid(p)) {
      throw new BadPattern(line.number(), "syntax error in pattern '" + p + "' (close every '[' with ']', and "
          + "end no pattern with a lone '\\')");
    }
    try {
      return java.util.Optional.of(Rule.of(p, exclusion));
    } catch (PatternSyntaxException e) {
      throw new BadPattern(line.number(), "syntax error in pattern '" + p + "' (" + e.getDescription() + ")");
    }
  }

  /** Whether some pattern re-includes files (then excluded directories must still be walked). */
  boolean hasExceptions() {
    return rules.stream().anyMatch(Rule::exclusion);
  }

  /**
   * Whether {@code path} (relative, '/'-separated) is left out of the context: moby's
   * {@code MatchesOrParentMatches}.
   */
  boolean excludes(String path) {
    boolean matched = false;
    String parent = dir(path);
    String[] parentDirs = parent.split("/", -1);
    for (Rule rule : rules) {
      if (rule.exclusion() != matched) {
        continue; // an exception only matters once matched, a pattern only while not
      }
      boolean match = rule.matches(path);
      if (!match && !parent.equals(".")) {
        for (int i = 0; i < parentDirs.length && !match; i++) {
          match = rule.matches(String.join("/", Arrays.copyOfRange(parentDirs, 0, i + 1)));
        }
      }
      if (match) {
        matched = !rule.exclusion();
      }
    }
    return matched;
  }

  /** moby's matcher for the package-level {@code Matches}: the path cleaned first, and "." never excluded. */
  boolean excludesCleaned(String path) {
    String cleaned = clean(path);
    return !cleaned.equals(".") && excludes(cleaned);
  }

  /** The rules, for tests: each pattern's match type and, for regexp ones, moby's regexp. */
  List<String> describe() {
    return rules.stream().map(Rule::describe).toList();
  }

  /** Go's {@code filepath.Dir} for '/'-separated paths. */
  static String dir(String path) {
    int slash = path.lastIndexOf('/');
    return clean(path.substring(0, slash + 1));
  }

  /** Go's {@code filepath.Clean} for '/'-separated paths: {@code ./a//b/../c/} becomes {@code a/c}. */
  static String clean(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    boolean rooted = path.charAt(0) == '/';
    List<String> out = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
          out.remove(out.size() - 1);
        } else if (!rooted) {
          out.add(part);
        }
      } else {
        out.add(part);
      }
    }
    String joined = String.join("/", out);
    return rooted ? "/" + joined : joined.isEmpty() ? "." : joined;
  }

  /** Go's {@code strings.TrimSpace}: Unicode white space at both ends. */
  static String trimSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return "\t\n\u000B\f\r\u0085".indexOf(c) >= 0 || Character.isSpaceChar(c);
  }

  /** One compiled pattern, typed as moby types it (exact, prefix, suffix or regexp). */
  private record Rule(String cleaned, boolean exclusion, Kind kind, String goRegex, Pattern regex) {
    enum Kind { EXACT, PREFIX, SUFFIX, REGEXP }

    /** moby's {@code Pattern.compile}: the pattern into a match type and, when needed, a regexp. */
    static Rule of(String pattern, boolean exclusion) {
      StringBuilder re = new StringBuilder("^");
      Kind kind = Kind.EXACT;
      int[] cps = pattern.codePoints().toArray();
      int pos = 0;
      for (int i = 0; pos < cps.length; i++) {
        int ch = cps[pos++];
        if (ch == '*') {
          if (pos < cps.length && cps[pos] == '*') {
            pos++;
            if (pos < cps.length && cps[pos] == '/') {
              pos++; // "**/" is "**"
            }
            if (pos == cps.length) {
              if (kind == Kind.EXACT) {
                kind = Kind.PREFIX;
              } else {
                re.append(".*");
                kind = Kind.REGEXP;
              }
            } else {
              re.append("(.*/)?");
              kind = Kind.REGEXP;
            }
            if (i == 0) {
              kind = Kind.SUFFIX;
            }
          } else {
            re.append("[^/]*");
            kind = Kind.REGEXP;
          }
        } else if (ch == '?') {
          re.append("[^/]");
          kind = Kind.REGEXP;
        } else if (".+()|{}$".indexOf(ch) >= 0) {
          re.append('\\').appendCodePoint(ch);
        } else if (ch == '\\') {
          if (pos < cps.length) {
            re.append('\\').appendCodePoint(cps[pos++]);
            kind = Kind.REGEXP;
          } else {
            re.append('\\');
          }
        } else if (ch == '[' || ch == ']') {
          re.appendCodePoint(ch);
          kind = Kind.REGEXP;
        } else {
          re.appendCodePoint(ch);
        }
      }
      if (kind != Kind.REGEXP) {
        return new Rule(pattern, exclusion, kind, "", null);
      }
      String goRegex = re.append('$').toString();
      return new Rule(pattern, exclusion, kind, goRegex, Pattern.compile(GoMatch.toJava(goRegex), Pattern.UNIX_LINES));
    }

    boolean matches(String path) {
      return switch (kind) {
        case EXACT -> path.equals(cleaned);
        case PREFIX -> path.startsWith(cleaned.substring(0, cleaned.length() - 2));
        case SUFFIX -> {
          String suffix = cleaned.substring(2);
          yield path.endsWith(suffix) || suffix.startsWith("/") && path.equals(suffix.substring(1));
        }
        case REGEXP -> regex.matcher(path).find();
      };
    }

    String describe() {
      return kind.name().toLowerCase(java.util.Locale.ROOT) + (goRegex.isEmpty() ? "" : " " + goRegex);
    }
  }
}
