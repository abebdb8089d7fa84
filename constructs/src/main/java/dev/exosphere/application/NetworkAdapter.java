package dev.exosphere.application;

import dev.exosphere.model.Network;
import dev.exosphere.network.ExoNetworkProps;
import dev.exosphere.network.NatGatewayCount;

/** A model {@link Network} that creates its VPC onto {@link ExoNetworkProps}. */
public final class NetworkAdapter {
  private NetworkAdapter() {}

  /** CIDR, AZs and NAT gateways of a new VPC ({@code vpcId} is looked up by {@link ExoApplication}). */
  public static ExoNetworkProps.Builder props(Network network) {
    return ExoNetworkProps.builder().cidr(network.cidr()).azs(network.azs()).natGateways(NatGatewayCount.valueOf(network.natGateways().name()));
  }
}
