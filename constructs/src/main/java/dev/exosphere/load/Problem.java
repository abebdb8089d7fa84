package dev.exosphere.load;

/**
 * One thing wrong (or worth a warning) in an {@code exosphere.yml}.
 *
 * @param severity error or warning
 * @param position where in the file
 * @param path     the YAML path, e.g. {@code services.web.interface./api.port}; empty for the whole document
 * @param message  what is wrong and what was expected, e.g. {@code expected a port 1-65535, got 70000}
 * @param fix      a suggestion, e.g. {@code did you mean 'memory'?}; may be empty
 */
public record Problem(Severity severity, SourcePosition position, String path, String message, String fix) {
  public enum Severity {
    ERROR,
    WARNING
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line:col: error: path: message (fix)}: the form editors and terminals link to. */
  public String format() {
    StringBuilder sb = new StringBuilder()
        .append(position)
        .append(": ")
        .append(severity == Severity.ERROR ? "error" : "warning")
        .append(": ");
    if (!path.isEmpty()) {
      sb.append(path).append(": ");
    }
    sb.append(message);
    if (!fix.isEmpty()) {
      sb.append(" (").append(fix).append(')');
    }
    return sb.toString();
  }
}
