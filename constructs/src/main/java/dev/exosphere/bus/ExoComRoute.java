package dev.exosphere.bus;

import java.util.List;
import java.util.Optional;

/**
 * One service's entry in ExoCom's {@code SERVICE_ROUTES}: which messages it receives and sends.
 *
 * @param role      the service's name (ExoCom's role), unique per bus
 * @param receives  message names it receives
 * @param sends     message names it sends
 * @param namespace ExoCom namespace for the messages, e.g. {@code mongo}; empty for none
 */
public record ExoComRoute(String role, List<String> receives, List<String> sends, Optional<String> namespace) {
  public ExoComRoute {
    receives = List.copyOf(receives);
    sends = List.copyOf(sends);
    namespace = namespace == null ? Optional.empty() : namespace;
  }
}
