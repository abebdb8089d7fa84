package dev.exosphere.routing;

/**
 * Routes the load balancer cannot serve. Carries the parts of an {@link dev.exosphere.ExoException#invalidProp}
 * message so that the construct using the planner can name itself as the place, and the YAML path of the route (or
 * route key) at fault so that {@code exo validate} can point at it.
 */
public final class RoutePlanException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String where;
  private final String value;
  private final String expected;
  private final String fix;
  private final boolean limit;

  RoutePlanException(String where, String value, String expected, String fix) {
    this(where, value, expected, fix, false);
  }

  RoutePlanException(String where, String value, String expected, String fix, boolean limit) {
    super(value + " is invalid: expected " + expected + ". Fix: " + fix);
    this.where = where;
    this.value = value;
    this.expected = expected;
    this.fix = fix;
    this.limit = limit;
  }

  /**
   * The YAML path at fault, e.g. {@code services.web.interface./api.hosts[1]}; empty for a load balancer limit
   * (the routes of all its services together).
   */
  public String where() {
    return where;
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
