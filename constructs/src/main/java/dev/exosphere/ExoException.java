package dev.exosphere;

import dev.exosphere.load.Problem;
import java.util.List;
import software.constructs.Construct;

/**
 * The one exception for user errors: a bad {@code exosphere.yml}, or props a construct cannot build from.
 * Its message is meant for a person: where (file:line:column and YAML path, or the construct path), the value,
 * what was expected and the fix. Never shown with a stack trace by our entry points.
 */
public final class ExoException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  private ExoException(String message, List<Problem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  /** A model that failed validation: every error found, formatted one per line. */
  public static ExoException of(List<Problem> problems) {
    StringBuilder sb = new StringBuilder();
    for (Problem p : problems) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(p.format());
    }
    return new ExoException(sb.toString(), problems);
  }

  /**
   * Props a construct cannot build from.
   *
   * @param scope    the construct (its path is named)
   * @param prop     the prop, e.g. {@code azs}
   * @param value    what was given
   * @param expected what is allowed
   * @param fix      what to do
   */
  public static ExoException invalidProp(Construct scope, String prop, Object value, String expected, String fix) {
    return new ExoException(
        scope.getNode().getPath() + ": " + prop + " = " + value + " is invalid: expected " + expected + ". Fix: " + fix,
        List.of());
  }

  /**
   * {@code value}, or an error naming the construct and the missing prop: a required prop left out of a builder.
   *
   * @param fix what to pass, e.g. {@code pass cluster, e.g. exoCluster.getCluster()}
   */
  public static <T> T required(Construct scope, String prop, T value, String fix) {
    if (value == null) {
      throw invalidProp(scope, prop, "none", "a value: it is required", fix);
    }
    return value;
  }

  /** The model problems behind this exception; empty for construct prop errors. */
  public List<Problem> problems() {
    return problems;
  }
}
