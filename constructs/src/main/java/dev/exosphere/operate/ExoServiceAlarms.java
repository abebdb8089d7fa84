package dev.exosphere.operate;

import dev.exosphere.ExoException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.AlarmProps;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.MathExpressionProps;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeTarget;
import software.amazon.awscdk.services.elasticloadbalancingv2.IApplicationTargetGroup;
import software.constructs.Construct;

/**
 * The alarms of one service: {@code Cpu}; per target group {@code UnhealthyHosts<key>} and {@code ErrorRate<key>}
 * (5xx share of requests). Missing data never fires (a service scaled to zero, a route without traffic). A
 * deployment's alarm configuration (rollback on alarm) takes {@link #getAlarms()}.
 */
public class ExoServiceAlarms extends Construct {
  private final List<IAlarm> alarms = new ArrayList<>();

  public ExoServiceAlarms(Construct scope, String id, ExoServiceAlarmsProps props) {
    super(scope, id);
    MonitoredService s = ExoException.required(this, "service", props.service(), "pass the service to watch");
    validate(props);
    add("Cpu", EcsMetrics.cpu(s), props.cpuPercent(), ComparisonOperator.GREATER_THAN_THRESHOLD, props,
        s.name() + ": average CPU above " + props.cpuPercent() + "% for " + props.evaluationPeriods() + " minutes");
    for (Map.Entry<String, IApplicationTargetGroup> e : s.targetGroups().entrySet()) {
      String label = ExoDashboard.label(s, e.getKey());
      IApplicationTargetGroup tg = e.getValue();
      add("UnhealthyHosts" + e.getKey(), tg.getMetrics().unhealthyHostCount(options("Maximum")), 1,
          ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, props,
          label + ": a target failed the load balancer's health check for " + props.evaluationPeriods() + " minutes");
      add("ErrorRate" + e.getKey(), new MathExpression(MathExpressionProps.builder()
              .expression("IF(requests > 0, 100 * FILL(errors, 0) / requests, 0)")
              .usingMetrics(new TreeMap<>(Map.of( // sorted: Map.of's order changes between runs
                  "errors", tg.getMetrics().httpCodeTarget(HttpCodeTarget.TARGET_5XX_COUNT, options("Sum")),
                  "requests", tg.getMetrics().requestCount(options("Sum")))))
              .period(EcsMetrics.PERIOD).label(label + " 5xx %").build()),
          props.errorRatePercent(), ComparisonOperator.GREATER_THAN_THRESHOLD, props,
          label + ": more than " + props.errorRatePercent() + "% of requests answered 5xx for "
              + props.evaluationPeriods() + " minutes");
    }
  }

  private void validate(ExoServiceAlarmsProps props) {
    if (props.cpuPercent() < 1 || props.cpuPercent() > 100) {
      throw ExoException.invalidProp(this, "cpuPercent", props.cpuPercent(), "1-100", "pass e.g. 90");
    }
    if (props.errorRatePercent() < 1 || props.errorRatePercent() > 100) {
      throw ExoException.invalidProp(this, "errorRatePercent", props.errorRatePercent(), "1-100", "pass e.g. 5");
    }
    if (props.evaluationPeriods() < 1 || props.evaluationPeriods() > 60) {
      throw ExoException.invalidProp(this, "evaluationPeriods", props.evaluationPeriods(), "1-60 one-minute periods",
          "pass e.g. 3");
    }
  }

  private static MetricOptions options(String statistic) {
    return MetricOptions.builder().statistic(statistic).period(EcsMetrics.PERIOD).build();
  }

  private void add(String id, IMetric metric, int threshold, ComparisonOperator op, ExoServiceAlarmsProps props,
      String description) {
    Alarm alarm = new Alarm(this, id, AlarmProps.builder().metric(metric).threshold(threshold)
        .comparisonOperator(op).evaluationPeriods(props.evaluationPeriods())
        .datapointsToAlarm(props.evaluationPeriods()).treatMissingData(TreatMissingData.NOT_BREACHING)
        .alarmDescription(description).build());
    props.topic().ifPresent(t -> {
      alarm.addAlarmAction(new SnsAction(t));
      alarm.addOkAction(new SnsAction(t));
    });
    alarms.add(alarm);
  }

  /** Every alarm, {@code Cpu} first. */
  public List<IAlarm> getAlarms() {
    return Collections.unmodifiableList(alarms);
  }
}
