package dev.exosphere.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exosphere.ExoException;
import dev.exosphere.model.NatGateways;
import dev.exosphere.testsupport.PinnedStacks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcAttributes;
import software.amazon.awscdk.services.logs.RetentionDays;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExoNetworkTest {
  private Template defaults;
  private Template perAz;
  private Template noNat;

  @BeforeAll
  void synth() {
    // GIVEN the defaults; three AZs with a NAT gateway each and a week of flow logs; no NAT gateway
    defaults = synth(ExoNetworkProps.builder().build());
    perAz = synth(ExoNetworkProps.builder().azs(3).natGateways(NatGateways.PER_AZ)
        .flowLogRetention(RetentionDays.ONE_WEEK).build());
    noNat = synth(ExoNetworkProps.builder().natGateways(NatGateways.NONE).build());
  }

  private static Template synth(ExoNetworkProps props) {
    Stack stack = PinnedStacks.newStack();
    new ExoNetwork(stack, "Network", props);
    return Template.fromStack(stack);
  }

  @Test
  void defaultVpcUsesTheDefaultCidr() {
    defaults.hasResourceProperties("AWS::EC2::VPC", Map.of("CidrBlock", "10.0.0.0/16"));
  }

  @Test
  void aPublicAndAPrivateSubnetPerAz() {
    // THEN two AZs give two public and two private subnets
    defaults.resourceCountIs("AWS::EC2::Subnet", 4);
    assertEquals(2, defaults.findResources("AWS::EC2::Subnet", subnetOfType("Public")).size());
    assertEquals(2, defaults.findResources("AWS::EC2::Subnet", subnetOfType("Private")).size());
    // and three AZs give six
    perAz.resourceCountIs("AWS::EC2::Subnet", 6);
  }

  @Test
  void oneNatGatewayByDefault() {
    defaults.resourceCountIs("AWS::EC2::NatGateway", 1);
  }

  @Test
  void oneNatGatewayPerAz() {
    perAz.resourceCountIs("AWS::EC2::NatGateway", 3);
  }

  @Test
  void noNatGatewayMakesThePrivateSubnetsIsolated() {
    noNat.resourceCountIs("AWS::EC2::NatGateway", 0);
    assertEquals(2, noNat.findResources("AWS::EC2::Subnet", subnetOfType("Isolated")).size());
    assertEquals(0, noNat.findResources("AWS::EC2::Subnet", subnetOfType("Private")).size());
  }

  @Test
  void flowLogsOfAllTrafficGoToCloudWatchLogs() {
    defaults.hasResourceProperties("AWS::EC2::FlowLog", Map.of(
        "ResourceType", "VPC",
        "TrafficType", "ALL",
        "LogDestinationType", "cloud-watch-logs",
        "LogGroupName", Map.of("Ref", Match.stringLikeRegexp("^NetworkFlowLogs.*"))));
  }

  @Test
  void flowLogsAreKeptThirtyDaysByDefault() {
    defaults.hasResourceProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 30));
  }

  @Test
  void flowLogRetentionIsAProp() {
    perAz.hasResourceProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 7));
  }

  @Test
  void defaultSecurityGroupIsStrippedOfItsRules() {
    defaults.hasResourceProperties("Custom::VpcRestrictDefaultSG", Map.of(
        "DefaultSecurityGroupId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("^Network.*"),
            "DefaultSecurityGroup"))));
  }

  @Test
  void wrappingAnExistingVpcCreatesNothing() {
    // GIVEN an existing VPC
    Stack stack = PinnedStacks.newStack();
    IVpc existing = Vpc.fromVpcAttributes(stack, "Existing", VpcAttributes.builder()
        .vpcId("vpc-12345678").availabilityZones(List.of("us-east-1a"))
        .publicSubnetIds(List.of("subnet-1")).privateSubnetIds(List.of("subnet-2")).build());
    // WHEN it is wrapped
    ExoNetwork network = new ExoNetwork(stack, "Network", ExoNetworkProps.builder().vpc(existing).build());
    // THEN it is the VPC, and no resource at all is created
    assertSame(existing, network.getVpc());
    assertEquals(Map.of(), Template.fromStack(stack).toJSON().getOrDefault("Resources", Map.of()));
  }

  @Test
  void anExistingVpcWithTheShapeOfANewOneIsAnError() {
    Stack stack = PinnedStacks.newStack();
    IVpc existing = Vpc.fromVpcAttributes(stack, "Existing", VpcAttributes.builder()
        .vpcId("vpc-12345678").availabilityZones(List.of("us-east-1a")).build());
    ExoException e = assertThrows(ExoException.class, () -> new ExoNetwork(stack, "Network",
        ExoNetworkProps.builder().vpc(existing).cidr("10.1.0.0/16").build()));
    assertEquals("Test/Network: cidr = 10.1.0.0/16 is invalid: expected no cidr when an existing vpc is given. "
        + "Fix: either pass vpc (nothing is created) or drop vpc and describe the new VPC with cidr", e.getMessage());
  }

  @Test
  void azsOutOfRangeIsAnError() {
    ExoException e = assertThrows(ExoException.class,
        () -> new ExoNetwork(PinnedStacks.newStack(), "Network", ExoNetworkProps.builder().azs(7).build()));
    assertEquals("Test/Network: azs = 7 is invalid: expected 1 to 6. Fix: use 2 (or 3 for more availability)",
        e.getMessage());
  }

  @Test
  void aBadCidrIsAnError() {
    ExoException e = assertThrows(ExoException.class, () -> new ExoNetwork(PinnedStacks.newStack(), "Network",
        ExoNetworkProps.builder().cidr("10.0.0.0/8").build()));
    assertEquals("Test/Network: cidr = 10.0.0.0/8 is invalid: expected an IPv4 CIDR block from /16 to /24. "
        + "Fix: use a private block such as 10.0.0.0/16", e.getMessage());
  }

  private static Map<String, Object> subnetOfType(String type) {
    return Map.of("Properties", Map.of("Tags", Match.arrayWith(List.of(
        Map.of("Key", "aws-cdk:subnet-type", "Value", type)))));
  }
}
