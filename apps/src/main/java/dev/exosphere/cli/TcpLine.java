package dev.exosphere.cli;

import dev.exosphere.model.ExoModel;
import dev.exosphere.model.Service;
import java.util.Optional;
import java.util.stream.Collectors;

/** The summary's line for a service's {@code tcp} ports; none for a service without any. */
final class TcpLine {
  private TcpLine() {}

  static Optional<String> of(ExoModel model, Service s) {
    if (s.tcp().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("tcp " + s.tcp().stream().map(t -> t.port() + " -> " + t.containerPort())
        .collect(Collectors.joining(", ")) + " on its Network Load Balancer"
        + model.domain().map(d -> ", " + s.name() + "-tcp." + d.name()).orElse(" (its AWS DNS name: no domain)"));
  }
}
