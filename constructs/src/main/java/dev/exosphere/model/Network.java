package dev.exosphere.model;

import dev.exosphere.rules.Defaults;
import java.util.Objects;
import java.util.Optional;

/**
 * The VPC. Either created ({@code cidr}, {@code azs}, {@code natGateways}) or an existing one ({@code vpcId}).
 *
 * @param cidr        the VPC's IPv4 block; default {@code 10.0.0.0/16}
 * @param azs         availability zones, each with a public and a private subnet; default 2 (1 to 6)
 * @param natGateways NAT gateways; default {@link NatGateways#SINGLE}
 * @param vpcId       use this existing VPC (looked up at synth time) instead of creating one
 */
public record Network(String cidr, int azs, NatGateways natGateways, Optional<String> vpcId) {
  public static final String DEFAULT_CIDR = Defaults.VPC_CIDR;
  public static final int DEFAULT_AZS = Defaults.AZS;

  public Network {
    Objects.requireNonNull(cidr, "Network.cidr");
    Objects.requireNonNull(natGateways, "Network.natGateways");
    Objects.requireNonNull(vpcId, "Network.vpcId");
    Guard.positive(azs, "Network.azs");
  }

  /** A new VPC with every default. */
  public static Network defaults() {
    return new Network(DEFAULT_CIDR, DEFAULT_AZS, NatGateways.SINGLE, Optional.empty());
  }
}
