package dev.exosphere.operate;

import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricProps;
import software.amazon.awscdk.services.ecs.ICluster;

/**
 * The ECS metrics the dashboard and the alarms share: by cluster and service name, one minute each, unlabelled (a
 * label would make an alarm's metric a metric math query; the dashboard labels its lines).
 */
final class EcsMetrics {
  static final Duration PERIOD = Duration.minutes(1);

  private EcsMetrics() {}

  static Metric cpu(MonitoredService s) {
    return service("AWS/ECS", "CPUUtilization", s, "Average");
  }

  static Metric memory(MonitoredService s) {
    return service("AWS/ECS", "MemoryUtilization", s, "Average");
  }

  /** Container Insights (on for every ExoCluster). */
  static Metric runningTasks(MonitoredService s) {
    return service("ECS/ContainerInsights", "RunningTaskCount", s, "Average");
  }

  static Metric instances(MonitoredCluster c) {
    return cluster("ECS/ContainerInsights", "ContainerInstanceCount", c, "Average");
  }

  static Metric cpuReserved(MonitoredCluster c) {
    return cluster("AWS/ECS", "CPUReservation", c, "Average");
  }

  static Metric memoryReserved(MonitoredCluster c) {
    return cluster("AWS/ECS", "MemoryReservation", c, "Average");
  }

  private static Metric service(String namespace, String name, MonitoredService s, String statistic) {
    return new Metric(MetricProps.builder().namespace(namespace).metricName(name).statistic(statistic).period(PERIOD)
        .dimensionsMap(new TreeMap<>(Map.of("ClusterName", s.service().getCluster().getClusterName(),
            "ServiceName", s.service().getServiceName()))) // sorted: Map.of's order changes between runs
        .build());
  }

  private static Metric cluster(String namespace, String name, MonitoredCluster c, String statistic) {
    return new Metric(MetricProps.builder().namespace(namespace).metricName(name).statistic(statistic).period(PERIOD)
        .dimensionsMap(Map.of("ClusterName", c.cluster().getClusterName())).build());
  }
}
