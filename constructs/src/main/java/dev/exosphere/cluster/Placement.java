package dev.exosphere.cluster;

/** Which subnets an {@link ExoCluster}'s instances run in. */
public enum Placement {
  /** The public subnets: for services reached through the load balancer that need no NAT for egress. */
  PUBLIC,
  /** The private subnets (with egress through NAT, or isolated when the VPC has no NAT gateway). */
  PRIVATE
}
