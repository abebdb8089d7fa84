package dev.exosphere.bus;

/**
 * Where services reach the bus: handed to them as {@code EXOCOM_HOST} and {@code EXOCOM_PORT}.
 *
 * @param host a DNS name, e.g. {@code exocom.space-tweet.internal}
 * @param port the bus port, 1-65535
 */
public record ExoComAddress(String host, int port) {}
