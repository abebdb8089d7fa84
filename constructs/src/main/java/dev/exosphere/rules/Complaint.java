package dev.exosphere.rules;

import java.util.Optional;

/**
 * What a rule found wrong: the message says what was expected and what was found ("expected ..., got ..."), the fix
 * what to write instead. The YAML layer adds the position and path, the constructs the prop name.
 *
 * @param message what is wrong and what was expected
 * @param fix     what to do about it
 */
public record Complaint(String message, String fix) {
  /** "expected {@code expected}, got '{@code got}'". */
  public static Optional<Complaint> expected(String expected, String got, String fix) {
    return Optional.of(new Complaint("expected " + expected + ", got '" + got + "'", fix));
  }

  /** A complaint whose message is not of the "expected, got" form. */
  public static Optional<Complaint> of(String message, String fix) {
    return Optional.of(new Complaint(message, fix));
  }

  /** The message without its leading "expected ", for errors that say "expected" themselves. */
  public String expectation() {
    return message.startsWith("expected ") ? message.substring("expected ".length()) : message;
  }

  /** {@code message (fix)}: the form construct errors use. */
  @Override
  public String toString() {
    return fix.isEmpty() ? message : message + " (" + fix + ")";
  }
}
