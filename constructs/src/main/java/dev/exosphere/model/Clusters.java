package dev.exosphere.model;

/** The two ECS clusters: public services on {@code public}, private services and workers on {@code private}. */
public record Clusters(ClusterSpec publicCluster, ClusterSpec privateCluster) {}
