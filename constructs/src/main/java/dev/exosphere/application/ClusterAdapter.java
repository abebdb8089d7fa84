package dev.exosphere.application;

import dev.exosphere.cluster.ExoClusterProps;
import dev.exosphere.model.ClusterSpec;

/** A model {@link ClusterSpec} onto {@link ExoClusterProps}. */
public final class ClusterAdapter {
  private ClusterAdapter() {}

  /** Instance type and capacities; the VPC and placement are the application's. */
  public static ExoClusterProps.Builder props(ClusterSpec spec) {
    return ExoClusterProps.builder().instanceType(spec.instanceType()).minCapacity(spec.minCapacity())
        .maxCapacity(spec.maxCapacity()).desiredCapacity(spec.desiredCapacity());
  }
}
