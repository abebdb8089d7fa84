package dev.exosphere.application;

import dev.exosphere.model.Operate;
import dev.exosphere.operate.ExoAlarmTopic;
import dev.exosphere.operate.ExoAlarmTopicProps;
import dev.exosphere.operate.ExoDashboard;
import dev.exosphere.operate.ExoDashboardProps;
import dev.exosphere.operate.ExoServiceAlarms;
import dev.exosphere.operate.ExoServiceAlarmsProps;
import dev.exosphere.operate.MonitoredCluster;
import dev.exosphere.operate.MonitoredService;
import dev.exosphere.service.ExoService;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import software.amazon.awscdk.services.elasticloadbalancingv2.IApplicationTargetGroup;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sns.Topic;

/**
 * The model's {@code operate} onto the application: the dashboard ({@code Dashboard}), the alarm topic
 * ({@code AlarmTopic}, created or imported) and each service's alarms ({@code <service>/Alarms}, in the service's
 * nested stack beside what they watch).
 */
final class ApplicationOperate {
  private ApplicationOperate() {}

  /** Adds what {@code operate} asks for; returns each service's alarms by name (none when alarms are off). */
  static SortedMap<String, ExoServiceAlarms> add(ExoApplication app) {
    Operate operate = app.getModel().operate();
    SortedMap<String, MonitoredService> watched = new TreeMap<>();
    app.getServices().forEach((name, s) -> watched.put(name, monitored(name, s)));
    if (operate.dashboard()) {
      ExoDashboardProps.Builder b = ExoDashboardProps.builder().services(List.copyOf(watched.values()));
      // a lean application has only the parts something uses (Footprint): the dashboard shows those
      app.getPublicCluster().ifPresent(c -> b.cluster(new MonitoredCluster("public", c.getCluster())));
      app.getPrivateCluster().ifPresent(c -> b.cluster(new MonitoredCluster("private", c.getCluster())));
      app.getBus().ifPresent(bus -> b.cluster(new MonitoredCluster("exocom", bus.getCluster().getCluster()))
          .bus(MonitoredService.of("exocom", bus.getService())));
      app.getGateway().ifPresent(g -> g.getLoadBalancers().forEach(b::loadBalancer));
      new ExoDashboard(app, "Dashboard", b.build());
    }
    SortedMap<String, ExoServiceAlarms> alarms = new TreeMap<>();
    if (operate.alarms()) {
      Optional<ITopic> topic = topic(app, operate);
      watched.forEach((name, m) -> {
        ExoServiceAlarmsProps.Builder b = ExoServiceAlarmsProps.builder().service(m);
        topic.ifPresent(b::topic);
        alarms.put(name, new ExoServiceAlarms(app.getServices().get(name), "Alarms", b.build()));
      });
    }
    return alarms;
  }

  private static Optional<ITopic> topic(ExoApplication app, Operate operate) {
    if (operate.alarmTopic().isPresent()) {
      return Optional.of(Topic.fromTopicArn(app, "AlarmTopic", operate.alarmTopic().get()));
    }
    if (operate.alarmEmails().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ExoAlarmTopic(app, "AlarmTopic", ExoAlarmTopicProps.of(operate.alarmEmails())).getTopic());
  }

  private static MonitoredService monitored(String name, ExoService s) {
    SortedMap<String, IApplicationTargetGroup> groups = new TreeMap<>();
    s.getTargetGroups().forEach((target, tg) -> groups.put(target.id(), tg));
    return new MonitoredService(name, s.getService(), groups);
  }
}
