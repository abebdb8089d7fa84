package dev.exosphere.operate;

import dev.exosphere.ExoException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnOutputProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Token;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.DashboardProps;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.GraphWidgetProps;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.IWidget;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TextWidget;
import software.amazon.awscdk.services.cloudwatch.TextWidgetProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeTarget;
import software.amazon.awscdk.services.elasticloadbalancingv2.IApplicationTargetGroup;
import software.constructs.Construct;

/**
 * One CloudWatch dashboard of an application: per service CPU, memory and running tasks; per target group 5xx,
 * p95 latency and healthy hosts; per cluster the instances and reservations; ExoCom on its own row. Its console URL
 * is the stack output {@code <id>Url}.
 *
 * <pre>{@code
 * new ExoDashboard(stack, "Dashboard", ExoDashboardProps.builder()
 *     .service(MonitoredService.of("web", webService))
 *     .cluster(new MonitoredCluster("public", cluster))
 *     .build());
 * }</pre>
 *
 * <p>Children: {@code Resource} (the dashboard), {@code Url} (the output).
 */
public class ExoDashboard extends Construct {
  /** CloudWatch's rule for dashboard names. */
  static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,255}");
  private static final int WIDTH = 8; // three graphs to a row of 24

  private final Dashboard dashboard;
  private final String name;

  public ExoDashboard(Construct scope, String id, ExoDashboardProps props) {
    super(scope, id);
    name = props.dashboardName().orElseGet(() -> Stack.of(this).getStackName());
    validate(props);
    dashboard = new Dashboard(this, "Resource", DashboardProps.builder().dashboardName(name).build());
    dashboard.addWidgets(new TextWidget(TextWidgetProps.builder().width(24).height(1)
        .markdown("## " + name + ": services, load balancer targets, clusters, ExoCom").build()));
    List<MonitoredService> services = props.services();
    if (services.size() > props.namedServices()) {
      SearchRows.add(dashboard, props);
    } else {
      namedRows(services, props.perGraph());
    }
    if (!props.clusters().isEmpty()) {
      dashboard.addWidgets(
          graph("Instances per cluster", props.clusters(), c -> named(EcsMetrics.instances(c), c.name())),
          graph("CPU reserved % per cluster", props.clusters(), c -> named(EcsMetrics.cpuReserved(c), c.name())),
          graph("Memory reserved % per cluster", props.clusters(), c -> named(EcsMetrics.memoryReserved(c), c.name())));
    }
    props.bus().ifPresent(bus -> dashboard.addWidgets(
        graph("ExoCom CPU %", List.of(bus), m -> named(EcsMetrics.cpu(m), m.name())),
        graph("ExoCom memory %", List.of(bus), m -> named(EcsMetrics.memory(m), m.name())),
        graph("ExoCom running tasks", List.of(bus), m -> named(EcsMetrics.runningTasks(m), m.name()))));
    new CfnOutput(this, "Url", CfnOutputProps.builder()
        .description("The application's CloudWatch dashboard")
        .value("https://console.aws.amazon.com/cloudwatch/home?region=" + Stack.of(this).getRegion()
            + "#dashboards:name=" + name)
        .build());
  }

  /** One named line per service (and per target group), {@code perGraph} to a graph. */
  private void namedRows(List<MonitoredService> services, int perGraph) {
    for (int from = 0; from < services.size(); from += perGraph) {
      List<MonitoredService> chunk = services.subList(from, Math.min(services.size(), from + perGraph));
      String which = services.size() <= perGraph ? "" : " (" + chunk.get(0).name() + " to "
          + chunk.get(chunk.size() - 1).name() + ")";
      dashboard.addWidgets(graph("CPU %" + which, chunk, m -> named(EcsMetrics.cpu(m), m.name())),
          graph("Memory %" + which, chunk, m -> named(EcsMetrics.memory(m), m.name())),
          graph("Running tasks" + which, chunk, m -> named(EcsMetrics.runningTasks(m), m.name())));
    }
    targetGroupRows(services, perGraph);
  }

  private void validate(ExoDashboardProps props) {
    if (!Token.isUnresolved(name) && !NAME.matcher(name).matches()) {
      throw ExoException.invalidProp(this, "dashboardName", name,
          "1-255 letters, digits, '-' and '_' (CloudWatch's rule)", "pass a name such as my-app-prod");
    }
    if (props.services().size() > props.namedServices() && props.clusters().isEmpty() && !props.services().isEmpty()) {
      throw ExoException.invalidProp(this, "clusters", "none", "the clusters of the services: with more than "
          + props.namedServices() + " services the graphs search each cluster", "pass the services' clusters");
    }
    if (props.perGraph() < 1 || props.perGraph() > 100) {
      throw ExoException.invalidProp(this, "perGraph", props.perGraph(), "1-100 services per graph",
          "pass " + ExoDashboardProps.DEFAULT_PER_GRAPH);
    }
  }

  /** One row per chunk of target groups: 5xx count, p95 response time, healthy hosts. */
  private void targetGroupRows(List<MonitoredService> services, int perGraph) {
    List<Map.Entry<String, IApplicationTargetGroup>> groups = new ArrayList<>();
    for (MonitoredService s : services) {
      s.targetGroups().forEach((key, tg) -> groups.add(Map.entry(label(s, key), tg)));
    }
    for (int from = 0; from < groups.size(); from += perGraph) {
      List<Map.Entry<String, IApplicationTargetGroup>> chunk = groups.subList(from,
          Math.min(groups.size(), from + perGraph));
      String which = groups.size() <= perGraph ? "" : " (" + chunk.get(0).getKey() + " to "
          + chunk.get(chunk.size() - 1).getKey() + ")";
      dashboard.addWidgets(
          graph("Target 5xx" + which, chunk, e -> e.getValue().getMetrics().httpCodeTarget(
              HttpCodeTarget.TARGET_5XX_COUNT, options(e.getKey(), "Sum"))),
          graph("Target response time p95 (s)" + which, chunk, e -> e.getValue().getMetrics().targetResponseTime(
              options(e.getKey(), "p95"))),
          graph("Healthy hosts" + which, chunk, e -> e.getValue().getMetrics().healthyHostCount(
              options(e.getKey(), "Minimum"))));
    }
  }

  /** {@code web} for a service's only target group, {@code web Http8080} when it has several. */
  static String label(MonitoredService s, String key) {
    return s.targetGroups().size() == 1 ? s.name() : s.name() + " " + key;
  }

  private static IMetric named(software.amazon.awscdk.services.cloudwatch.Metric m, String label) {
    return m.with(MetricOptions.builder().label(label).build());
  }

  private static MetricOptions options(String label, String statistic) {
    return MetricOptions.builder().label(label).statistic(statistic).period(EcsMetrics.PERIOD).build();
  }

  static <T> IWidget graph(String title, List<T> items, Function<T, IMetric> metric) {
    return new GraphWidget(GraphWidgetProps.builder().title(title).width(WIDTH).height(6)
        .left(items.stream().map(metric).toList()).build());
  }

  public Dashboard getDashboard() {
    return dashboard;
  }

  /** The dashboard's name. */
  public String getDashboardName() {
    return name;
  }
}
