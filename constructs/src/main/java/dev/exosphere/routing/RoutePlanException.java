package dev.exosphere.routing;

/**
 * Routes the load balancer cannot serve. Carries the parts of an {@link dev.exosphere.ExoException#invalidProp}
 * message so that the construct using the planner can name itself as the place.
 */
public final class RoutePlanException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String value;
  private final String expected;
  private final String fix;

  RoutePlanException(String value, String expected, String fix) {
    super(value + " is invalid: expected " + expected + ". Fix: " + fix);
    this.value = value;
    this.expected = expected;
    this.fix = fix;
  }

  public String value() {
    return value;
  }

  public String expected() {
    return expected;
  }

  public String fix() {
    return fix;
  }
}
