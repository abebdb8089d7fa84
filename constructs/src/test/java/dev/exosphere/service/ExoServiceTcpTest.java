package dev.exosphere.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.EdgeFixtures;
import dev.exosphere.ExoException;
import dev.exosphere.gateway.ExoGateway;
import dev.exosphere.gateway.ExoGatewayProps;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.DeploymentStrategy;
import software.amazon.awscdk.services.logs.RetentionDays;

/** Plain TCP ports of a public {@link ExoService} through its own Network Load Balancer. */
class ExoServiceTcpTest {
  private static Template synth(ServiceKind kind, String domain, ServiceDeployment deployment) {
    Stack stack = EdgeFixtures.stack();
    Cluster cluster = EdgeFixtures.ec2Cluster(stack);
    IVpc vpc = cluster.getVpc();
    ExoServiceProps.Builder b = ExoServiceProps.builder().name("broker").kind(kind).appName("shop").cluster(cluster)
        .image(ContainerImage.fromRegistry("shop/broker:1")).logRetention(RetentionDays.ONE_MONTH)
        .routes(List.of(ServiceRoute.builder("/", 8080).build()))
        .tcpPorts(List.of(new ServiceTcpPort(6650, 6650), new ServiceTcpPort(6651, 7000)))
        .deployment(deployment);
    if (kind == ServiceKind.PUBLIC) {
      ExoGatewayProps.Builder g = ExoGatewayProps.builder().vpc(vpc);
      if (domain != null) {
        g.domainName(domain);
      }
      b.gateway(new ExoGateway(stack, "Gateway", g.build()));
    }
    new ExoService(stack, "Broker", b.build());
    return Template.fromStack(stack);
  }

  @Test
  void eachPortIsATcpListenerOnAnInternetFacingNetworkLoadBalancer() {
    Template t = synth(ServiceKind.PUBLIC, null, null);
    t.hasResourceProperties("AWS::ElasticLoadBalancingV2::LoadBalancer", Map.of("Type", "network",
        "Scheme", "internet-facing", "SecurityGroups", List.of(Map.of("Fn::GetAtt",
            List.of(Match.stringLikeRegexp("^BrokerTcpSecurityGroup.*"), "GroupId")))));
    t.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Map.of("Port", 6651, "Protocol", "TCP",
        "DefaultActions", List.of(Map.of("Type", "forward",
            "TargetGroupArn", Map.of("Ref", Match.stringLikeRegexp("^BrokerTcpTargetGroup6651.*"))))));
    // target groups of instances on the tasks' dynamic host ports
    t.hasResourceProperties("AWS::ElasticLoadBalancingV2::TargetGroup", Map.of("Protocol", "TCP", "Port", 7000,
        "TargetType", "instance", "HealthCheckProtocol", "TCP", "HealthCheckPort", "traffic-port"));
  }

  @Test
  void theServiceJoinsItsTcpTargetGroupsBesideItsHttpOne() {
    Template t = synth(ServiceKind.PUBLIC, null, null);
    t.hasResourceProperties("AWS::ECS::Service", Map.of("LoadBalancers", List.of(
        Map.of("ContainerName", "broker", "ContainerPort", 8080, "TargetGroupArn", Match.anyValue()),
        Map.of("ContainerName", "broker", "ContainerPort", 6650,
            "TargetGroupArn", Map.of("Ref", Match.stringLikeRegexp("^BrokerTcpTargetGroup6650.*"))),
        Map.of("ContainerName", "broker", "ContainerPort", 7000,
            "TargetGroupArn", Map.of("Ref", Match.stringLikeRegexp("^BrokerTcpTargetGroup6651.*"))))));
    t.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", List.of(Match.objectLike(Map.of(
        "PortMappings", List.of(Map.of("ContainerPort", 6650, "HostPort", 0, "Protocol", "tcp"),
            Map.of("ContainerPort", 7000, "HostPort", 0, "Protocol", "tcp"),
            Map.of("ContainerPort", 8080, "HostPort", 0, "Protocol", "tcp")))))));
  }

  @Test
  void theSecurityGroupOpensExactlyTheTcpPorts() {
    Template t = synth(ServiceKind.PUBLIC, null, null);
    t.hasResourceProperties("AWS::EC2::SecurityGroup", Map.of(
        "GroupDescription", "Internet-facing Network Load Balancer of broker: its TCP ports only",
        "SecurityGroupIngress", List.of(
            Map.of("CidrIp", "0.0.0.0/0", "Description", "TCP listener 6650", "FromPort", 6650, "ToPort", 6650, "IpProtocol", "tcp"),
            Map.of("CidrIp", "0.0.0.0/0", "Description", "TCP listener 6651", "FromPort", 6651, "ToPort", 6651, "IpProtocol", "tcp"))));
    // and the instances admit the load balancer on the ephemeral ports only
    t.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Map.of("FromPort", 32768, "ToPort", 65535,
        "SourceSecurityGroupId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("^BrokerTcpSecurityGroup.*"), "GroupId"))));
    t.hasResourceProperties("AWS::EC2::SecurityGroupEgress", Map.of("FromPort", 32768, "ToPort", 65535,
        "GroupId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("^BrokerTcpSecurityGroup.*"), "GroupId"))));
  }

  @Test
  void withADomainTheLoadBalancerHasItsOwnRecord() {
    Template t = synth(ServiceKind.PUBLIC, "shop.example.com", null);
    t.hasResourceProperties("AWS::Route53::RecordSet", Map.of("Name", "broker-tcp.shop.example.com.", "Type", "A",
        "AliasTarget", Match.objectLike(Map.of("DNSName", Match.anyValue()))));
  }

  @Test
  void tcpPortsOnAPrivateServiceAreAnError() {
    ExoException e = assertThrows(ExoException.class, () -> synth(ServiceKind.PRIVATE, null, null));
    assertTrue(e.getMessage().startsWith("Test/Broker: tcpPorts = "), e.getMessage());
    assertTrue(e.getMessage().endsWith("is invalid: expected none for a PRIVATE service (the Network Load Balancer is "
        + "internet-facing). Fix: make the service PUBLIC, or drop tcpPorts"), e.getMessage());
  }

  @Test
  void tcpPortsWithATrafficShiftingDeploymentAreAnError() {
    ExoException e = assertThrows(ExoException.class, () -> synth(ServiceKind.PUBLIC, null,
        ServiceDeployment.builder(DeploymentStrategy.CANARY).build()));
    assertTrue(e.getMessage().endsWith("is invalid: expected none with CANARY deployments. Fix: use ROLLING, or drop tcpPorts"),
        e.getMessage());
  }

  @Test
  void tcpPortsOnAnAwsvpcServiceAreAnError() {
    // GIVEN a public service with its own security group (awsvpc, as a stack's member) and tcp ports
    Stack stack = EdgeFixtures.stack();
    Cluster cluster = EdgeFixtures.ec2Cluster(stack);
    IVpc vpc = cluster.getVpc();
    ExoServiceProps props = ExoServiceProps.builder().name("broker").kind(ServiceKind.PUBLIC).appName("shop")
        .cluster(cluster).image(ContainerImage.fromRegistry("shop/broker:1")).logRetention(RetentionDays.ONE_MONTH)
        .routes(List.of(ServiceRoute.builder("/", 8080).build()))
        .tcpPorts(List.of(new ServiceTcpPort(6650, 6650)))
        .securityGroup(SecurityGroup.Builder.create(stack, "Segment").vpc(vpc).build())
        .gateway(new ExoGateway(stack, "Gateway", ExoGatewayProps.builder().vpc(vpc).build())).build();
    // WHEN built THEN the error names both props
    ExoException e = assertThrows(ExoException.class, () -> new ExoService(stack, "Broker", props));
    assertTrue(e.getMessage().contains("tcpPorts = ") && e.getMessage().contains("expected none with a securityGroup"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("Fix: drop securityGroup, or serve the TCP ports from another service"),
        e.getMessage());
  }

  @Test
  void withoutTcpPortsThereIsNoNetworkLoadBalancer() {
    Stack stack = EdgeFixtures.stack();
    Cluster cluster = EdgeFixtures.ec2Cluster(stack);
    IVpc vpc = cluster.getVpc();
    new ExoService(stack, "Web", ExoServiceProps.builder().name("web").kind(ServiceKind.PUBLIC).appName("shop")
        .cluster(cluster).image(ContainerImage.fromRegistry("shop/web:1")).logRetention(RetentionDays.ONE_MONTH)
        .routes(List.of(ServiceRoute.builder("/", 8080).build()))
        .gateway(new ExoGateway(stack, "Gateway", ExoGatewayProps.builder().vpc(vpc).build())).build());
    assertEquals(0, Template.fromStack(stack).findResources("AWS::ElasticLoadBalancingV2::LoadBalancer",
        Map.of("Properties", Map.of("Type", "network"))).size());
  }
}
