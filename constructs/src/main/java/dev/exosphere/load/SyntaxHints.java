package dev.exosphere.load;

/** A fix for SnakeYAML's usual complaints, in words an ops engineer can act on. */
final class SyntaxHints {
  private SyntaxHints() {}

  static String fixFor(String problem) {
    if (problem.contains("mapping values are not allowed")) {
      return "a value containing ': ' must be quoted; otherwise check the indentation of this line";
    }
    if (problem.contains("could not find expected ':'")) {
      return "each key needs a ':' after it; check the line above too";
    }
    if (problem.contains("expected <block end>") || problem.contains("expected <block mapping start>")) {
      return "keys of one mapping must start in the same column; check the indentation";
    }
    if (problem.contains("found unexpected end of stream") || problem.contains("found unexpected ':'")) {
      return "close every quote and bracket you opened";
    }
    if (problem.contains("expected ',' or ']'") || problem.contains("expected ',' or '}'")) {
      return "separate items with ',' and close the bracket";
    }
    if (problem.contains("cannot start any token")) {
      return "quote the value";
    }
    return "check the indentation, quotes and brackets around this place";
  }
}
