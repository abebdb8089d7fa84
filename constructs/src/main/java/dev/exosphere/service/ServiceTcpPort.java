package dev.exosphere.service;

/**
 * A plain TCP port of a public {@link ExoService}, on its own Network Load Balancer.
 *
 * @param port          the load balancer's listener port, 1-65535; required
 * @param containerPort the container's port, 1-65535; required
 */
public record ServiceTcpPort(int port, int containerPort) {}
