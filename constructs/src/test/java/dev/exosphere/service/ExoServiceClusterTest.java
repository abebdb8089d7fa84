package dev.exosphere.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.EdgeFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.autoscaling.AutoScalingGroup;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.LaunchTemplate;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ecs.AsgCapacityProvider;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.EcsOptimizedImage;
import software.amazon.awscdk.services.ecs.ICluster;

/** A plain ECS cluster, not an ExoCluster: the service still waits on (and outlives) nothing of its capacity. */
class ExoServiceClusterTest {
  @Test
  void onAPlainClusterTheServiceDependsOnItsCapacityProviderAssociation() {
    // GIVEN an L2 cluster whose capacity is an auto-scaling group behind a capacity provider (ASG outside the cluster)
    Stack stack = EdgeFixtures.stack();
    Vpc vpc = Vpc.Builder.create(stack, "Vpc").maxAzs(2).build();
    Cluster cluster = Cluster.Builder.create(stack, "Cluster").vpc(vpc).build();
    AutoScalingGroup asg = AutoScalingGroup.Builder.create(stack, "Asg").vpc(vpc).minCapacity(1).maxCapacity(2)
        .launchTemplate(LaunchTemplate.Builder.create(stack, "Lt").instanceType(new InstanceType("t3.small"))
            .machineImage(EcsOptimizedImage.amazonLinux2023())
            .userData(software.amazon.awscdk.services.ec2.UserData.forLinux())
            .role(software.amazon.awscdk.services.iam.Role.Builder.create(stack, "Role").assumedBy(
                new software.amazon.awscdk.services.iam.ServicePrincipal("ec2.amazonaws.com")).build())
            .build()).build();
    cluster.addAsgCapacityProvider(AsgCapacityProvider.Builder.create(stack, "Capacity").autoScalingGroup(asg)
        .enableManagedTerminationProtection(false).build());
    // WHEN a worker runs on it
    new ExoService(stack, "Svc", worker(cluster).build());
    // THEN its ECS service depends on the association the cluster creates at synth
    Template t = Template.fromStack(stack);
    String association = t.findResources("AWS::ECS::ClusterCapacityProviderAssociations").keySet().iterator().next();
    @SuppressWarnings("unchecked")
    List<String> dependsOn = (List<String>) t.findResources("AWS::ECS::Service").values().iterator().next()
        .get("DependsOn");
    assertTrue(dependsOn.contains(association), String.valueOf(dependsOn));
  }

  private static ExoServiceProps.Builder worker(ICluster cluster) {
    return ExoServiceProps.builder().name("tweets").appName("shop").cluster(cluster)
        .image(ContainerImage.fromRegistry("example/tweets:1"));
  }
}
