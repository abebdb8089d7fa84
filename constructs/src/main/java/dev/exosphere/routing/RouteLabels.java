package dev.exosphere.routing;

import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * How planning errors name a route and a service: by YAML path for {@code exo validate}, by prop for a construct's
 * caller (who never wrote YAML).
 *
 * @param route   the route of a service, from its name and prefix
 * @param service a service, from its name
 */
public record RouteLabels(BiFunction<String, String, String> route, UnaryOperator<String> service) {
  /** {@code services.web.interface./api} and {@code services.web}. */
  public static final RouteLabels YAML = new RouteLabels(
      (service, prefix) -> "services." + service + ".interface." + prefix, service -> "services." + service);

  /** {@code web: ExoServiceProps.routes[/api]} and {@code service web}. */
  public static final RouteLabels PROPS = new RouteLabels(
      (service, prefix) -> service + ": ExoServiceProps.routes[" + prefix + "]", service -> "service " + service);

  public String route(String serviceName, String prefix) {
    return route.apply(serviceName, prefix);
  }

  public String service(String serviceName) {
    return service.apply(serviceName);
  }
}
