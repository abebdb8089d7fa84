package dev.exosphere.model;

import java.util.Objects;

/**
 * A cluster's Spot share: the auto-scaling group keeps {@code onDemandBase} on-demand instances, then launches
 * {@code onDemandPercentAboveBase} percent of the rest on demand and the others on Spot.
 *
 * @param onDemandBase             on-demand instances before any Spot one; default 0
 * @param onDemandPercentAboveBase percent (0-100) of the instances above the base that are on demand; default 0
 * @param allocationStrategy       how Spot pools are picked; default {@link SpotAllocation#PRICE_CAPACITY_OPTIMIZED}
 */
public record Spot(int onDemandBase, int onDemandPercentAboveBase, SpotAllocation allocationStrategy) {
  public Spot {
    Guard.notNegative(onDemandBase, "Spot.onDemandBase");
    Guard.notNegative(onDemandPercentAboveBase, "Spot.onDemandPercentAboveBase");
    Objects.requireNonNull(allocationStrategy, "Spot.allocationStrategy");
  }
}
