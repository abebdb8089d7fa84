package dev.exosphere.operate;

import java.util.Objects;
import software.amazon.awscdk.services.ecs.ICluster;

/**
 * One ECS cluster to watch (Container Insights' instance count, ECS's CPU and memory reservation).
 *
 * @param name    what the dashboard calls it, e.g. {@code public}
 * @param cluster the cluster
 */
public record MonitoredCluster(String name, ICluster cluster) {
  public MonitoredCluster {
    Objects.requireNonNull(name, "MonitoredCluster.name");
    Objects.requireNonNull(cluster, "MonitoredCluster.cluster");
  }
}
