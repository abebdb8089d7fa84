package dev.exosphere.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.ExoException;
import dev.exosphere.network.NatGatewayCount;
import dev.exosphere.network.ExoNetwork;
import dev.exosphere.network.ExoNetworkProps;
import dev.exosphere.testsupport.PinnedStacks;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.ISubnet;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExoClusterTest {
  private static final String AL2023_X86 = "/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id";
  private static final String AL2023_ARM =
      "/aws/service/ecs/optimized-ami/amazon-linux-2023/arm64/recommended/image_id";

  private Template privateDefaults;
  private List<Object> privateSubnets;
  private Template publicCustom;
  private List<Object> publicSubnets;
  private Template isolated;
  private List<Object> isolatedSubnets;

  @BeforeAll
  void synth() {
    // GIVEN a private cluster with every default
    Stack stack = PinnedStacks.newStack();
    IVpc vpc = new ExoNetwork(stack, "Network", ExoNetworkProps.builder().build()).getVpc();
    new ExoCluster(stack, "Cluster", ExoClusterProps.builder().vpc(vpc).build());
    privateDefaults = Template.fromStack(stack);
    privateSubnets = refs(stack, vpc.getPrivateSubnets());
    // and a public Graviton cluster with every prop set
    stack = PinnedStacks.newStack();
    vpc = new ExoNetwork(stack, "Network", ExoNetworkProps.builder().build()).getVpc();
    new ExoCluster(stack, "Cluster", ExoClusterProps.builder().vpc(vpc).placement(Placement.PUBLIC)
        .instanceType("t4g.medium").minCapacity(2).maxCapacity(5).desiredCapacity(3).rootVolumeGiB(40)
        .clusterName("public-cluster").build());
    publicCustom = Template.fromStack(stack);
    publicSubnets = refs(stack, vpc.getPublicSubnets());
    // and a private cluster in a VPC without NAT gateways
    stack = PinnedStacks.newStack();
    vpc = new ExoNetwork(stack, "Network", ExoNetworkProps.builder().natGateways(NatGatewayCount.NONE).build()).getVpc();
    new ExoCluster(stack, "Cluster", ExoClusterProps.builder().vpc(vpc).build());
    isolated = Template.fromStack(stack);
    isolatedSubnets = refs(stack, vpc.getIsolatedSubnets());
  }

  @Test
  void rulesOpenedOnTheClusterLandOnTheInstancesSecurityGroup() {
    // GIVEN a cluster and a load balancer's security group
    Stack stack = PinnedStacks.newStack();
    IVpc vpc = new ExoNetwork(stack, "Network", ExoNetworkProps.builder().build()).getVpc();
    ExoCluster cluster = new ExoCluster(stack, "Cluster", ExoClusterProps.builder().vpc(vpc).build());
    SecurityGroup lb = SecurityGroup.Builder.create(stack, "Lb").vpc(vpc).build();
    // WHEN a port range is opened on the ECS cluster's connections, as ExoService does for bridge-mode tasks
    cluster.getCluster().getConnections().allowFrom(lb, Port.tcpRange(32768, 65535));
    // THEN the instances' security group gets the rule (addAsgCapacityProvider alone would drop it silently)
    Template.fromStack(stack).hasResourceProperties("AWS::EC2::SecurityGroupIngress", Map.of(
        "FromPort", 32768, "ToPort", 65535,
        "GroupId", Map.of("Fn::GetAtt", List.of(
            stack.resolve(((CfnResource) cluster.getSecurityGroup().getNode().getDefaultChild()).getLogicalId()),
            "GroupId"))));
  }

  private static List<Object> refs(Stack stack, List<ISubnet> subnets) {
    return subnets.stream().map(s -> stack.resolve(s.getSubnetId())).toList();
  }

  @Test
  void instancesComeFromALaunchTemplateNotALaunchConfiguration() {
    privateDefaults.resourceCountIs("AWS::EC2::LaunchTemplate", 1);
    privateDefaults.resourceCountIs("AWS::AutoScaling::LaunchConfiguration", 0);
    privateDefaults.hasResourceProperties("AWS::AutoScaling::AutoScalingGroup", Map.of(
        "LaunchTemplate", Map.of("LaunchTemplateId", Map.of("Ref", Match.stringLikeRegexp("^ClusterLaunchTemplate.*")))));
  }

  @Test
  void theAmiIsTheEcsOptimizedAmazonLinux2023() {
    assertEquals(1, privateDefaults.findParameters("*", Map.of("Default", AL2023_X86)).size());
  }

  @Test
  void gravitonInstanceTypesGetTheArmAmi() {
    assertEquals(1, publicCustom.findParameters("*", Map.of("Default", AL2023_ARM)).size());
    assertEquals(0, publicCustom.findParameters("*", Map.of("Default", AL2023_X86)).size());
  }

  @Test
  void imdsV2IsRequiredWithAHopLimitOfOne() {
    privateDefaults.hasResourceProperties("AWS::EC2::LaunchTemplate", Map.of("LaunchTemplateData", Map.of(
        "MetadataOptions", Map.of("HttpTokens", "required", "HttpPutResponseHopLimit", 1))));
  }

  @Test
  void awsvpcTasksAreKeptOffTheInstanceMetadata() {
    assertTrue(privateDefaults.toJSON().toString().contains("ECS_AWSVPC_BLOCK_IMDS=true"));
  }

  @Test
  void rootVolumeIsEncryptedGp3Of30GiB() {
    privateDefaults.hasResourceProperties("AWS::EC2::LaunchTemplate", Map.of("LaunchTemplateData", Map.of(
        "BlockDeviceMappings", List.of(Map.of("DeviceName", "/dev/xvda", "Ebs", Map.of(
            "Encrypted", true, "VolumeType", "gp3", "VolumeSize", 30, "DeleteOnTermination", true))))));
  }

  @Test
  void rootVolumeSizeIsAProp() {
    publicCustom.hasResourceProperties("AWS::EC2::LaunchTemplate", Map.of("LaunchTemplateData", Map.of(
        "BlockDeviceMappings", List.of(Map.of("DeviceName", "/dev/xvda", "Ebs", Map.of("VolumeSize", 40))))));
  }

  @Test
  void instanceTypeIsAProp() {
    privateDefaults.hasResourceProperties("AWS::EC2::LaunchTemplate",
        Map.of("LaunchTemplateData", Map.of("InstanceType", "t3.small")));
    publicCustom.hasResourceProperties("AWS::EC2::LaunchTemplate",
        Map.of("LaunchTemplateData", Map.of("InstanceType", "t4g.medium")));
  }

  @Test
  void noSshKey() {
    privateDefaults.hasResourceProperties("AWS::EC2::LaunchTemplate",
        Map.of("LaunchTemplateData", Map.of("KeyName", Match.absent())));
  }

  @Test
  void instanceRoleAllowsSsmSessionManager() {
    privateDefaults.hasResourceProperties("AWS::IAM::Role", Map.of(
        "ManagedPolicyArns", List.of(Map.of("Fn::Join", List.of("", List.of(
            "arn:", Map.of("Ref", "AWS::Partition"), ":iam::aws:policy/AmazonSSMManagedInstanceCore"))))));
  }

  @Test
  void instanceSecurityGroupAdmitsNothing() {
    privateDefaults.hasResourceProperties("AWS::EC2::SecurityGroup", Map.of("SecurityGroupIngress", Match.absent()));
    privateDefaults.resourceCountIs("AWS::EC2::SecurityGroupIngress", 0);
  }

  @Test
  void containerInsightsIsOn() {
    privateDefaults.hasResourceProperties("AWS::ECS::Cluster", Map.of(
        "ClusterSettings", List.of(Map.of("Name", "containerInsights", "Value", "enabled"))));
  }

  @Test
  void clusterNameIsGeneratedUnlessGiven() {
    privateDefaults.hasResourceProperties("AWS::ECS::Cluster", Map.of("ClusterName", Match.absent()));
    publicCustom.hasResourceProperties("AWS::ECS::Cluster", Map.of("ClusterName", "public-cluster"));
  }

  @Test
  void capacityProviderScalesAndDrainsWithoutTerminationProtection() {
    privateDefaults.hasResourceProperties("AWS::ECS::CapacityProvider", Map.of("AutoScalingGroupProvider", Map.of(
        "ManagedScaling", Map.of("Status", "ENABLED"),
        "ManagedDraining", "ENABLED",
        "ManagedTerminationProtection", "DISABLED")));
  }

  @Test
  void newInstancesAreNotProtectedFromScaleIn() {
    // Protected instances would keep cdk destroy waiting forever (aws-cdk issue 18179).
    privateDefaults.hasResourceProperties("AWS::AutoScaling::AutoScalingGroup",
        Map.of("NewInstancesProtectedFromScaleIn", false));
  }

  @Test
  void capacityProviderIsTheClustersDefaultStrategy() {
    privateDefaults.hasResourceProperties("AWS::ECS::ClusterCapacityProviderAssociations", Map.of(
        "CapacityProviders", List.of(Map.of("Ref", Match.stringLikeRegexp("^ClusterCapacityProvider.*"))),
        "DefaultCapacityProviderStrategy", List.of(Map.of(
            "CapacityProvider", Map.of("Ref", Match.stringLikeRegexp("^ClusterCapacityProvider.*")), "Weight", 1))));
  }

  @Test
  void capacityDefaultsToOneToThreeWithDesiredLeftToManagedScaling() {
    privateDefaults.hasResourceProperties("AWS::AutoScaling::AutoScalingGroup",
        Map.of("MinSize", "1", "MaxSize", "3", "DesiredCapacity", Match.absent()));
  }

  @Test
  void capacityIsAProp() {
    publicCustom.hasResourceProperties("AWS::AutoScaling::AutoScalingGroup",
        Map.of("MinSize", "2", "MaxSize", "5", "DesiredCapacity", "3"));
  }

  @Test
  void privatePlacementUsesThePrivateSubnets() {
    privateDefaults.hasResourceProperties("AWS::AutoScaling::AutoScalingGroup",
        Map.of("VPCZoneIdentifier", privateSubnets));
  }

  @Test
  void publicPlacementUsesThePublicSubnets() {
    publicCustom.hasResourceProperties("AWS::AutoScaling::AutoScalingGroup",
        Map.of("VPCZoneIdentifier", publicSubnets));
  }

  @Test
  void privatePlacementWithoutNatUsesTheIsolatedSubnets() {
    assertFalse(isolatedSubnets.isEmpty());
    isolated.hasResourceProperties("AWS::AutoScaling::AutoScalingGroup",
        Map.of("VPCZoneIdentifier", isolatedSubnets));
  }

  @Test
  void minAboveMaxIsAnError() {
    assertError(b -> b.minCapacity(4).maxCapacity(3), "Test/Cluster: minCapacity = 4 is invalid: expected at most "
        + "maxCapacity (3). Fix: lower minCapacity or raise maxCapacity");
  }

  @Test
  void desiredOutsideMinMaxIsAnError() {
    assertError(b -> b.desiredCapacity(5), "Test/Cluster: desiredCapacity = 5 is invalid: expected between "
        + "minCapacity (1) and maxCapacity (3). Fix: pick a value in that range or leave it unset for managed scaling");
  }

  @Test
  void negativeMinIsAnError() {
    assertError(b -> b.minCapacity(-1), "Test/Cluster: minCapacity = -1 is invalid: expected 0-1000. "
        + "Fix: use 0 or more");
  }

  @Test
  void zeroMaxIsAnError() {
    assertError(b -> b.minCapacity(0).maxCapacity(0), "Test/Cluster: maxCapacity = 0 is invalid: expected 1-1000. "
        + "Fix: use 1 or more");
  }

  @Test
  void rootVolumeSmallerThanTheAmiIsAnError() {
    assertError(b -> b.rootVolumeGiB(20), "Test/Cluster: rootVolumeGiB = 20 is invalid: expected 30 to 16384 "
        + "(the ECS-optimized AMI's snapshot is 30 GiB). Fix: use 30 or more");
  }

  @Test
  void malformedInstanceTypeIsAnError() {
    assertError(b -> b.instanceType("small"), "Test/Cluster: instanceType = small is invalid: expected an EC2 "
        + "instance type of the families exo-cdk knows. Fix: use a type of the t3, t3a, t4g, m5, m6i, m6g, m7i, m7g,"
        + " c5, c6i, c6g, c7g, r5, r6i or r6g families, e.g. t3.small");
  }

  @Test
  void aMisspeltInstanceTypeIsCaughtByTheRuleTheYamlLayerUses() {
    // GIVEN t3.smal, well-formed but no instance type (the YAML layer rejects it the same way)
    assertError(b -> b.instanceType("t3.smal"), "Test/Cluster: instanceType = t3.smal is invalid: expected an EC2 "
        + "instance type of the families exo-cdk knows. Fix: did you mean 't3.small'?");
  }

  @Test
  void anInstanceTypeFromAParameterIsLeftToDeployment() {
    // GIVEN an instance type only known at deployment
    Stack stack = PinnedStacks.newStack();
    IVpc vpc = new ExoNetwork(stack, "Network", ExoNetworkProps.builder().build()).getVpc();
    String type = software.amazon.awscdk.CfnParameter.Builder.create(stack, "InstanceType").build().getValueAsString();
    // WHEN the cluster is built THEN no error, and the launch template takes the parameter
    new ExoCluster(stack, "Cluster", ExoClusterProps.builder().vpc(vpc).instanceType(type).build());
    Template.fromStack(stack).hasResourceProperties("AWS::EC2::LaunchTemplate", Map.of("LaunchTemplateData",
        Match.objectLike(Map.of("InstanceType", Map.of("Ref", "InstanceType")))));
  }

  @Test
  void badClusterNameIsAnError() {
    assertError(b -> b.clusterName("my cluster"), "Test/Cluster: clusterName = my cluster is invalid: expected 1 "
        + "to 255 letters, digits, hyphens or underscores. Fix: drop other characters, or leave it unset");
  }

  @Test
  void missingVpcIsAnError() {
    ExoException e = assertThrows(ExoException.class,
        () -> new ExoCluster(PinnedStacks.newStack(), "Cluster", ExoClusterProps.builder().build()));
    assertEquals("Test/Cluster: vpc = null is invalid: expected a VPC. Fix: pass vpc, e.g. exoNetwork.getVpc()",
        e.getMessage());
  }

  private static void assertError(UnaryOperator<ExoClusterProps.Builder> props, String message) {
    Stack stack = PinnedStacks.newStack();
    IVpc vpc = new ExoNetwork(stack, "Network", ExoNetworkProps.builder().build()).getVpc();
    ExoException e = assertThrows(ExoException.class,
        () -> new ExoCluster(stack, "Cluster", props.apply(ExoClusterProps.builder().vpc(vpc)).build()));
    assertEquals(message, e.getMessage());
  }
}
