package dev.exosphere.network;

/** How many NAT gateways give a new VPC's private subnets their way out. */
public enum NatGatewayCount {
  /** None: the private subnets are isolated and reach AWS through {@link ExoVpcEndpoints}. */
  NONE,
  /** One, shared by every AZ: cheap; an AZ outage cuts the others' egress. */
  SINGLE,
  /** One per AZ: highly available egress. */
  PER_AZ
}
