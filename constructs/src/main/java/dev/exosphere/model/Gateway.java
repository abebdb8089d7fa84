package dev.exosphere.model;

import java.util.SortedMap;

/**
 * Top-level {@code interface: {ports: {80: 3000, 443: 3000}}}, as in Ailtire's services.js: the load balancer's
 * listener ports, each with the container port used by routes that name none.
 *
 * @param ports listener port to default container port; default {@code {80: 3000}} (plus 443 when a domain is set)
 */
public record Gateway(SortedMap<Integer, Integer> ports) {}
