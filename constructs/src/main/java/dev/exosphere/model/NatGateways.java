package dev.exosphere.model;

/** How many NAT gateways give the private subnets their way out. YAML: {@code 0}, {@code 1} or {@code per-az}. */
public enum NatGateways {
  /** No NAT gateway: private subnets have no internet access (VPC endpoints needed). YAML {@code 0}. */
  NONE,
  /** One NAT gateway shared by all AZs: cheap, one AZ's outage cuts egress. YAML {@code 1}. */
  SINGLE,
  /** One per AZ: highly available egress. YAML {@code per-az}. */
  PER_AZ
}
