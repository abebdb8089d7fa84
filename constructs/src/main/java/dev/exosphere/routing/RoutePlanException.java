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
  private final boolean limit;

  RoutePlanException(String value, String expected, String fix) {
    this(value, expected, fix, false);
  }

  RoutePlanException(String value, String expected, String fix, boolean limit) {
    super(value + " is invalid: expected " + expected + ". Fix: " + fix);
    this.value = value;
    this.expected = expected;
    this.fix = fix;
    this.limit = limit;
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

  /** True when the routes are valid but exceed a load balancer quota (more load balancers would help). */
  public boolean limit() {
    return limit;
  }
}
