package dev.exosphere.model;

import dev.exosphere.rules.Defaults;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An EC2 auto-scaling group behind an ECS cluster.
 *
 * @param instanceType    EC2 instance type, e.g. {@code t3.small}; default {@code t3.small}
 * @param minCapacity     default 1
 * @param maxCapacity     default 3
 * @param desiredCapacity default: left to the capacity provider's managed scaling (null in CloudFormation)
 */
public record ClusterSpec(String instanceType, int minCapacity, int maxCapacity, OptionalInt desiredCapacity) {
  public static final String DEFAULT_INSTANCE_TYPE = Defaults.CLUSTER_INSTANCE_TYPE;

  public ClusterSpec {
    Objects.requireNonNull(instanceType, "ClusterSpec.instanceType");
    Objects.requireNonNull(desiredCapacity, "ClusterSpec.desiredCapacity");
    Guard.notNegative(minCapacity, "ClusterSpec.minCapacity");
    Guard.notNegative(maxCapacity, "ClusterSpec.maxCapacity");
  }

  /** A cluster nothing was said about. */
  public static ClusterSpec defaults() {
    return new ClusterSpec(DEFAULT_INSTANCE_TYPE, Defaults.CLUSTER_MIN_CAPACITY, Defaults.CLUSTER_MAX_CAPACITY, OptionalInt.empty());
  }
}
