package dev.exosphere.images;

/**
 * What {@link DockerIgnore} needs of Go: the syntax check of {@code filepath.Match} (which moby runs on every
 * pattern), and Go (RE2) regexp syntax as Java's {@link java.util.regex.Pattern} reads it.
 */
final class GoMatch {
  private GoMatch() {}

  /** Whether Go's {@code filepath.Match} accepts {@code pattern}: every class closed and well formed, no lone '\'. */
  static boolean isValid(String pattern) {
    int i = 0;
    int n = pattern.length();
    while (i < n) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        if (i + 1 >= n) {
          return false;
        }
        i += 1 + Character.charCount(pattern.codePointAt(i + 1));
      } else if (c == '[') {
        i++;
        if (i < n && pattern.charAt(i) == '^') {
          i++;
        }
        int ranges = 0;
        while (true) {
          if (i < n && pattern.charAt(i) == ']' && ranges > 0) {
            i++;
            break;
          }
          i = classChar(pattern, i);
          if (i < 0) {
            return false;
          }
          if (pattern.charAt(i) == '-') {
            i = classChar(pattern, i + 1);
            if (i < 0) {
              return false;
            }
          }
          ranges++;
        }
      } else {
        i += Character.charCount(pattern.codePointAt(i));
      }
    }
    return true;
  }

  /** Go's {@code getEsc}: one (possibly escaped) character of a class; the index after it, or -1 if bad. */
  private static int classChar(String p, int i) {
    if (i >= p.length() || p.charAt(i) == '-' || p.charAt(i) == ']') {
      return -1;
    }
    if (p.charAt(i) == '\\') {
      i++;
      if (i >= p.length()) {
        return -1;
      }
    }
    i += Character.charCount(p.codePointAt(i));
    return i < p.length() ? i : -1; // the class must go on: at least its ']'
  }

  /**
   * A Go regexp as a Java one: inside a class, Go takes '[' and '&' literally where Java would nest or intersect
   * classes; a final '$' is the end of the text, as in Go (Java's '$' would also match before a final newline).
   */
  static String toJava(String go) {
    StringBuilder java = new StringBuilder();
    boolean inClass = false;
    int classStart = -1;
    for (int i = 0; i < go.length(); i++) {
      char c = go.charAt(i);
      if (c == '\\' && i + 1 < go.length()) {
        java.append(c).append(go.charAt(++i));
      } else if (c == '[' && !inClass) {
        inClass = true;
        java.append(c);
        if (i + 1 < go.length() && go.charAt(i + 1) == '^') {
          java.append(go.charAt(++i));
        }
        classStart = i + 1;
      } else if (c == ']' && inClass && i > classStart) {
        inClass = false;
        java.append(c);
      } else if (inClass && (c == '[' || c == '&' || c == ']')) {
        java.append('\\').append(c);
      } else if (c == '$' && i == go.length() - 1) {
        java.append("\\z");
      } else {
        java.append(c);
      }
    }
    return java.toString();
  }
}
