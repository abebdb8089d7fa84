package dev.exosphere.service;

import java.util.List;
import java.util.Optional;

/**
 * What a service says on the ExoCom bus: its entry in the bus's {@code SERVICE_ROUTES}.
 *
 * @param receives  message names it receives
 * @param sends     message names it sends
 * @param namespace an ExoCom namespace for its messages, e.g. {@code mongo}; empty for none
 */
public record ServiceMessages(List<String> receives, List<String> sends, Optional<String> namespace) {
  public ServiceMessages {
    receives = List.copyOf(receives);
    sends = List.copyOf(sends);
  }

  /** Receives {@code receives}, sends {@code sends}, no namespace. */
  public static ServiceMessages of(List<String> receives, List<String> sends) {
    return new ServiceMessages(receives, sends, Optional.empty());
  }
}
