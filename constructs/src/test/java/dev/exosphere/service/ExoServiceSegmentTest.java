package dev.exosphere.service;

import static dev.exosphere.EdgeFixtures.route;
import static dev.exosphere.EdgeFixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exosphere.EdgeFixtures;
import dev.exosphere.gateway.ExoGateway;
import dev.exosphere.gateway.ExoGatewayProps;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ecs.Cluster;

/** GIVEN a public service with its own security group (a stack's member): awsvpc mode, the group, IP targets. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExoServiceSegmentTest {
  private Template template;

  @BeforeAll
  void synth() {
    Stack stack = EdgeFixtures.stack();
    Cluster cluster = EdgeFixtures.ec2Cluster(stack);
    IVpc vpc = cluster.getVpc();
    SecurityGroup segment = SecurityGroup.Builder.create(stack, "Segment").vpc(vpc).build();
    Service portal = service("portal", ServiceType.PUBLIC, route("/cs", 8080));
    ExoGateway gateway = new ExoGateway(stack, "Gateway", ExoGatewayProps.builder()
        .vpc(vpc).routes(EdgeFixtures.routesOf(List.of(portal))).build());
    // WHEN the service is given the segment's group
    new ExoService(stack, "Portal", ExoServiceTest.base(portal, cluster).gateway(gateway).securityGroup(segment).build());
    template = Template.fromStack(stack);
  }

  @Test
  void tasksRunInAwsvpcModeOnTheirContainerPort() {
    // THEN awsvpc, and the port mapping without a dynamic host port
    template.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("NetworkMode", "awsvpc",
        "ContainerDefinitions", List.of(Match.objectLike(Map.of("PortMappings",
            List.of(Map.of("ContainerPort", 8080, "Protocol", "tcp")))))));
  }

  @Test
  void theServiceUsesTheSegmentsGroupOnly() {
    template.hasResourceProperties("AWS::ECS::Service", Map.of("NetworkConfiguration", Map.of("AwsvpcConfiguration",
        Match.objectLike(Map.of("SecurityGroups", List.of(Map.of("Fn::GetAtt",
            List.of(Match.stringLikeRegexp("Segment.*"), "GroupId"))))))));
  }

  @Test
  void theLoadBalancerTargetsTaskAddressesAndReachesTheSegmentOnTheContainerPortOnly() {
    template.hasResourceProperties("AWS::ElasticLoadBalancingV2::TargetGroup", Map.of("TargetType", "ip", "Port", 8080));
    template.resourceCountIs("AWS::EC2::SecurityGroupIngress", 1);
    template.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Map.of("FromPort", 8080, "ToPort", 8080,
        "GroupId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("Segment.*"), "GroupId")),
        "SourceSecurityGroupId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("GatewaySecurityGroup.*"),
            "GroupId"))));
    assertEquals(0, template.findResources("AWS::EC2::SecurityGroupIngress", Map.of("Properties",
        Map.of("FromPort", 32768))).size(), "no ephemeral ports opened for it");
  }
}
