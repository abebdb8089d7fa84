package dev.exosphere.service;

/** Who reaches an {@link ExoService}. */
public enum ServiceKind {
  /** Behind an {@link dev.exosphere.gateway.ExoGateway}: its routes become listener rules. */
  PUBLIC,
  /** Inside the VPC: with a route, an SRV record {@code <name>.<namespace>} in Cloud Map. */
  PRIVATE,
  /** No inbound port: talks only through the bus. */
  WORKER
}
