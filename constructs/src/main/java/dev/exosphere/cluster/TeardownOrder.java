package dev.exosphere.cluster;

import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.CfnResource;
import java.util.Set;
import software.amazon.awscdk.services.autoscaling.CfnAutoScalingGroup;
import software.amazon.awscdk.services.ecs.CfnClusterCapacityProviderAssociations;
import software.constructs.IConstruct;

/**
 * What an ECS service must be deleted before: the instances its tasks run on and the capacity provider association,
 * else {@code cdk destroy} waits on instances that still run tasks (see {@link ExoCluster}). For a cluster that is
 * not an {@link ExoCluster}: the auto-scaling groups and associations found inside it at synth (the association is
 * created then, in an aspect).
 */
public final class TeardownOrder {
  private static final Set<String> TYPES = Set.of(CfnAutoScalingGroup.CFN_RESOURCE_TYPE_NAME,
      CfnClusterCapacityProviderAssociations.CFN_RESOURCE_TYPE_NAME);

  private TeardownOrder() {}

  /** {@code dependent} is created after, and deleted before, the capacity inside {@code cluster}. */
  public static void dependOnCapacityOf(IConstruct cluster, IConstruct dependent) {
    Aspects.of(cluster).add(node -> {
      // the group's and the association's own resources: not the group's helpers (a drain hook's function...)
      if (node instanceof CfnResource resource && TYPES.contains(resource.getCfnResourceType())) {
        dependent.getNode().addDependency(resource);
      }
    });
  }
}
