package dev.exosphere.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.EdgeFixtures;
import dev.exosphere.ExoException;
import dev.exosphere.gateway.ExoGateway;
import dev.exosphere.gateway.ExoGatewayProps;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.DeploymentStrategy;
import software.amazon.awscdk.services.logs.RetentionDays;

/** ECS's native deployment strategies and deployment alarms on an {@link ExoService}. */
class ExoServiceDeploymentTest {
  private static Template synth(ServiceKind kind, UnaryOperator<ExoServiceProps.Builder> props) {
    Stack stack = EdgeFixtures.stack();
    Cluster cluster = EdgeFixtures.ec2Cluster(stack);
    IVpc vpc = cluster.getVpc();
    ExoServiceProps.Builder b = ExoServiceProps.builder().name("web").kind(kind).appName("shop").cluster(cluster)
        .image(ContainerImage.fromRegistry("shop/web:1")).logRetention(RetentionDays.ONE_MONTH);
    if (kind != ServiceKind.WORKER) {
      b.routes(List.of(ServiceRoute.builder("/", 3000).build()));
    }
    if (kind == ServiceKind.PUBLIC) {
      b.gateway(new ExoGateway(stack, "Gateway", ExoGatewayProps.builder().vpc(vpc).build()));
    }
    new ExoService(stack, "Web", props.apply(b).build());
    return Template.fromStack(stack);
  }

  private static Template publicWith(ServiceDeployment d) {
    return synth(ServiceKind.PUBLIC, b -> b.deployment(d));
  }

  @Test
  void withoutADeploymentTheServiceRollsWithTheCircuitBreakerAsBefore() {
    // GIVEN a public service without a deployment
    Template t = synth(ServiceKind.PUBLIC, b -> b);
    // THEN no strategy, no alarms, one target group, a plain forward
    t.hasResourceProperties("AWS::ECS::Service", Map.of("DeploymentConfiguration", Match.objectLike(Map.of(
        "DeploymentCircuitBreaker", Map.of("Enable", true, "Rollback", true),
        "Strategy", Match.absent(), "MaximumPercent", 200, "MinimumHealthyPercent", 50))));
    // CDK's defaults write a disabled, empty Alarms block; the recommended flags (removeDefaultDeploymentAlarm) none
    Object alarms = deploymentConfiguration(t).get("Alarms");
    assertTrue(alarms == null || alarms.equals(Map.of("AlarmNames", List.of(), "Enable", false, "Rollback", false)),
        "no deployment alarms, got " + alarms);
    t.resourceCountIs("AWS::ElasticLoadBalancingV2::TargetGroup", 1);
    t.resourceCountIs("AWS::CloudWatch::Alarm", 0);
  }

  @Test
  void canaryShiftsItsPercentThroughAnAlternateTargetGroup() {
    // GIVEN a canary deployment of 5% baking 3 minutes, 10 minutes' bake time
    Template t = publicWith(ServiceDeployment.builder(DeploymentStrategy.CANARY).stepPercent(5).stepMinutes(3)
        .bakeTimeMinutes(10).build());
    // THEN ECS gets the strategy and its steps, and keeps the circuit breaker
    t.hasResourceProperties("AWS::ECS::Service", Map.of("DeploymentConfiguration", Map.of(
        "Strategy", "CANARY", "BakeTimeInMinutes", 10,
        "CanaryConfiguration", Map.of("CanaryPercent", 5, "CanaryBakeTimeInMinutes", 3),
        "DeploymentCircuitBreaker", Map.of("Enable", true, "Rollback", true))));
    // AND a second target group, and the service's load balancer names it, the production rule and ECS's role
    t.resourceCountIs("AWS::ElasticLoadBalancingV2::TargetGroup", 2);
    t.hasResourceProperties("AWS::ECS::Service", Map.of("LoadBalancers", List.of(Map.of(
        "TargetGroupArn", Map.of("Ref", Match.stringLikeRegexp("^WebTargetGroupHttp3000(?!Alternate).*")),
        "AdvancedConfiguration", Map.of(
            "AlternateTargetGroupArn", Map.of("Ref", Match.stringLikeRegexp("^WebTargetGroupHttp3000Alternate.*")),
            "ProductionListenerRule", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("^WebRule.*"), "RuleArn")),
            "RoleArn", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("^WebLoadBalancerRole.*"), "Arn")))))));
  }

  @Test
  void theProductionRuleForwardsToBothTargetGroupsSoEcsCanMoveTheWeights() {
    Template t = publicWith(ServiceDeployment.builder(DeploymentStrategy.BLUE_GREEN).build());
    t.hasResourceProperties("AWS::ElasticLoadBalancingV2::ListenerRule", Map.of("Actions", List.of(Map.of(
        "Type", "forward", "ForwardConfig", Map.of("TargetGroups", List.of(
            Map.of("TargetGroupArn", Map.of("Ref", Match.stringLikeRegexp("^WebTargetGroupHttp3000(?!Alternate).*")), "Weight", 100),
            Map.of("TargetGroupArn", Map.of("Ref", Match.stringLikeRegexp("^WebTargetGroupHttp3000Alternate.*")), "Weight", 0)))))));
    t.hasResourceProperties("AWS::ECS::Service", Map.of("DeploymentConfiguration", Map.of("Strategy", "BLUE_GREEN")));
  }

  @Test
  void ecsActsWithItsOwnLoadBalancerInfrastructurePolicy() {
    Template t = publicWith(ServiceDeployment.builder(DeploymentStrategy.LINEAR).stepPercent(10).stepMinutes(2).build());
    t.hasResourceProperties("AWS::IAM::Role", Map.of(
        "AssumeRolePolicyDocument", Map.of("Statement", List.of(Map.of("Action", "sts:AssumeRole", "Effect", "Allow",
            "Principal", Map.of("Service", "ecs.amazonaws.com")))),
        "ManagedPolicyArns", List.of(Map.of("Fn::Join", List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"),
            ":iam::aws:policy/AmazonECSInfrastructureRolePolicyForLoadBalancers"))))));
    t.hasResourceProperties("AWS::ECS::Service", Map.of("DeploymentConfiguration", Map.of(
        "Strategy", "LINEAR", "LinearConfiguration", Map.of("StepPercent", 10, "StepBakeTimeInMinutes", 2))));
  }

  @Test
  void alarmsOnTargetErrorsAndUnhealthyHostsRollBack() {
    // GIVEN a blue/green deployment with alarms at 20 target 5xx a minute
    Template t = publicWith(ServiceDeployment.builder(DeploymentStrategy.BLUE_GREEN)
        .alarms(new ServiceDeployment.Alarms(true, 20)).build());
    // THEN two alarms per target group (primary and alternate), named, and ECS rolls back on them
    t.resourceCountIs("AWS::CloudWatch::Alarm", 4);
    t.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of("AlarmName", "shop-web-target-5xx-http3000",
        "MetricName", "HTTPCode_Target_5XX_Count", "Namespace", "AWS/ApplicationELB", "Statistic", "Sum", "Period", 60,
        "Threshold", 20, "EvaluationPeriods", 2, "DatapointsToAlarm", 2,
        "ComparisonOperator", "GreaterThanOrEqualToThreshold", "TreatMissingData", "notBreaching"));
    t.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of("AlarmName", "shop-web-unhealthy-http3000alternate",
        "MetricName", "UnHealthyHostCount", "Statistic", "Maximum", "Threshold", 1));
    t.hasResourceProperties("AWS::ECS::Service", Map.of("DeploymentConfiguration", Map.of("Alarms", Map.of(
        "Enable", true, "Rollback", true, "AlarmNames", List.of("shop-web-target-5xx-http3000",
            "shop-web-unhealthy-http3000", "shop-web-target-5xx-http3000alternate", "shop-web-unhealthy-http3000alternate")))));
  }

  @Test
  void alarmsWithoutRollbackOnlyFailTheRollingDeployment() {
    Template t = publicWith(ServiceDeployment.builder(DeploymentStrategy.ROLLING)
        .alarms(new ServiceDeployment.Alarms(false, 10)).build());
    t.resourceCountIs("AWS::CloudWatch::Alarm", 2);
    t.resourceCountIs("AWS::ElasticLoadBalancingV2::TargetGroup", 1);
    t.hasResourceProperties("AWS::ECS::Service", Map.of("DeploymentConfiguration", Map.of(
        "Alarms", Map.of("Enable", true, "Rollback", false), "Strategy", Match.absent())));
  }

  @Test
  void trafficShiftingOnAWorkerIsAnError() {
    ExoException e = assertThrows(ExoException.class, () -> synth(ServiceKind.WORKER,
        b -> b.deployment(ServiceDeployment.builder(DeploymentStrategy.CANARY).build())));
    assertEquals("Test/Web: deployment = CANARY is invalid: expected ROLLING without alarms for a WORKER service "
        + "(traffic shifting and alarms need its target groups). Fix: use ROLLING without alarms, or make the service PUBLIC",
        e.getMessage());
  }

  @Test
  void aBakeTimeWithRollingIsAnError() {
    ExoException e = assertThrows(ExoException.class, () -> publicWith(
        ServiceDeployment.builder(DeploymentStrategy.ROLLING).bakeTimeMinutes(5).build()));
    assertEquals("Test/Web: deployment.bakeTimeMinutes = 5 is invalid: expected no bake time with ROLLING. "
        + "Fix: drop it, or use BLUE_GREEN, CANARY or LINEAR", e.getMessage());
  }

  @Test
  void aLinearStepBelowThreePercentIsAnError() {
    ExoException e = assertThrows(ExoException.class, () -> publicWith(
        ServiceDeployment.builder(DeploymentStrategy.LINEAR).stepPercent(2).build()));
    assertEquals("Test/Web: deployment.stepPercent = 2 is invalid: expected 3-100. Fix: use a whole percentage in that range",
        e.getMessage());
  }

  @Test
  void twoRoutesToOneTargetGroupCannotShiftTraffic() {
    ExoException e = assertThrows(ExoException.class, () -> synth(ServiceKind.PUBLIC, b -> b
        .routes(List.of(ServiceRoute.builder("/", 3000).build(), ServiceRoute.builder("/api", 3000).build()))
        .deployment(ServiceDeployment.builder(DeploymentStrategy.BLUE_GREEN).build())));
    assertFalse(e.getMessage().isEmpty());
    assertEquals("Test/Web: routes = http:3000 in 2 listener rules is invalid: expected one listener rule per target "
        + "group with BLUE_GREEN (ECS shifts traffic through one production rule). Fix: give each route its own container "
        + "port, use at most 3 hosts per route, or use ROLLING", e.getMessage());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deploymentConfiguration(Template t) {
    Map<String, Object> service = t.findResources("AWS::ECS::Service").values().iterator().next();
    return (Map<String, Object>) ((Map<String, Object>) service.get("Properties")).get("DeploymentConfiguration");
  }
}
