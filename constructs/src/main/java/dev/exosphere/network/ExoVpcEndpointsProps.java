package dev.exosphere.network;

import java.util.Optional;
import software.amazon.awscdk.services.ec2.IVpc;

/**
 * Props of {@link ExoVpcEndpoints}.
 *
 * @param vpc  the VPC; the interface endpoints go into its isolated subnets (required)
 * @param cidr the block admitted on 443. @default the VPC's CIDR block (a token for a VPC created in the same app:
 *             pass the literal block to keep the template readable and checkable)
 */
public record ExoVpcEndpointsProps(IVpc vpc, Optional<String> cidr) {
  public ExoVpcEndpointsProps {
    cidr = Optional.ofNullable(cidr).flatMap(c -> c);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The block actually admitted. */
  public String cidrOrDefault() {
    return cidr.orElseGet(vpc::getVpcCidrBlock);
  }

  /** Builds {@link ExoVpcEndpointsProps}; {@code vpc} is required. */
  public static final class Builder {
    private IVpc vpc;
    private String cidr;

    public Builder vpc(IVpc vpc) {
      this.vpc = vpc;
      return this;
    }

    public Builder cidr(String cidr) {
      this.cidr = cidr;
      return this;
    }

    public ExoVpcEndpointsProps build() {
      return new ExoVpcEndpointsProps(vpc, Optional.ofNullable(cidr));
    }
  }
}
