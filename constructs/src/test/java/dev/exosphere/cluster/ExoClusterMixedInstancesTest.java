package dev.exosphere.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.ExoException;
import dev.exosphere.network.ExoNetwork;
import dev.exosphere.network.ExoNetworkProps;
import dev.exosphere.testsupport.PinnedStacks;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.autoscaling.SpotAllocationStrategy;
import software.amazon.awscdk.services.ec2.IVpc;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExoClusterMixedInstancesTest {
  private Template spot;
  private Template typesOnly;
  private Template single;

  @BeforeAll
  void synth() {
    // GIVEN a cluster of three types with a Spot share above one on-demand instance
    spot = synth(b -> b.instanceType("t3.small").additionalInstanceTypes(List.of("t3a.small", "m5.large"))
        .spot(ClusterSpot.builder().onDemandBase(1).onDemandPercentAboveBase(20)
            .allocationStrategy(SpotAllocationStrategy.CAPACITY_OPTIMIZED).build()));
    // and one of two types, all on demand
    typesOnly = synth(b -> b.instanceType("t4g.small").additionalInstanceTypes(List.of("t4g.medium")));
    // and a plain single-type cluster
    single = synth(b -> b);
  }

  private static Template synth(UnaryOperator<ExoClusterProps.Builder> props) {
    Stack stack = PinnedStacks.newStack();
    IVpc vpc = new ExoNetwork(stack, "Network", ExoNetworkProps.builder().build()).getVpc();
    new ExoCluster(stack, "Cluster", props.apply(ExoClusterProps.builder().vpc(vpc)).build());
    return Template.fromStack(stack);
  }

  @Test
  void severalTypesAreLaunchTemplateOverridesInOrder() {
    spot.hasResourceProperties("AWS::AutoScaling::AutoScalingGroup", Map.of("MixedInstancesPolicy", Map.of(
        "LaunchTemplate", Map.of(
            "LaunchTemplateSpecification", Map.of("LaunchTemplateId", Map.of("Ref", Match.stringLikeRegexp("^ClusterLaunchTemplate.*"))),
            "Overrides", List.of(Map.of("InstanceType", "t3.small"), Map.of("InstanceType", "t3a.small"),
                Map.of("InstanceType", "m5.large"))))));
  }

  @Test
  void theSpotShareIsTheInstancesDistribution() {
    spot.hasResourceProperties("AWS::AutoScaling::AutoScalingGroup", Map.of("MixedInstancesPolicy", Map.of(
        "InstancesDistribution", Map.of("OnDemandBaseCapacity", 1, "OnDemandPercentageAboveBaseCapacity", 20,
            "SpotAllocationStrategy", "capacity-optimized", "OnDemandAllocationStrategy", "prioritized"))));
  }

  @Test
  void spotRebalancesCapacityAndDrainsOnTheInterruptionNotice() {
    spot.hasResourceProperties("AWS::AutoScaling::AutoScalingGroup", Map.of("CapacityRebalance", true));
    assertTrue(spot.toJSON().toString().contains("ECS_ENABLE_SPOT_INSTANCE_DRAINING=true"));
  }

  @Test
  void theLaunchTemplateKeepsImdsV2AndTheEncryptedVolume() {
    spot.hasResourceProperties("AWS::EC2::LaunchTemplate", Map.of("LaunchTemplateData", Map.of(
        "MetadataOptions", Map.of("HttpTokens", "required", "HttpPutResponseHopLimit", 1),
        "BlockDeviceMappings", List.of(Map.of("DeviceName", "/dev/xvda", "Ebs", Map.of("Encrypted", true))))));
    assertTrue(spot.toJSON().toString().contains("ECS_AWSVPC_BLOCK_IMDS=true"));
  }

  @Test
  void severalTypesWithoutSpotAreAllOnDemandWithoutRebalancing() {
    typesOnly.hasResourceProperties("AWS::AutoScaling::AutoScalingGroup", Map.of(
        "MixedInstancesPolicy", Map.of("InstancesDistribution", Match.objectEquals(Map.of(
            "OnDemandAllocationStrategy", "prioritized", "OnDemandBaseCapacity", 0,
            "OnDemandPercentageAboveBaseCapacity", 100))),
        "CapacityRebalance", Match.absent()));
    assertFalse(typesOnly.toJSON().toString().contains("SPOT_INSTANCE_DRAINING"));
  }

  @Test
  void aSingleTypeClusterHasNoMixedInstancesPolicy() {
    single.hasResourceProperties("AWS::AutoScaling::AutoScalingGroup", Map.of(
        "MixedInstancesPolicy", Match.absent(), "LaunchTemplate", Match.anyValue()));
    assertEquals(1, single.findResources("AWS::AutoScaling::AutoScalingGroup").size());
  }

  @Test
  void typesOfAnotherArchitectureAreAnError() {
    assertError(b -> b.instanceType("t3.small").additionalInstanceTypes(List.of("t4g.small")),
        "Test/Cluster: additionalInstanceTypes = t4g.small is invalid: expected an instance type of the X86_64 "
            + "architecture like t3.small, got t4g.small (ARM64). Fix: keep one cluster's instance types all Graviton "
            + "(t4g, m7g...) or all x86 (t3, m7i...)");
  }

  @Test
  void aRepeatedTypeIsAnError() {
    assertError(b -> b.additionalInstanceTypes(List.of("t3.small")),
        "Test/Cluster: additionalInstanceTypes = t3.small is invalid: expected each instance type once, none the "
            + "instanceType. Fix: drop the repeated t3.small");
  }

  @Test
  void anUnknownAdditionalTypeIsAnError() {
    ExoException e = assertThrows(ExoException.class, () -> synth(b -> b.additionalInstanceTypes(List.of("t3.smal"))));
    assertTrue(e.getMessage().startsWith("Test/Cluster: additionalInstanceTypes = t3.smal is invalid"), e.getMessage());
  }

  @Test
  void aPercentAbove100IsAnError() {
    assertError(b -> b.spot(ClusterSpot.builder().onDemandPercentAboveBase(101).build()),
        "Test/Cluster: spot.onDemandPercentAboveBase = 101 is invalid: expected 0-100. Fix: use a percentage from 0 to 100");
  }

  private static void assertError(UnaryOperator<ExoClusterProps.Builder> props, String message) {
    ExoException e = assertThrows(ExoException.class, () -> synth(props));
    assertEquals(message, e.getMessage());
  }
}
