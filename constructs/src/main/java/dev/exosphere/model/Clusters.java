package dev.exosphere.model;

import java.util.Objects;

/** The two ECS clusters: public services on {@code public}, private services and workers on {@code private}. */
public record Clusters(ClusterSpec publicCluster, ClusterSpec privateCluster) {
  public Clusters {
    Objects.requireNonNull(publicCluster, "Clusters.publicCluster");
    Objects.requireNonNull(privateCluster, "Clusters.privateCluster");
  }

  public static Clusters defaults() {
    return new Clusters(ClusterSpec.defaults(), ClusterSpec.defaults());
  }
}
