package dev.exosphere.network;

import dev.exosphere.LogRetentions;
import dev.exosphere.rules.Defaults;
import java.util.Optional;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.logs.RetentionDays;

/**
 * Props of {@link ExoNetwork}: either an existing VPC ({@code vpc}) or the shape of a new one
 * ({@code cidr}, {@code azs}, {@code natGateways}, {@code flowLogRetention}), never both.
 *
 * @param vpc              wrap this existing VPC; nothing is created. @default none: a new VPC is created
 * @param cidr             the new VPC's IPv4 block, a /16 to /24. @default {@value #DEFAULT_CIDR}
 * @param azs              availability zones, each with a public and a private subnet, 1 to 6. @default {@value #DEFAULT_AZS}
 * @param natGateways      NAT gateways for the private subnets. @default {@link NatGatewayCount#SINGLE}
 * @param flowLogRetention how long the VPC flow logs are kept. @default {@link LogRetentions#DEFAULT} (30 days)
 */
public record ExoNetworkProps(
    Optional<IVpc> vpc,
    Optional<String> cidr,
    Optional<Integer> azs,
    Optional<NatGatewayCount> natGateways,
    Optional<RetentionDays> flowLogRetention) {
  public static final String DEFAULT_CIDR = Defaults.VPC_CIDR;
  public static final int DEFAULT_AZS = Defaults.AZS;
  public static final NatGatewayCount DEFAULT_NAT_GATEWAYS = NatGatewayCount.SINGLE;
  public static final RetentionDays DEFAULT_FLOW_LOG_RETENTION = LogRetentions.DEFAULT;

  public ExoNetworkProps {
    vpc = Optional.ofNullable(vpc).flatMap(v -> v);
    cidr = Optional.ofNullable(cidr).flatMap(v -> v);
    azs = Optional.ofNullable(azs).flatMap(v -> v);
    natGateways = Optional.ofNullable(natGateways).flatMap(v -> v);
    flowLogRetention = Optional.ofNullable(flowLogRetention).flatMap(v -> v);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The CIDR actually used for a new VPC. */
  public String cidrOrDefault() {
    return cidr.orElse(DEFAULT_CIDR);
  }

  /** The AZ count actually used for a new VPC. */
  public int azsOrDefault() {
    return azs.orElse(DEFAULT_AZS);
  }

  /** The NAT gateways actually used for a new VPC. */
  public NatGatewayCount natGatewaysOrDefault() {
    return natGateways.orElse(DEFAULT_NAT_GATEWAYS);
  }

  /** The flow log retention actually used for a new VPC. */
  public RetentionDays flowLogRetentionOrDefault() {
    return flowLogRetention.orElse(DEFAULT_FLOW_LOG_RETENTION);
  }

  /** Builds {@link ExoNetworkProps}; every setter is optional. */
  public static final class Builder {
    private IVpc vpc;
    private String cidr;
    private Integer azs;
    private NatGatewayCount natGateways;
    private RetentionDays flowLogRetention;

    public Builder vpc(IVpc vpc) {
      this.vpc = vpc;
      return this;
    }

    public Builder cidr(String cidr) {
      this.cidr = cidr;
      return this;
    }

    public Builder azs(int azs) {
      this.azs = azs;
      return this;
    }

    public Builder natGateways(NatGatewayCount natGateways) {
      this.natGateways = natGateways;
      return this;
    }

    public Builder flowLogRetention(RetentionDays flowLogRetention) {
      this.flowLogRetention = flowLogRetention;
      return this;
    }

    public ExoNetworkProps build() {
      return new ExoNetworkProps(Optional.ofNullable(vpc), Optional.ofNullable(cidr), Optional.ofNullable(azs),
          Optional.ofNullable(natGateways), Optional.ofNullable(flowLogRetention));
    }
  }
}
