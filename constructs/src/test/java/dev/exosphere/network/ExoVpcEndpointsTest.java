package dev.exosphere.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.testsupport.PinnedStacks;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** A VPC without NAT gateways gets the endpoints ECS on EC2 needs; one with NAT gateways gets none. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExoVpcEndpointsTest {
  private static final List<String> INTERFACE_SERVICES = List.of("ec2messages", "ecr.api", "ecr.dkr", "ecs",
      "ecs-agent", "ecs-telemetry", "logs", "secretsmanager", "ssm", "ssmmessages");

  private ExoNetwork isolatedNetwork;
  private Template isolated;
  private Template single;
  private Template perAz;

  @BeforeAll
  void synth() {
    // GIVEN a VPC with no NAT gateway, one with one, one with one per AZ
    Stack stack = PinnedStacks.newStack();
    isolatedNetwork = new ExoNetwork(stack, "Network", ExoNetworkProps.builder().natGateways(NatGatewayCount.NONE).build());
    isolated = Template.fromStack(stack);
    single = synth(NatGatewayCount.SINGLE);
    perAz = synth(NatGatewayCount.PER_AZ);
  }

  private static Template synth(NatGatewayCount nat) {
    Stack stack = PinnedStacks.newStack();
    new ExoNetwork(stack, "Network", ExoNetworkProps.builder().natGateways(nat).build());
    return Template.fromStack(stack);
  }

  @Test
  void withoutNatEveryServiceEcsOnEc2NeedsHasAnInterfaceEndpointWithPrivateDns() {
    // THEN one interface endpoint per service, private DNS on
    Map<String, Map<String, Object>> endpoints = isolated.findResources("AWS::EC2::VPCEndpoint",
        Map.of("Properties", Map.of("VpcEndpointType", "Interface", "PrivateDnsEnabled", true)));
    TreeSet<String> services = endpoints.values().stream()
        .map(r -> serviceName(r)).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(INTERFACE_SERVICES), services);
    assertEquals(INTERFACE_SERVICES.size(), endpoints.size());
  }

  @Test
  void interfaceEndpointsSitInTheIsolatedSubnetOfEachAz() {
    // THEN each interface endpoint has one subnet per AZ: the two isolated ones
    for (Map<String, Object> endpoint : isolated.findResources("AWS::EC2::VPCEndpoint",
        Map.of("Properties", Map.of("VpcEndpointType", "Interface"))).values()) {
      String subnets = String.valueOf(properties(endpoint).get("SubnetIds"));
      assertTrue(subnets.contains("NetworkPrivateSubnet1") && subnets.contains("NetworkPrivateSubnet2")
          && !subnets.contains("Public"), subnets);
    }
  }

  @Test
  void theS3GatewayEndpointServesTheImageLayersOnEveryRouteTable() {
    Map<String, Map<String, Object>> gateways = isolated.findResources("AWS::EC2::VPCEndpoint",
        Map.of("Properties", Map.of("VpcEndpointType", "Gateway")));
    assertEquals(1, gateways.size());
    Map<String, Object> s3 = gateways.values().iterator().next();
    assertEquals("{Fn::Join=[, [com.amazonaws., {Ref=AWS::Region}, .s3]]}", serviceName(s3));
    String tables = String.valueOf(properties(s3).get("RouteTableIds"));
    assertTrue(tables.contains("NetworkPublicSubnet1RouteTable") && tables.contains("NetworkPublicSubnet2RouteTable")
        && tables.contains("NetworkPrivateSubnet1RouteTable") && tables.contains("NetworkPrivateSubnet2RouteTable"),
        tables);
  }

  @Test
  void theEndpointsSecurityGroupAdmitsOnlyTheVpcCidrOn443AndSendsNothing() {
    // THEN the one security group of the endpoints: ingress 443 from the VPC's CIDR, egress nowhere
    isolated.hasResourceProperties("AWS::EC2::SecurityGroup", Map.of(
        "GroupDescription", Match.stringLikeRegexp("^VPC endpoints of .*"),
        "SecurityGroupIngress", List.of(Map.of(
            "IpProtocol", "tcp", "FromPort", 443, "ToPort", 443,
            "CidrIp", "10.0.0.0/16",
            "Description", "HTTPS from the VPC")),
        "SecurityGroupEgress", List.of(Map.of(
            "CidrIp", "255.255.255.255/32", "IpProtocol", "icmp", "FromPort", 252, "ToPort", 86,
            "Description", "Disallow all traffic"))));
    // AND every interface endpoint uses exactly that group
    String group = isolated.findResources("AWS::EC2::SecurityGroup", Map.of("Properties",
        Map.of("GroupDescription", Match.stringLikeRegexp("^VPC endpoints of .*")))).keySet().iterator().next();
    isolated.findResources("AWS::EC2::VPCEndpoint", Map.of("Properties", Map.of("VpcEndpointType", "Interface")))
        .values().forEach(e -> assertEquals(List.of(Map.of("Fn::GetAtt", List.of(group, "GroupId"))),
            properties(e).get("SecurityGroupIds")));
    // AND no other rule opens it
    isolated.resourceCountIs("AWS::EC2::SecurityGroupIngress", 0);
  }

  @Test
  void theConstructExposesTheEndpoints() {
    ExoVpcEndpoints endpoints = isolatedNetwork.getEndpoints().orElseThrow();
    assertEquals(10, endpoints.getInterfaceEndpoints().size());
    assertEquals(false, isolatedNetwork.hasInternetEgress());
  }

  @Test
  void withNatGatewaysThereAreNoEndpoints() {
    // THEN NAT gateways already reach every service: no endpoint costs extra
    single.resourceCountIs("AWS::EC2::VPCEndpoint", 0);
    perAz.resourceCountIs("AWS::EC2::VPCEndpoint", 0);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> properties(Map<String, Object> resource) {
    return (Map<String, Object>) resource.get("Properties");
  }

  /** The last dot-separated part of ServiceName, e.g. {@code ecr.dkr} of com.amazonaws.us-east-1.ecr.dkr. */
  private static String serviceName(Map<String, Object> resource) {
    String name = String.valueOf(properties(resource).get("ServiceName"));
    return name.replaceFirst("^com\\.amazonaws\\.us-east-1\\.", "");
  }
}
