package dev.exosphere.model;

/**
 * How the auto-scaling group picks Spot capacity pools. YAML: {@code price-capacity-optimized} (AWS's recommendation,
 * the default), {@code capacity-optimized} or {@code lowest-price}.
 */
public enum SpotAllocation {
  /** Pools least likely to be interrupted, of those the cheapest. YAML {@code price-capacity-optimized}. */
  PRICE_CAPACITY_OPTIMIZED("price-capacity-optimized"),
  /** Pools with the most spare capacity, so the fewest interruptions. YAML {@code capacity-optimized}. */
  CAPACITY_OPTIMIZED("capacity-optimized"),
  /** The cheapest pools, whatever their interruption rate. YAML {@code lowest-price}. */
  LOWEST_PRICE("lowest-price");

  private final String yamlName;

  SpotAllocation(String yamlName) {
    this.yamlName = yamlName;
  }

  /** As exosphere.yml writes it. */
  public String yamlName() {
    return yamlName;
  }
}
