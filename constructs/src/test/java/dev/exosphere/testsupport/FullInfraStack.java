package dev.exosphere.testsupport;

import dev.exosphere.bus.ExoComBus;
import dev.exosphere.bus.ExoComBusProps;
import dev.exosphere.bus.ExoComRoute;
import dev.exosphere.cluster.ExoCluster;
import dev.exosphere.cluster.ExoClusterProps;
import dev.exosphere.cluster.Placement;
import dev.exosphere.network.NatGatewayCount;
import dev.exosphere.network.ExoNetwork;
import dev.exosphere.network.ExoNetworkProps;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.Stack;

/** A stack with every infrastructure construct: network, public and private cluster, bus admitting both. */
public final class FullInfraStack {
  private FullInfraStack() {}

  /** The bus image of {@link #createIsolated()}: a copy in the stack's own ECR. */
  public static final String ECR_BUS_IMAGE = "123456789012.dkr.ecr.us-east-1.amazonaws.com/exocom:0.21.3";

  /** In a stack with a pinned environment and AZs. */
  public static Stack create() {
    return fill(PinnedStacks.newStack(), false);
  }

  /** In an environment-agnostic stack, as the cdk CLI synthesizes without credentials (AZs from Fn::GetAZs). */
  public static Stack createAgnostic() {
    return fill(new Stack(TestApps.app(), "FullInfraStack"), false);
  }

  /** Pinned, without NAT gateways (so with the VPC endpoints), the bus image in ECR. */
  public static Stack createIsolated() {
    return fill(PinnedStacks.newStack(), true);
  }

  /** Environment-agnostic, without NAT gateways, the bus image in ECR. */
  public static Stack createIsolatedAgnostic() {
    return fill(new Stack(TestApps.app(), "IsolatedInfraStack"), true);
  }

  private static Stack fill(Stack stack, boolean isolated) {
    ExoNetworkProps.Builder networkProps = ExoNetworkProps.builder();
    ExoComBusProps.Builder busProps = ExoComBusProps.builder();
    if (isolated) {
      networkProps.natGateways(NatGatewayCount.NONE);
      busProps.image(ECR_BUS_IMAGE);
    }
    ExoNetwork network = new ExoNetwork(stack, "Network", networkProps.build());
    ExoCluster publicCluster = new ExoCluster(stack, "PublicCluster",
        ExoClusterProps.builder().vpc(network.getVpc()).placement(Placement.PUBLIC).build());
    ExoCluster privateCluster = new ExoCluster(stack, "PrivateCluster",
        ExoClusterProps.builder().vpc(network.getVpc()).build());
    ExoComBus bus = new ExoComBus(stack, "Bus", busProps
        .vpc(network.getVpc())
        .namespace(Namespaces.create(stack, network.getVpc(), "space-tweet"))
        .route(new ExoComRoute("users", List.of("users.list"), List.of("users.listed"), Optional.of("mongo")))
        .route(new ExoComRoute("web", List.of("users.listed"), List.of("users.list"), Optional.empty()))
        .build());
    bus.allowFrom(publicCluster.getSecurityGroup());
    bus.allowFrom(privateCluster.getSecurityGroup());
    return stack;
  }
}
