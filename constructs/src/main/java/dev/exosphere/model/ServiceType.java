package dev.exosphere.model;

/** Where a service runs and who reaches it. */
public enum ServiceType {
  /** On the public cluster, behind the load balancer. */
  PUBLIC,
  /** On the private cluster, reachable as {@code <service>.<app>.internal} through Cloud Map. */
  PRIVATE,
  /** On the private cluster, no inbound port: talks only through ExoCom. */
  WORKER;

  public String yamlName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
