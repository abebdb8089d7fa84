package dev.exosphere.model;

import dev.exosphere.rules.Defaults;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An EC2 auto-scaling group behind an ECS cluster.
 *
 * @param instanceTypes   EC2 instance types, the first the launch template's; default just {@code t3.small}. More than
 *                        one (or a Spot share) makes the group use a mixed instances policy
 * @param minCapacity     default 1
 * @param maxCapacity     default 3
 * @param desiredCapacity default: left to the capacity provider's managed scaling (null in CloudFormation)
 * @param spot            the Spot share; default none: every instance on demand
 */
public record ClusterSpec(List<String> instanceTypes, int minCapacity, int maxCapacity, OptionalInt desiredCapacity,
    Optional<Spot> spot) {
  public static final String DEFAULT_INSTANCE_TYPE = Defaults.CLUSTER_INSTANCE_TYPE;

  public ClusterSpec {
    instanceTypes = Guard.list(instanceTypes, "ClusterSpec.instanceTypes");
    if (instanceTypes.isEmpty()) {
      throw new IllegalArgumentException("ClusterSpec.instanceTypes must name at least one instance type");
    }
    Objects.requireNonNull(desiredCapacity, "ClusterSpec.desiredCapacity");
    Guard.notNegative(minCapacity, "ClusterSpec.minCapacity");
    Guard.notNegative(maxCapacity, "ClusterSpec.maxCapacity");
    Objects.requireNonNull(spot, "ClusterSpec.spot");
  }

  /** A single-type, on-demand cluster. */
  public ClusterSpec(String instanceType, int minCapacity, int maxCapacity, OptionalInt desiredCapacity) {
    this(List.of(Objects.requireNonNull(instanceType, "ClusterSpec.instanceType")), minCapacity, maxCapacity,
        desiredCapacity, Optional.empty());
  }

  /** The launch template's instance type: the first of {@link #instanceTypes()}. */
  public String instanceType() {
    return instanceTypes.get(0);
  }

  /** A cluster nothing was said about. */
  public static ClusterSpec defaults() {
    return new ClusterSpec(DEFAULT_INSTANCE_TYPE, Defaults.CLUSTER_MIN_CAPACITY, Defaults.CLUSTER_MAX_CAPACITY, OptionalInt.empty());
  }
}
