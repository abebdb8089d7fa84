package dev.exosphere.service;

import static dev.exosphere.EdgeFixtures.route;
import static dev.exosphere.EdgeFixtures.service;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.EdgeFixtures;
import dev.exosphere.gateway.ExoGateway;
import dev.exosphere.gateway.ExoGatewayProps;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import dev.exosphere.routing.StableHash;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.NestedStack;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ecs.Cluster;

/**
 * GIVEN a gateway with 2 load balancers in the parent stack, and in a nested stack (as ExoApplication places them)
 * a host-less service (on the first) and a host-named service placed on the second.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExoServiceNestedTest {
  private Template parent;
  private Template nested;
  private Service second;

  @BeforeAll
  void synth() {
    Stack stack = EdgeFixtures.stack();
    Cluster cluster = EdgeFixtures.ec2Cluster(stack);
    IVpc vpc = cluster.getVpc();
    String name = IntStream.range(0, 100).mapToObj(i -> "svc" + i)
        .filter(n -> StableHash.bucket(n, 2) == 1).findFirst().orElseThrow();
    second = service(name, ServiceType.PUBLIC, route("/", 3000, "app.example.com"));
    Service home = service("home", ServiceType.PUBLIC, route("/", 3000));
    ExoGateway gateway = new ExoGateway(stack, "Gateway", ExoGatewayProps.builder()
        .vpc(vpc).routes(EdgeFixtures.routesOf(List.of(home, second))).loadBalancers(2).build());
    NestedStack services = new NestedStack(stack, "Services");
    new ExoService(services, "Home", ExoServiceTest.base(home, cluster).gateway(gateway).build());
    new ExoService(services, "Second", ExoServiceTest.base(second, cluster).gateway(gateway).build());
    parent = Template.fromStack(stack);
    nested = Template.fromStack(services);
  }

  @Test
  void eachRuleIsOnItsOwnLoadBalancersListenerPassedInAsAParameter() {
    // THEN the rules reference the listeners through nested-stack parameters
    nested.hasResourceProperties("AWS::ElasticLoadBalancingV2::ListenerRule", Map.of(
        "ListenerArn", Map.of("Ref", Match.stringLikeRegexp("referencetoTestGatewayLoadBalancer2Http.*")),
        "Conditions", List.of(Map.of("Field", "host-header",
            "HostHeaderConfig", Map.of("Values", List.of("app.example.com"))))));
    nested.hasResourceProperties("AWS::ElasticLoadBalancingV2::ListenerRule", Map.of(
        "ListenerArn", Map.of("Ref", Match.stringLikeRegexp("referencetoTestGatewayHttp[0-9A-F]+Ref")),
        "Conditions", List.of(Map.of("Field", "path-pattern", "PathPatternConfig", Map.of("Values", List.of("/*"))))));
    // and the parent passes each load balancer's listener in
    String passed = parent.findResources("AWS::CloudFormation::Stack").toString();
    assertTrue(passed.matches("(?s).*referencetoTestGatewayLoadBalancer2Https?[0-9A-F]+Ref=\\{Ref=GatewayLoadBalancer2Http.*"),
        passed);
    assertTrue(passed.matches("(?s).*referencetoTestGatewayHttp[0-9A-F]+Ref=\\{Ref=GatewayHttp[0-9A-F]+}.*"), passed);
  }

  @Test
  void eachLoadBalancerReachesTheInstancesOnTheEphemeralPorts() {
    // THEN the instances admit each load balancer's security group on the dynamic host ports
    String ingress = parent.findResources("AWS::EC2::SecurityGroupIngress").toString()
        + nested.findResources("AWS::EC2::SecurityGroupIngress").toString();
    for (String lb : List.of("GatewaySecurityGroup", "GatewayLoadBalancer2SecurityGroup")) {
      assertTrue(ingress.matches("(?s).*FromPort=32768, GroupId=\\{[^}]*ClusterAsgInstanceSecurityGroup[^}]*}, IpProtocol=tcp,"
          + " SourceSecurityGroupId=\\{[^}]*" + lb + "[0-9A-F]+[^}]*}, ToPort=65535.*"), lb + ": " + ingress);
    }
  }
}
