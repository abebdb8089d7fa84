package dev.exosphere.application;

import dev.exosphere.bus.ExoComBusProps;
import dev.exosphere.bus.ExoComRoute;
import dev.exosphere.model.Bus;
import dev.exosphere.model.ExoModel;
import dev.exosphere.model.Messages;

/** The model's {@link Bus} and every service's {@link Messages} onto {@link ExoComBusProps}. */
public final class BusAdapter {
  private BusAdapter() {}

  /** Image (or version), port, instance type, cpu, memory and the routes; the VPC is the application's. */
  public static ExoComBusProps.Builder props(ExoModel model) {
    Bus bus = model.bus();
    ExoComBusProps.Builder b = ExoComBusProps.builder();
    bus.image().ifPresentOrElse(b::image, () -> b.version(bus.version()));
    return b.port(bus.port()).instanceType(bus.instanceType()).cpu(bus.cpu()).memory(bus.memory())
        .routes(model.services().values().stream().map(s -> route(s.name(), s.messages())).toList());
  }

  /** The route of the service {@code role} from its model {@link Messages}. */
  public static ExoComRoute route(String role, Messages messages) {
    return new ExoComRoute(role, messages.receives(), messages.sends(), messages.namespace());
  }
}
