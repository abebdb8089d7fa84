package dev.exosphere.application;

import dev.exosphere.gateway.ExoGatewayProps;
import dev.exosphere.model.ExoModel;
import dev.exosphere.model.ListenerProtocol;
import dev.exosphere.model.ServiceType;
import dev.exosphere.routing.RouteRequest;
import java.util.List;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;

/**
 * The model's {@code interface}, {@code policies.timeout} and public services onto {@link ExoGatewayProps}; the
 * domain's zone and certificate are imported by {@link ExoApplication}, which owns their construct ids.
 */
public final class GatewayAdapter {
  private GatewayAdapter() {}

  /** Every public service's routes are announced, so the gateway plans them all at once, before any is built. */
  public static ExoGatewayProps.Builder props(ExoModel model) {
    ExoGatewayProps.Builder b = ExoGatewayProps.builder()
        .loadBalancers(model.gateway().loadBalancers())
        .routes(routes(model));
    model.policies().requestTimeout().ifPresent(b::idleTimeoutSeconds);
    // with a domain the listeners are fixed (443, 80 redirecting); without, the one port the model allows
    if (model.domain().isEmpty()) {
      b.httpPort(model.gateway().ports().firstKey());
    }
    model.domain().ifPresent(d -> b.domainName(d.name()));
    java.util.SortedMap<Integer, ApplicationProtocol> extra = new java.util.TreeMap<>();
    model.gateway().listeners().forEach((port, protocol) -> extra.put(port,
        protocol == ListenerProtocol.HTTPS ? ApplicationProtocol.HTTPS : ApplicationProtocol.HTTP));
    b.extraListeners(extra);
    return b;
  }

  private static List<RouteRequest> routes(ExoModel model) {
    return model.services().values().stream()
        .filter(s -> s.type() == ServiceType.PUBLIC)
        .flatMap(s -> ServiceAdapter.routes(s).stream().map(r -> r.request(s.name(),
            s.deployment().filter(d -> d.strategy().shiftsTraffic()).isPresent())))
        .toList();
  }
}
