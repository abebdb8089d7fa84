package dev.exosphere.operate;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.MathExpressionProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.IApplicationLoadBalancer;

/**
 * The dashboard's service and target rows for many services: one CloudWatch SEARCH per cluster (a line per ECS
 * service) and per load balancer (a line per target group), so the template's size does not grow with services.
 */
final class SearchRows {
  private SearchRows() {}

  static void add(Dashboard dashboard, ExoDashboardProps props) {
    for (MonitoredCluster c : props.clusters()) {
      String cluster = c.cluster().getClusterName();
      dashboard.addWidgets(
          ExoDashboard.graph("CPU %, " + c.name() + " cluster", List.of(c),
              x -> ecs("AWS/ECS", "CPUUtilization", cluster, "Average")),
          ExoDashboard.graph("Memory %, " + c.name() + " cluster", List.of(c),
              x -> ecs("AWS/ECS", "MemoryUtilization", cluster, "Average")),
          ExoDashboard.graph("Running tasks, " + c.name() + " cluster", List.of(c),
              x -> ecs("ECS/ContainerInsights", "RunningTaskCount", cluster, "Average")));
    }
    for (int i = 0; i < props.loadBalancers().size(); i++) {
      String lb = fullName(props.loadBalancers().get(i));
      String which = props.loadBalancers().size() == 1 ? "" : ", load balancer " + (i + 1);
      dashboard.addWidgets(
          ExoDashboard.graph("Target 5xx" + which, List.of(lb), x -> elb("HTTPCode_Target_5XX_Count", x, "Sum")),
          ExoDashboard.graph("Target response time p95 (s)" + which, List.of(lb),
              x -> elb("TargetResponseTime", x, "p95")),
          ExoDashboard.graph("Healthy hosts" + which, List.of(lb), x -> elb("HealthyHostCount", x, "Minimum")));
    }
  }

  private static IMetric ecs(String namespace, String metric, String cluster, String statistic) {
    return search("{" + namespace + ",ClusterName,ServiceName} MetricName=\"" + metric + "\" ClusterName=\""
        + cluster + "\"", statistic);
  }

  private static IMetric elb(String metric, String loadBalancer, String statistic) {
    return search("{AWS/ApplicationELB,LoadBalancer,TargetGroup} MetricName=\"" + metric + "\" LoadBalancer=\""
        + loadBalancer + "\"", statistic);
  }

  private static IMetric search(String query, String statistic) {
    return new MathExpression(MathExpressionProps.builder()
        .expression("SEARCH('" + query + "', '" + statistic + "', 60)")
        .usingMetrics(Map.of()).period(EcsMetrics.PERIOD).label("").build());
  }

  /** {@code app/<name>/<id>}, the LoadBalancer dimension, from the ARN {@code ...:loadbalancer/app/<name>/<id>}. */
  static String fullName(IApplicationLoadBalancer lb) {
    List<String> parts = Fn.split("/", lb.getLoadBalancerArn());
    return Fn.join("/", List.of(Fn.select(1, parts), Fn.select(2, parts), Fn.select(3, parts)));
  }
}
