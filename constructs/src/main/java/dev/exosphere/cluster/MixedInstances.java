package dev.exosphere.cluster;

import dev.exosphere.ExoException;
import dev.exosphere.PropChecks;
import dev.exosphere.rules.InstanceTypes;
import dev.exosphere.rules.Limits;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awscdk.services.autoscaling.AutoScalingGroup;
import software.amazon.awscdk.services.autoscaling.InstancesDistribution;
import software.amazon.awscdk.services.autoscaling.LaunchTemplateOverrides;
import software.amazon.awscdk.services.autoscaling.MixedInstancesPolicy;
import software.amazon.awscdk.services.autoscaling.OnDemandAllocationStrategy;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.LaunchTemplate;
import software.constructs.Construct;

/** An {@link ExoCluster}'s mixed instances policy: several instance types over one launch template, a Spot share. */
final class MixedInstances {
  private MixedInstances() {}

  /** Gives {@code group} the policy {@code props} ask for (they {@link ExoClusterProps#mixed() need one}). */
  static void configure(AutoScalingGroup.Builder group, LaunchTemplate launchTemplate, ExoClusterProps props) {
    List<LaunchTemplateOverrides> overrides = props.instanceTypes().stream()
        .map(t -> LaunchTemplateOverrides.builder().instanceType(new InstanceType(t)).build()).toList();
    // Without a Spot share every instance is on demand: base and percentage say so explicitly.
    InstancesDistribution.Builder distribution = InstancesDistribution.builder()
        .onDemandAllocationStrategy(OnDemandAllocationStrategy.PRIORITIZED);
    props.spot().ifPresentOrElse(spot -> distribution
            .onDemandBaseCapacity(spot.onDemandBase())
            .onDemandPercentageAboveBaseCapacity(spot.onDemandPercentAboveBase())
            .spotAllocationStrategy(spot.allocationStrategy()),
        () -> distribution.onDemandBaseCapacity(0).onDemandPercentageAboveBaseCapacity(100));
    group.mixedInstancesPolicy(MixedInstancesPolicy.builder()
        .launchTemplate(launchTemplate)
        .launchTemplateOverrides(overrides)
        .instancesDistribution(distribution.build())
        .build());
    if (props.spot().isPresent()) {
      group.capacityRebalance(true);
    }
  }

  static void validate(Construct scope, ExoClusterProps props) {
    List<String> types = props.instanceTypes();
    if (!Limits.CLUSTER_INSTANCE_TYPES.contains(types.size())) {
      throw ExoException.invalidProp(scope, "additionalInstanceTypes", props.additionalInstanceTypes(),
          "at most " + (Limits.CLUSTER_INSTANCE_TYPES.max() - 1) + " (a mixed instances policy takes "
              + Limits.CLUSTER_INSTANCE_TYPES.max() + " types in all)", "list fewer instance types");
    }
    Set<String> seen = new HashSet<>();
    for (String t : props.additionalInstanceTypes()) {
      if (t == null || !PropChecks.known(t)) {
        continue;
      }
      InstanceTypes.problem(t).ifPresent(c -> {
        throw ExoException.invalidProp(scope, "additionalInstanceTypes", t,
            "EC2 instance types of the families exo-cdk knows", c.fix());
      });
      if (t.equals(props.instanceType()) || !seen.add(t)) {
        throw ExoException.invalidProp(scope, "additionalInstanceTypes", t, "each instance type once, "
            + "none the instanceType", "drop the repeated " + t);
      }
    }
    List<String> known = types.stream().filter(t -> t != null && PropChecks.known(t)).toList();
    InstanceTypes.mixedArchitecture(known).ifPresent(e -> {
      throw ExoException.invalidProp(scope, "additionalInstanceTypes", known.get(e.getKey()),
          e.getValue().expectation(), e.getValue().fix());
    });
    props.spot().ifPresent(spot -> {
      PropChecks.range(scope, "spot.onDemandBase", spot.onDemandBase(), Limits.ON_DEMAND_BASE, "use 0 or more");
      PropChecks.range(scope, "spot.onDemandPercentAboveBase", spot.onDemandPercentAboveBase(), Limits.ON_DEMAND_PERCENT,
          "use a percentage from 0 to 100");
      if (spot.allocationStrategy() == null) {
        throw ExoException.invalidProp(scope, "spot.allocationStrategy", null, "a SpotAllocationStrategy",
            "leave it unset for PRICE_CAPACITY_OPTIMIZED");
      }
    });
  }
}
