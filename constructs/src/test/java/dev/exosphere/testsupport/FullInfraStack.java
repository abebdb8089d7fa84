package dev.exosphere.testsupport;

import dev.exosphere.bus.ExoComBus;
import dev.exosphere.bus.ExoComBusProps;
import dev.exosphere.bus.ExoComRoute;
import dev.exosphere.cluster.ExoCluster;
import dev.exosphere.cluster.ExoClusterProps;
import dev.exosphere.cluster.Placement;
import dev.exosphere.network.ExoNetwork;
import dev.exosphere.network.ExoNetworkProps;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;

/** A stack with every infrastructure construct: network, public and private cluster, bus admitting both. */
public final class FullInfraStack {
  private FullInfraStack() {}

  /** In a stack with a pinned environment and AZs. */
  public static Stack create() {
    return fill(PinnedStacks.newStack());
  }

  /** In an environment-agnostic stack, as the cdk CLI synthesizes without credentials (AZs from Fn::GetAZs). */
  public static Stack createAgnostic() {
    return fill(new Stack(new App(), "FullInfraStack"));
  }

  private static Stack fill(Stack stack) {
    ExoNetwork network = new ExoNetwork(stack, "Network", ExoNetworkProps.builder().build());
    ExoCluster publicCluster = new ExoCluster(stack, "PublicCluster",
        ExoClusterProps.builder().vpc(network.getVpc()).placement(Placement.PUBLIC).build());
    ExoCluster privateCluster = new ExoCluster(stack, "PrivateCluster",
        ExoClusterProps.builder().vpc(network.getVpc()).build());
    ExoComBus bus = new ExoComBus(stack, "Bus", ExoComBusProps.builder()
        .vpc(network.getVpc())
        .appName("space-tweet")
        .route(new ExoComRoute("users", List.of("users.list"), List.of("users.listed"), Optional.of("mongo")))
        .route(new ExoComRoute("web", List.of("users.listed"), List.of("users.list"), Optional.empty()))
        .build());
    bus.allowFrom(publicCluster.getSecurityGroup());
    bus.allowFrom(privateCluster.getSecurityGroup());
    return stack;
  }
}
