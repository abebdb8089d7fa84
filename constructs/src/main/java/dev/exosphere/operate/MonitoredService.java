package dev.exosphere.operate;

import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import software.amazon.awscdk.services.ecs.IBaseService;
import software.amazon.awscdk.services.elasticloadbalancingv2.IApplicationTargetGroup;

/**
 * One ECS service to watch.
 *
 * @param name         what the dashboard and alarm names call it, e.g. {@code web}
 * @param service      the ECS service (its cluster and name give the AWS/ECS metrics)
 * @param targetGroups its target groups by a stable id (e.g. {@code Http3000}), for 5xx, latency and host health.
 *                     @default none (a worker, or a service no load balancer reaches)
 */
public record MonitoredService(String name, IBaseService service, SortedMap<String, IApplicationTargetGroup> targetGroups) {
  public MonitoredService {
    Objects.requireNonNull(name, "MonitoredService.name");
    Objects.requireNonNull(service, "MonitoredService.service");
    targetGroups = new TreeMap<>(targetGroups == null ? new TreeMap<>() : targetGroups);
  }

  public static MonitoredService of(String name, IBaseService service) {
    return new MonitoredService(name, service, new TreeMap<>());
  }
}
