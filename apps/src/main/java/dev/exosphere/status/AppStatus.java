package dev.exosphere.status;

import java.util.List;
import java.util.Optional;

/**
 * What {@code exo status} found for a deployed application.
 *
 * @param app           the application's name
 * @param stack         its root stack's name
 * @param stackStatus   CloudFormation's status of the root stack
 * @param where         region (and endpoint)
 * @param url           the stack's {@code Url} output
 * @param loadBalancers the load balancers of the stack
 * @param targetGroups  the stack's target groups no service names
 * @param services      every ECS service (ExoCom included), by name
 * @param clusters      every ECS cluster with its container instances
 * @param problems      what is unhealthy, one line each; empty: healthy
 */
public record AppStatus(String app, String stack, String stackStatus, String where, Optional<String> url,
    List<LoadBalancerStatus> loadBalancers, List<TargetGroupHealth> targetGroups, List<ServiceStatus> services, List<ClusterStatus> clusters,
    List<String> problems) {

  public boolean healthy() {
    return problems.isEmpty();
  }

  /** One load balancer: its DNS name and state ({@code active}, {@code provisioning}, ...). */
  public record LoadBalancerStatus(String name, String dnsName, String state) {}

  /**
   * One ECS service.
   *
   * @param name         as in exosphere.yml, or {@code exocom}
   * @param cluster      its cluster's name
   * @param desired      desired task count
   * @param running      running tasks
   * @param pending      pending tasks
   * @param deployments  one line per deployment: status, rollout state, counts
   * @param targetGroups health of each of its target groups
   * @param events       the recent events worth reading, newest first
   */
  public record ServiceStatus(String name, String cluster, int desired, int running, int pending,
      List<String> deployments, List<TargetGroupHealth> targetGroups, List<String> events) {}

  /** One target group: its name and how many targets are in each state (healthy, unhealthy, initial, ...). */
  public record TargetGroupHealth(String name, java.util.SortedMap<String, Integer> states) {}

  /** One ECS cluster and its container instances, one line each ({@code i-... ACTIVE, agent connected, 2 tasks}). */
  public record ClusterStatus(String name, String label, List<String> instances, int active) {}
}
