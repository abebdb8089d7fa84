package dev.exosphere.model;

import dev.exosphere.rules.Defaults;

/**
 * An EC2 auto-scaling group behind an ECS cluster.
 *
 * @param instanceType    EC2 instance type, e.g. {@code t3.small}; default {@code t3.small}
 * @param minCapacity     default 1
 * @param maxCapacity     default 3
 * @param desiredCapacity default: left to the capacity provider's managed scaling (null in CloudFormation)
 */
public record ClusterSpec(String instanceType, int minCapacity, int maxCapacity, java.util.OptionalInt desiredCapacity) {
  public static final String DEFAULT_INSTANCE_TYPE = Defaults.CLUSTER_INSTANCE_TYPE;
}
