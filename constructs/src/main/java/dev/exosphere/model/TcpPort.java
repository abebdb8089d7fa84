package dev.exosphere.model;

/**
 * A plain TCP port of a public service, served by its Network Load Balancer ({@code tcp}).
 *
 * @param port          the load balancer's listener port, 1-65535
 * @param containerPort the container's port, 1-65535; default {@code port}
 */
public record TcpPort(int port, int containerPort) {
  public TcpPort {
    Guard.port(port, "TcpPort.port");
    Guard.port(containerPort, "TcpPort.containerPort");
  }
}
