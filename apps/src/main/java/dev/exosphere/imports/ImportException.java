package dev.exosphere.imports;

/** A source that cannot be imported at all (malformed YAML, a JavaScript error): one line, with its position. */
public final class ImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ImportException(String message) {
    super(message, null, false, false);
  }
}
