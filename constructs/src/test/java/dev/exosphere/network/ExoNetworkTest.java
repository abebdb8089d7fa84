package dev.exosphere.network;

import dev.exosphere.testsupport.TestApps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exosphere.ExoException;
import dev.exosphere.testsupport.PinnedStacks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
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
    perAz = synth(ExoNetworkProps.builder().azs(3).natGateways(NatGatewayCount.PER_AZ)
        .flowLogRetention(RetentionDays.ONE_WEEK).build());
    noNat = synth(ExoNetworkProps.builder().natGateways(NatGatewayCount.NONE).build());
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
    assertEquals("Test/Network: azs = 7 is invalid: expected 1-6. Fix: use 2 (or 3 for more availability)",
        e.getMessage());
  }

  @Test
  void aBadCidrIsAnError() {
    ExoException e = assertThrows(ExoException.class, () -> new ExoNetwork(PinnedStacks.newStack(), "Network",
        ExoNetworkProps.builder().cidr("10.0.0.0/8").build()));
    assertEquals("Test/Network: cidr = 10.0.0.0/8 is invalid: expected a prefix /16 to /24, got /8. "
        + "Fix: a VPC can be at most a /16: use 10.0.0.0/16", e.getMessage());
  }

  @Test
  void aPublicBlockIsRejectedByTheRuleTheYamlLayerUses() {
    // GIVEN 8.8.0.0/16: well-formed, but a public block
    ExoException e = assertThrows(ExoException.class, () -> new ExoNetwork(PinnedStacks.newStack(), "Network",
        ExoNetworkProps.builder().cidr("8.8.0.0/16").build()));
    assertEquals("Test/Network: cidr = 8.8.0.0/16 is invalid: expected a private block (10.0.0.0/8, 172.16.0.0/12"
        + " or 192.168.0.0/16), got '8.8.0.0/16'. Fix: use e.g. 10.0.0.0/16", e.getMessage());
  }

  @Test
  void aCidrFromAParameterIsRefusedClearlySinceSubnetsAreCutAtSynth() {
    // GIVEN a CIDR only known at deployment
    Stack stack = PinnedStacks.newStack();
    String cidr = software.amazon.awscdk.CfnParameter.Builder.create(stack, "Cidr").build().getValueAsString();
    // WHEN the network is built THEN our error, not CDK's MustBeCidrPropertyConcrete from deep inside the VPC
    ExoException e = assertThrows(ExoException.class,
        () -> new ExoNetwork(stack, "Network", ExoNetworkProps.builder().cidr(cidr).build()));
    assertEquals("Test/Network: cidr = an unresolved token is invalid: expected a concrete IPv4 block: the subnets are"
        + " cut from it at synth. Fix: pass the block itself, e.g. 10.0.0.0/16", e.getMessage());
  }

  @Test
  void moreAzsThanAnEnvironmentAgnosticStackKnowsIsAnError() {
    // GIVEN a stack without account and region: CDK knows only 2 AZs there
    Stack agnostic = new Stack(TestApps.app(), "Agnostic");
    // WHEN 3 AZs are asked for THEN an error says why and how, instead of a VPC with 2
    ExoException e = assertThrows(ExoException.class,
        () -> new ExoNetwork(agnostic, "Network", ExoNetworkProps.builder().azs(3).build()));
    assertEquals("Agnostic/Network: azs = 3 is invalid: expected at most 2 in an environment-agnostic stack: without "
        + "a concrete account and region CDK knows only 2 availability zones. Fix: give the stack a concrete account "
        + "and region (its env), or run cdk with AWS credentials so that "
        + "CDK_DEFAULT_ACCOUNT and CDK_DEFAULT_REGION are set; CDK then looks the zones up and caches them in "
        + "cdk.context.json", e.getMessage());
  }

  @Test
  void twoAzsNeedNoEnvironment() {
    Stack agnostic = new Stack(TestApps.app(), "Agnostic");
    new ExoNetwork(agnostic, "Network", ExoNetworkProps.builder().azs(2).build());
    Template.fromStack(agnostic).resourceCountIs("AWS::EC2::Subnet", 4);
  }

  @Test
  void moreAzsThanTheLookedUpRegionHasIsAnError() {
    // GIVEN a concrete environment whose cached lookup (cdk.context.json) found 2 AZs
    App app = TestApps.builder(Map.of(
        "availability-zones:account=123456789012:region=us-west-1", List.of("us-west-1a", "us-west-1c"))).build();
    Stack stack = new Stack(app, "West", StackProps.builder()
        .env(Environment.builder().account("123456789012").region("us-west-1").build()).build());
    // WHEN 3 are asked for THEN the error names the zones found and where they came from
    ExoException e = assertThrows(ExoException.class,
        () -> new ExoNetwork(stack, "Network", ExoNetworkProps.builder().azs(3).build()));
    assertEquals("West/Network: azs = 3 is invalid: expected at most 2: account 123456789012 has 2 availability "
        + "zones in us-west-1 (us-west-1a, us-west-1c, from the context key "
        + "availability-zones:account=123456789012:region=us-west-1). Fix: use azs: 2, or another region; if "
        + "cdk.context.json is out of date, run cdk context --reset with that key", e.getMessage());
  }

  @Test
  void threeAzsOfAConcreteEnvironmentComeFromTheContext() {
    // GIVEN the pinned environment (three AZs in its context) WHEN 3 AZs are asked for THEN each gets its subnets
    Map<String, Map<String, Object>> subnets = perAz.findResources("AWS::EC2::Subnet");
    assertEquals(List.of("us-east-1a", "us-east-1a", "us-east-1b", "us-east-1b", "us-east-1c", "us-east-1c"),
        subnets.values().stream().map(r -> String.valueOf(((Map<?, ?>) r.get("Properties")).get("AvailabilityZone")))
            .sorted().toList());
  }

  @Test
  void beforeTheLookupTheCountIsNotChecked() {
    // GIVEN a concrete environment with nothing in the context: CDK answers placeholder zones and records the
    // lookup for the CLI, which runs it and synthesizes again
    App app = TestApps.app();
    Stack stack = new Stack(app, "Fresh", StackProps.builder()
        .env(Environment.builder().account("123456789012").region("eu-west-1").build()).build());
    // WHEN 4 AZs are asked for THEN this first pass does not fail (the second, with the real zones, is checked)
    new ExoNetwork(stack, "Network", ExoNetworkProps.builder().azs(4).build());
    assertEquals("availability-zones:account=123456789012:region=eu-west-1",
        app.synth().getManifest().getMissing().get(0).getKey());
  }

  private static Map<String, Object> subnetOfType(String type) {
    return Map.of("Properties", Map.of("Tags", Match.arrayWith(List.of(
        Map.of("Key", "aws-cdk:subnet-type", "Value", type)))));
  }
}
