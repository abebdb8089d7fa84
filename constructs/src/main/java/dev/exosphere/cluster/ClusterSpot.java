package dev.exosphere.cluster;

import dev.exosphere.rules.Defaults;
import java.util.Objects;
import software.amazon.awscdk.services.autoscaling.SpotAllocationStrategy;

/**
 * How much of an {@link ExoCluster} runs on Spot: the group keeps {@code onDemandBase} on-demand instances, then
 * launches {@code onDemandPercentAboveBase} percent of the rest on demand and the others on Spot.
 *
 * @param onDemandBase             on-demand instances before any Spot one. @default {@value #DEFAULT_ON_DEMAND_BASE}
 * @param onDemandPercentAboveBase percent (0-100) of the instances above the base launched on demand.
 *                                 @default {@value #DEFAULT_ON_DEMAND_PERCENT_ABOVE_BASE}
 * @param allocationStrategy       how Spot pools are picked. @default {@link SpotAllocationStrategy#PRICE_CAPACITY_OPTIMIZED}
 */
public record ClusterSpot(int onDemandBase, int onDemandPercentAboveBase, SpotAllocationStrategy allocationStrategy) {
  public static final int DEFAULT_ON_DEMAND_BASE = Defaults.SPOT_ON_DEMAND_BASE;
  public static final int DEFAULT_ON_DEMAND_PERCENT_ABOVE_BASE = Defaults.SPOT_ON_DEMAND_PERCENT_ABOVE_BASE;

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ClusterSpot}; nothing is required. */
  public static final class Builder {
    private int onDemandBase = DEFAULT_ON_DEMAND_BASE;
    private int onDemandPercentAboveBase = DEFAULT_ON_DEMAND_PERCENT_ABOVE_BASE;
    private SpotAllocationStrategy allocationStrategy = SpotAllocationStrategy.PRICE_CAPACITY_OPTIMIZED;

    public Builder onDemandBase(int onDemandBase) {
      this.onDemandBase = onDemandBase;
      return this;
    }

    public Builder onDemandPercentAboveBase(int onDemandPercentAboveBase) {
      this.onDemandPercentAboveBase = onDemandPercentAboveBase;
      return this;
    }

    public Builder allocationStrategy(SpotAllocationStrategy allocationStrategy) {
      this.allocationStrategy = Objects.requireNonNull(allocationStrategy, "allocationStrategy");
      return this;
    }

    public ClusterSpot build() {
      return new ClusterSpot(onDemandBase, onDemandPercentAboveBase, allocationStrategy);
    }
  }
}
