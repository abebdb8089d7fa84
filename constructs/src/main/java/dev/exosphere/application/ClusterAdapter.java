package dev.exosphere.application;

import dev.exosphere.cluster.ClusterSpot;
import dev.exosphere.cluster.ExoClusterProps;
import dev.exosphere.model.ClusterSpec;
import dev.exosphere.model.Spot;
import software.amazon.awscdk.services.autoscaling.SpotAllocationStrategy;

/** A model {@link ClusterSpec} onto {@link ExoClusterProps}. */
public final class ClusterAdapter {
  private ClusterAdapter() {}

  /** Instance types, capacities and Spot share; the VPC and placement are the application's. */
  public static ExoClusterProps.Builder props(ClusterSpec spec) {
    ExoClusterProps.Builder b = ExoClusterProps.builder().instanceType(spec.instanceType())
        .additionalInstanceTypes(spec.instanceTypes().subList(1, spec.instanceTypes().size()))
        .minCapacity(spec.minCapacity()).maxCapacity(spec.maxCapacity()).desiredCapacity(spec.desiredCapacity());
    spec.spot().ifPresent(s -> b.spot(spot(s)));
    return b;
  }

  private static ClusterSpot spot(Spot s) {
    return ClusterSpot.builder().onDemandBase(s.onDemandBase()).onDemandPercentAboveBase(s.onDemandPercentAboveBase())
        .allocationStrategy(switch (s.allocationStrategy()) {
          case PRICE_CAPACITY_OPTIMIZED -> SpotAllocationStrategy.PRICE_CAPACITY_OPTIMIZED;
          case CAPACITY_OPTIMIZED -> SpotAllocationStrategy.CAPACITY_OPTIMIZED;
          case LOWEST_PRICE -> SpotAllocationStrategy.LOWEST_PRICE;
        }).build();
  }
}
