package dev.exosphere.operate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.services.elasticloadbalancingv2.IApplicationLoadBalancer;

/**
 * Props of {@link ExoDashboard}.
 *
 * @param dashboardName the dashboard's name. @default the stack's name (so each environment's stack has its own)
 * @param services      the services, one line each on every service graph. @default none
 * @param clusters      the clusters, one line each on the cluster graphs. @default none
 * @param bus           the ExoCom service, shown on its own row. @default none
 * @param loadBalancers the load balancers, for target metrics when there are more than {@code namedServices}.
 *                      @default none
 * @param perGraph      services per graph: more get more graphs of the same metric, so each stays readable.
 *                      @default {@value #DEFAULT_PER_GRAPH}
 * @param namedServices up to this many services, each is its own named line (a metric each in the template); with
 *                      more, each graph is one CloudWatch SEARCH per cluster (services) or per load balancer (targets),
 *                      so the template stays small at any size, lines then named by ECS and ELB.
 *                      @default {@value #DEFAULT_NAMED_SERVICES}
 */
public record ExoDashboardProps(Optional<String> dashboardName, List<MonitoredService> services,
    List<MonitoredCluster> clusters, Optional<MonitoredService> bus, List<IApplicationLoadBalancer> loadBalancers,
    int perGraph, int namedServices) {
  public static final int DEFAULT_PER_GRAPH = 10;
  /** About 2 KB of template a service: 60 keep the dashboard near 130 KB of the parent's 1 MB. */
  public static final int DEFAULT_NAMED_SERVICES = 60;

  public ExoDashboardProps {
    dashboardName = dashboardName == null ? Optional.empty() : dashboardName;
    services = List.copyOf(services == null ? List.of() : services);
    clusters = List.copyOf(clusters == null ? List.of() : clusters);
    bus = bus == null ? Optional.empty() : bus;
    loadBalancers = List.copyOf(loadBalancers == null ? List.of() : loadBalancers);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ExoDashboardProps}; everything is optional. */
  public static final class Builder {
    private String dashboardName;
    private final List<MonitoredService> services = new ArrayList<>();
    private final List<MonitoredCluster> clusters = new ArrayList<>();
    private MonitoredService bus;
    private final List<IApplicationLoadBalancer> loadBalancers = new ArrayList<>();
    private int perGraph = DEFAULT_PER_GRAPH;
    private int namedServices = DEFAULT_NAMED_SERVICES;

    public Builder dashboardName(String name) {
      this.dashboardName = name;
      return this;
    }

    public Builder services(List<MonitoredService> all) {
      services.addAll(all);
      return this;
    }

    public Builder service(MonitoredService one) {
      services.add(one);
      return this;
    }

    public Builder cluster(MonitoredCluster one) {
      clusters.add(one);
      return this;
    }

    public Builder bus(MonitoredService exocom) {
      this.bus = exocom;
      return this;
    }

    public Builder loadBalancer(IApplicationLoadBalancer one) {
      loadBalancers.add(one);
      return this;
    }

    public Builder namedServices(int count) {
      this.namedServices = count;
      return this;
    }

    public Builder perGraph(int count) {
      this.perGraph = count;
      return this;
    }

    public ExoDashboardProps build() {
      return new ExoDashboardProps(Optional.ofNullable(dashboardName), services, clusters, Optional.ofNullable(bus),
          loadBalancers, perGraph, namedServices);
    }
  }
}
