package dev.exosphere.operate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.ExoException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcAttributes;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ClusterAttributes;
import software.amazon.awscdk.services.ecs.Ec2Service;
import software.amazon.awscdk.services.ecs.Ec2ServiceAttributes;
import software.amazon.awscdk.services.ecs.ICluster;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancerAttributes;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.IApplicationTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.TargetGroupAttributes;

/** ExoDashboard, ExoServiceAlarms and ExoAlarmTopic over imported services: what each puts in the template. */
class ExoOperateConstructsTest {
  private final Stack stack = new Stack(new App(), "shop-prod", StackProps.builder()
      .env(Environment.builder().account("123456789012").region("eu-west-1").build()).build());
  private final ICluster cluster = Cluster.fromClusterAttributes(stack, "Cluster", ClusterAttributes.builder()
      .clusterName("shop-public").vpc(Vpc.fromVpcAttributes(stack, "Vpc", VpcAttributes.builder().vpcId("vpc-1")
          .availabilityZones(List.of("eu-west-1a")).build())).build());

  private MonitoredService web() {
    IApplicationTargetGroup tg = ApplicationTargetGroup.fromTargetGroupAttributes(stack, "Tg",
        TargetGroupAttributes.builder()
            .targetGroupArn("arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef")
            .loadBalancerArns("arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/shop/0123456789abcdef")
            .build());
    return new MonitoredService("web", service("WebService", "shop-web"), new TreeMap<>(Map.of("Http3000", tg)));
  }

  private software.amazon.awscdk.services.ecs.IBaseService service(String id, String name) {
    return Ec2Service.fromEc2ServiceAttributes(stack, id, Ec2ServiceAttributes.builder().cluster(cluster)
        .serviceName(name).build());
  }

  @Test
  void dashboardGraphsEveryServiceClusterAndTargetGroupAndOutputsItsUrl() {
    // GIVEN a public service, a worker and a cluster
    new ExoDashboard(stack, "Dashboard", ExoDashboardProps.builder().service(web())
        .service(MonitoredService.of("mailer", service("Mailer", "shop-mailer")))
        .cluster(new MonitoredCluster("public", cluster)).build());
    // WHEN synthesized
    Template t = Template.fromStack(stack);
    // THEN one dashboard named after the stack, with each metric of each part
    t.resourceCountIs("AWS::CloudWatch::Dashboard", 1);
    t.hasResourceProperties("AWS::CloudWatch::Dashboard", Map.of("DashboardName", "shop-prod"));
    String body = t.findResources("AWS::CloudWatch::Dashboard").values().iterator().next().toString();
    for (String metric : List.of("CPUUtilization", "MemoryUtilization", "RunningTaskCount", "HTTPCode_Target_5XX_Count",
        "TargetResponseTime", "HealthyHostCount", "ContainerInstanceCount", "CPUReservation", "MemoryReservation",
        "shop-web", "shop-mailer", "shop-public", "targetgroup/web/0123456789abcdef")) {
      assertTrue(body.contains(metric), metric + " in " + body);
    }
    assertEquals("https://console.aws.amazon.com/cloudwatch/home?region=eu-west-1#dashboards:name=shop-prod",
        t.findOutputs("*").entrySet().stream().filter(e -> e.getKey().startsWith("DashboardUrl"))
            .map(e -> ((Map<?, ?>) e.getValue()).get("Value")).findFirst().orElseThrow());
  }

  @Test
  void manyServicesAreSplitIntoGraphsOfPerGraph() {
    // GIVEN 25 services, 10 per graph
    ExoDashboardProps.Builder b = ExoDashboardProps.builder();
    for (int i = 0; i < 25; i++) {
      b.service(MonitoredService.of("s" + (10 + i), service("S" + i, "shop-s" + (10 + i))));
    }
    new ExoDashboard(stack, "Dashboard", b.build());
    String body = Template.fromStack(stack).findResources("AWS::CloudWatch::Dashboard").toString();
    // THEN three CPU graphs, titled by their first and last service
    assertTrue(body.contains("CPU % (s10 to s19)") && body.contains("CPU % (s20 to s29)")
        && body.contains("CPU % (s30 to s34)"), body);
  }

  @Test
  void beyondNamedServicesEachGraphSearchesAClusterOrALoadBalancer() {
    // GIVEN more services than namedServices, their cluster and the load balancer
    ExoDashboardProps.Builder b = ExoDashboardProps.builder().namedServices(2)
        .cluster(new MonitoredCluster("public", cluster))
        .loadBalancer(ApplicationLoadBalancer.fromApplicationLoadBalancerAttributes(stack, "Lb",
            ApplicationLoadBalancerAttributes.builder().securityGroupId("sg-1")
                .loadBalancerArn("arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/shop/0123").build()));
    for (int i = 0; i < 3; i++) {
      b.service(MonitoredService.of("s" + i, service("S" + i, "shop-s" + i)));
    }
    new ExoDashboard(stack, "Dashboard", b.build());
    String body = Template.fromStack(stack).findResources("AWS::CloudWatch::Dashboard").toString();
    // THEN a SEARCH per metric of the cluster and of the load balancer, no line per service
    assertTrue(body.contains("SEARCH('{AWS/ECS,ClusterName,ServiceName} MetricName=\\\"CPUUtilization\\\" ClusterName=\\\"shop-public"), body);
    assertTrue(body.contains("{AWS/ApplicationELB,LoadBalancer,TargetGroup} MetricName=\\\"HTTPCode_Target_5XX_Count"), body);
    assertTrue(!body.contains("shop-s0"), body);
    // AND without clusters the construct says what it needs
    ExoException e = assertThrows(ExoException.class, () -> new ExoDashboard(stack, "Other",
        ExoDashboardProps.builder().namedServices(0).service(MonitoredService.of("x", service("X", "shop-x"))).build()));
    assertTrue(e.getMessage().contains("clusters"), e.getMessage());
  }

  @Test
  void badDashboardNameNamesTheProp() {
    ExoException e = assertThrows(ExoException.class, () -> new ExoDashboard(stack, "Dashboard",
        ExoDashboardProps.builder().dashboardName("shop prod").build()));
    assertTrue(e.getMessage().contains("dashboardName") && e.getMessage().contains("shop prod"), e.getMessage());
  }

  @Test
  void alarmsWatchCpuUnhealthyHostsAndErrorRateAndNotifyTheTopic() {
    // GIVEN the alarm topic with an address, and a public service's alarms on it
    ExoAlarmTopic topic = new ExoAlarmTopic(stack, "AlarmTopic", ExoAlarmTopicProps.of(List.of("ops@shop.example.com")));
    ExoServiceAlarms alarms = new ExoServiceAlarms(stack, "WebAlarms", ExoServiceAlarmsProps.builder().service(web())
        .topic(topic.getTopic()).build());
    // WHEN synthesized
    Template t = Template.fromStack(stack);
    // THEN three alarms that never fire on missing data, each notifying the topic when firing and clearing
    assertEquals(3, alarms.getAlarms().size());
    t.resourceCountIs("AWS::CloudWatch::Alarm", 3);
    t.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of("MetricName", "CPUUtilization",
        "Threshold", 90, "EvaluationPeriods", 3, "DatapointsToAlarm", 3, "TreatMissingData", "notBreaching",
        "ComparisonOperator", "GreaterThanThreshold")));
    t.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of("MetricName", "UnHealthyHostCount",
        "Threshold", 1, "ComparisonOperator", "GreaterThanOrEqualToThreshold")));
    t.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of("Threshold", 5,
        "Metrics", Match.arrayWith(List.of(Match.objectLike(Map.of(
            "Expression", "IF(requests > 0, 100 * FILL(errors, 0) / requests, 0)")))))));
    t.allResourcesProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
        "AlarmActions", List.of(Map.of("Ref", Match.stringLikeRegexp("AlarmTopic.*"))),
        "OKActions", List.of(Map.of("Ref", Match.stringLikeRegexp("AlarmTopic.*"))))));
    // AND the topic: its own rotated key CloudWatch may use, TLS only, the e-mail subscribed
    t.hasResourceProperties("AWS::KMS::Key", Match.objectLike(Map.of("EnableKeyRotation", true)));
    assertTrue(t.findResources("AWS::KMS::Key").toString().contains("cloudwatch.amazonaws.com"));
    t.hasResourceProperties("AWS::SNS::Topic", Match.objectLike(Map.of("KmsMasterKeyId", Match.anyValue())));
    assertTrue(t.findResources("AWS::SNS::TopicPolicy").toString().contains("aws:SecureTransport"));
    t.hasResourceProperties("AWS::SNS::Subscription", Map.of("Protocol", "email",
        "Endpoint", "ops@shop.example.com", "TopicArn", Map.of("Ref", Match.stringLikeRegexp("AlarmTopic.*"))));
  }

  @Test
  void aWorkerHasOnlyItsCpuAlarmAndBadThresholdsNameTheProp() {
    // GIVEN a worker without target groups WHEN its alarms are built THEN only CPU, notifying nobody
    new ExoServiceAlarms(stack, "MailerAlarms", ExoServiceAlarmsProps.builder()
        .service(MonitoredService.of("mailer", service("Mailer", "shop-mailer"))).cpuPercent(75).build());
    Template t = Template.fromStack(stack);
    t.resourceCountIs("AWS::CloudWatch::Alarm", 1);
    t.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of("Threshold", 75,
        "AlarmActions", Match.absent())));
    ExoException e = assertThrows(ExoException.class, () -> new ExoServiceAlarms(stack, "Bad",
        ExoServiceAlarmsProps.builder().service(web()).errorRatePercent(0).build()));
    assertTrue(e.getMessage().contains("errorRatePercent"), e.getMessage());
  }
}
