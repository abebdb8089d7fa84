package dev.exosphere.service;

import dev.exosphere.ExoException;
import dev.exosphere.gateway.ExoGateway;
import dev.exosphere.routing.PlannedRule;
import dev.exosphere.routing.RouteTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ecs.CfnService;
import software.amazon.awscdk.services.ecs.Ec2Service;
import software.amazon.awscdk.services.ecs.ICluster;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.CfnListenerRule;
import software.amazon.awscdk.services.elasticloadbalancingv2.Protocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.TargetType;
import software.constructs.Construct;

/**
 * A public service's side of the load balancer: one target group per container port and protocol, and the listener
 * rules the gateway planned for it.
 *
 * <p>Rules are L1 {@code CfnListenerRule}s: the L2 rule of aws-cdk-lib 2.272.0 has no URL rewrite transforms, the L1
 * does ({@code Transforms}), and the L1 also costs fewer jsii calls.
 *
 * <p>Tasks run in bridge mode with dynamic host ports on the cluster's instances, so the load balancer reaches them
 * on the instances' ephemeral port range (32768-65535), and that ingress goes on the instances' security group: in
 * bridge mode a task has no security group of its own.
 */
final class ServiceRouting {
  /** The ECS-optimized AMIs' ephemeral port range, from which dynamic host ports are drawn. */
  static final Port EPHEMERAL_PORTS = Port.tcpRange(32768, 65535);
  /** Short, so rolling deploys do not wait the 300 s default for connections to drain. */
  private static final int DEREGISTRATION_DELAY_SECONDS = 30;

  private static final int HEALTH_CHECK_GRACE_SECONDS = 60;

  private ServiceRouting() {}

  /** Target groups by target, each with its service attached, and the service's rules on the listener. */
  static SortedMap<RouteTarget, ApplicationTargetGroup> attach(Construct scope, ExoServiceProps props,
      SortedMap<RouteTarget, ServiceHealthCheck> checks, Ec2Service service, ExoGateway gateway,
      List<PlannedRule> rules, List<Object> otherLoadBalancers) {
    ICluster cluster = props.cluster();
    SortedMap<RouteTarget, ApplicationTargetGroup> groups = new TreeMap<>();
    TargetType type = props.securityGroup().isPresent() ? TargetType.IP : TargetType.INSTANCE;
    checks.forEach((target, hc) -> groups.put(target, targetGroup(scope, cluster, target, hc, "", type)));
    // blue/green, canary, linear: each target group gets an alternate one that ECS moves traffic to
    boolean shifting = props.deployment().filter(ServiceDeployment::shiftsTraffic).isPresent();
    List<ApplicationListener> extras = gateway.extraListenersFor(props.name());
    if (shifting && !extras.isEmpty()) {
      throw ExoException.invalidProp(scope, "deployment", props.deployment().get().strategy(),
          "no traffic-shifting strategy when the gateway has extraListeners (ECS shifts one production rule per"
              + " target group; the extra listeners' copies would not follow)",
          "use a rolling deployment, or a gateway without extraListeners");
    }
    ServiceRollout.checkOneRulePerTarget(scope, props, rules);
    SortedMap<RouteTarget, ApplicationTargetGroup> alternates = new TreeMap<>();
    if (shifting) {
      checks.forEach((target, hc) -> alternates.put(target, targetGroup(scope, cluster, target, hc, "Alternate", type)));
    }
    SortedMap<RouteTarget, CfnListenerRule> productionRules = new TreeMap<>();
    // the listener of the service's own load balancer; from a nested stack, CDK passes its ARN in as a parameter
    ApplicationListener listener = gateway.listenerFor(props.name());
    String listenerArn = listener.getListenerArn();
    for (PlannedRule p : rules) {
      ApplicationTargetGroup group = groups.get(p.target());
      CfnListenerRule rule = rule(scope, p.id(), listenerArn, p, group,
          shifting ? alternates.get(p.target()) : null);
      // ECS refuses a target group that is on no load balancer yet: the service waits for its rules.
      group.registerListener(listener, rule);
      if (shifting) {
        // the service names the rule as its production rule, which orders it after the rule already
        alternates.get(p.target()).registerListener(listener, rule);
        productionRules.put(p.target(), rule);
      } else {
        service.getNode().addDependency(rule);
        // each extra listener repeats the rule (priorities are per listener); its id ends with the listener's
        for (ApplicationListener extra : extras) {
          CfnListenerRule copy = rule(scope, p.id() + extra.getNode().getId(), extra.getListenerArn(), p, group, null);
          group.registerListener(extra, copy);
          service.getNode().addDependency(copy);
        }
      }
    }
    joinTargetGroups(props.name(), service, groups, shifting
        ? advanced(scope, alternates, productionRules) : Map.of(), otherLoadBalancers);
    SortedMap<String, ApplicationTargetGroup> all = new TreeMap<>();
    groups.forEach((t, g) -> all.put(t.id(), g));
    alternates.forEach((t, g) -> all.put(t.id() + "Alternate", g));
    ServiceRollout.alarm(scope, service, props, all);
    if (props.securityGroup().isPresent()) {
      // awsvpc: the task's own group, and only on the ports its routes name
      groups.keySet().stream().map(RouteTarget::port).distinct().sorted().forEach(port ->
          props.securityGroup().get().getConnections().allowFrom(gateway.loadBalancerFor(props.name()), Port.tcp(port),
              "Load balancer to " + props.name() + " on its port " + port + " (awsvpc)"));
    } else {
      cluster.getConnections().allowFrom(gateway.loadBalancerFor(props.name()), EPHEMERAL_PORTS,
          "Load balancer to tasks on dynamic host ports (bridge mode)");
    }
    return groups;
  }

  /**
   * The service joins its target groups on its own CloudFormation resource, not as targets of the groups: a target
   * registered on a group makes registerListener open the instances to the load balancer once more, from the
   * service's (nested) stack, a duplicate of the one rule opened in {@link #attach} that CloudFormation rejects.
   */
  private static void joinTargetGroups(String containerName, Ec2Service service,
      SortedMap<RouteTarget, ApplicationTargetGroup> groups,
      Map<RouteTarget, CfnService.AdvancedConfigurationProperty> advanced, List<Object> otherLoadBalancers) {
    CfnService cfn = (CfnService) service.getNode().getDefaultChild();
    List<Object> entries = new ArrayList<>(groups.entrySet().stream().map(e -> (Object) CfnService.LoadBalancerProperty.builder()
        .containerName(containerName)
        .containerPort(e.getKey().port())
        .targetGroupArn(e.getValue().getTargetGroupArn())
        .advancedConfiguration(advanced.get(e.getKey()))
        .build()).toList());
    entries.addAll(otherLoadBalancers);
    cfn.setLoadBalancers(entries);
    // what the L2 sets once a service has a load balancer: time for a new task to pass its first health checks
    cfn.setHealthCheckGracePeriodSeconds(HEALTH_CHECK_GRACE_SECONDS);
  }

  /**
   * What ECS needs to shift a target's traffic: the alternate target group, the production rule (forwarding to both,
   * weighted 100/0, so ECS can move the weights) and the role it acts with.
   */
  private static Map<RouteTarget, CfnService.AdvancedConfigurationProperty> advanced(Construct scope,
      SortedMap<RouteTarget, ApplicationTargetGroup> alternates, SortedMap<RouteTarget, CfnListenerRule> rules) {
    String roleArn = ServiceRollout.loadBalancerRole(scope).getRoleArn();
    Map<RouteTarget, CfnService.AdvancedConfigurationProperty> out = new TreeMap<>();
    alternates.forEach((target, alternate) -> out.put(target, CfnService.AdvancedConfigurationProperty.builder()
        .alternateTargetGroupArn(alternate.getTargetGroupArn())
        .productionListenerRule(rules.get(target).getAttrRuleArn())
        .roleArn(roleArn)
        .build()));
    return out;
  }

  /** One planned rule on one listener, forwarding to {@code group} (and weighted to {@code alternate}, if given). */
  private static CfnListenerRule rule(Construct scope, String id, String listenerArn, PlannedRule p,
      ApplicationTargetGroup group, ApplicationTargetGroup alternate) {
    return CfnListenerRule.Builder.create(scope, id)
        .listenerArn(listenerArn)
        .priority(p.priority())
        .conditions(conditions(p))
        .actions(List.of(alternate != null ? weightedForward(group, alternate) : CfnListenerRule.ActionProperty.builder()
            .type("forward").targetGroupArn(group.getTargetGroupArn()).build()))
        .transforms(p.rewrite().map(rw -> List.<Object>of(CfnListenerRule.TransformProperty.builder()
            .type("url-rewrite")
            .urlRewriteConfig(CfnListenerRule.RewriteConfigObjectProperty.builder()
                .rewrites(List.of(CfnListenerRule.RewriteConfigProperty.builder()
                    .regex(rw.regex()).replace(rw.replace()).build()))
                .build())
            .build())).orElse(null))
        .build();
  }

  private static CfnListenerRule.ActionProperty weightedForward(ApplicationTargetGroup primary,
      ApplicationTargetGroup alternate) {
    return CfnListenerRule.ActionProperty.builder().type("forward")
        .forwardConfig(CfnListenerRule.ForwardConfigProperty.builder().targetGroups(List.of(
            CfnListenerRule.TargetGroupTupleProperty.builder().targetGroupArn(primary.getTargetGroupArn()).weight(100).build(),
            CfnListenerRule.TargetGroupTupleProperty.builder().targetGroupArn(alternate.getTargetGroupArn()).weight(0).build()))
            .build())
        .build();
  }

  private static ApplicationTargetGroup targetGroup(Construct scope, ICluster cluster, RouteTarget target,
      ServiceHealthCheck hc, String suffix, TargetType type) {
    boolean https = target.protocol().toLowerCase(Locale.ROOT).equals("https");
    return ApplicationTargetGroup.Builder.create(scope, "TargetGroup" + target.id() + suffix)
        .vpc(cluster.getVpc())
        .targetType(type)
        .protocol(https ? ApplicationProtocol.HTTPS : ApplicationProtocol.HTTP)
        .port(target.port())
        .deregistrationDelay(JsiiValues.seconds(DEREGISTRATION_DELAY_SECONDS))
        .healthCheck(software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck.builder()
            .protocol(https ? Protocol.HTTPS : Protocol.HTTP)
            // Dynamic host ports: the check must follow each task's own port, never a fixed one.
            .port("traffic-port")
            .path(hc.path())
            .interval(JsiiValues.seconds(hc.intervalSeconds()))
            .timeout(JsiiValues.seconds(hc.timeoutSeconds()))
            .healthyThresholdCount(hc.healthyThreshold())
            .unhealthyThresholdCount(hc.unhealthyThreshold())
            .healthyHttpCodes(hc.codes())
            .build())
        .build();
  }

  private static List<Object> conditions(PlannedRule p) {
    List<Object> conditions = new ArrayList<>();
    if (!p.hosts().isEmpty()) {
      conditions.add(CfnListenerRule.RuleConditionProperty.builder().field("host-header")
          .hostHeaderConfig(CfnListenerRule.HostHeaderConfigProperty.builder().values(p.hosts()).build()).build());
    }
    if (!p.paths().isEmpty()) {
      conditions.add(CfnListenerRule.RuleConditionProperty.builder().field("path-pattern")
          .pathPatternConfig(CfnListenerRule.PathPatternConfigProperty.builder().values(p.paths()).build()).build());
    }
    return conditions;
  }
}
