package dev.exosphere.cluster;

import dev.exosphere.ExoException;
import dev.exosphere.PropChecks;
import dev.exosphere.rules.InstanceType.Architecture;
import dev.exosphere.rules.InstanceTypes;
import dev.exosphere.rules.Limits;
import dev.exosphere.rules.Range;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.services.autoscaling.AutoScalingGroup;
import software.amazon.awscdk.services.ec2.BlockDevice;
import software.amazon.awscdk.services.ec2.BlockDeviceVolume;
import software.amazon.awscdk.services.ec2.EbsDeviceOptions;
import software.amazon.awscdk.services.ec2.EbsDeviceVolumeType;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.LaunchTemplate;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.UserData;
import software.amazon.awscdk.services.ecs.AmiHardwareType;
import software.amazon.awscdk.services.ecs.AsgCapacityProvider;
import software.amazon.awscdk.services.ecs.CapacityProviderStrategy;
import software.amazon.awscdk.services.ecs.CfnClusterCapacityProviderAssociations;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerInsights;
import software.amazon.awscdk.services.ecs.EcsOptimizedImage;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * An ECS cluster on an EC2 auto-scaling group, attached through an {@link AsgCapacityProvider} with managed
 * scaling (the default capacity provider strategy of the cluster, so services need not name it).
 *
 * <p>Instances come from a launch template (new AWS accounts can no longer create launch configurations) with
 * the ECS-optimized Amazon Linux 2023 AMI (the ARM variant for Graviton instance types), IMDSv2 required with
 * a hop limit of 1 (a container in bridge mode is one hop further away and so cannot read the instance role's
 * credentials), an encrypted gp3 root volume, no SSH key: shell access goes through SSM Session Manager
 * ({@code AmazonSSMManagedInstanceCore} on the instance role). The instances' security group admits nothing
 * until a load balancer or a service opens it. Container Insights is on.
 *
 * <p>Several instance types or a Spot share ({@link ExoClusterProps#additionalInstanceTypes()},
 * {@link ExoClusterProps#spot()}) give the group a mixed instances policy over the same launch template; with Spot
 * the group rebalances capacity (replaces an instance at elevated interruption risk before it is interrupted) and
 * the ECS agent drains an instance when its two-minute interruption notice arrives.
 *
 * <p>Scale-in and replacement drain the tasks first: the capacity provider's managed draining makes ECS put a
 * lifecycle hook on the group and move the tasks before the instance terminates.
 *
 * <p>Teardown does not hang (aws-cdk issue 18179): with managed termination protection, ECS marks every
 * instance that runs tasks as protected from scale-in, so on {@code cdk destroy} CloudFormation waits forever
 * for the group to empty. Here managed termination protection is off and new instances are not protected from
 * scale-in, so deleting the stack deletes the group and terminates its instances; managed draining still moves
 * tasks off instances on an ordinary scale-in. An {@code ExoService} on this cluster calls
 * {@link #addDependent(IConstruct)} itself, so CloudFormation deletes it (and so stops its tasks) before the
 * instances and before the capacity provider leaves the cluster; anything else running tasks here should too.
 */
public class ExoCluster extends Construct {
  private static final Pattern CLUSTER_NAME = Pattern.compile("^[A-Za-z0-9_-]{1,255}$");
  private static final int MIN_ROOT_VOLUME_GIB = 30;
  private static final int MAX_ROOT_VOLUME_GIB = 16_384;

  private final Cluster cluster;
  private final AutoScalingGroup autoScalingGroup;
  private final AsgCapacityProvider capacityProvider;
  private final SecurityGroup securityGroup;
  private final SubnetSelection subnets;
  private final List<IConstruct> dependents = new ArrayList<>();

  public ExoCluster(Construct scope, String id, ExoClusterProps props) {
    super(scope, id);
    validate(props);
    this.subnets = subnetsFor(props);
    this.securityGroup = SecurityGroup.Builder.create(this, "SecurityGroup")
        .vpc(props.vpc())
        .description("ECS container instances of " + getNode().getPath() + ": no ingress until opened")
        .allowAllOutbound(true)
        .build();
    Role instanceRole = Role.Builder.create(this, "InstanceRole")
        .assumedBy(new ServicePrincipal("ec2.amazonaws.com"))
        .managedPolicies(List.of(ManagedPolicy.fromAwsManagedPolicyName("AmazonSSMManagedInstanceCore")))
        .build();
    LaunchTemplate launchTemplate = launchTemplate(props, instanceRole);
    AutoScalingGroup.Builder group = AutoScalingGroup.Builder.create(this, "AutoScalingGroup")
        .vpc(props.vpc())
        .vpcSubnets(subnets);
    if (props.mixed()) {
      MixedInstances.configure(group, launchTemplate, props);
    } else {
      group.launchTemplate(launchTemplate);
    }
    this.autoScalingGroup = group
        .minCapacity(props.minCapacity())
        .maxCapacity(props.maxCapacity())
        .desiredCapacity(props.desiredCapacity().isPresent() ? props.desiredCapacity().getAsInt() : null)
        .newInstancesProtectedFromScaleIn(false)
        .build();
    // Not "Resource": the ECS cluster names its capacity provider association after its own id, which would
    // collide with its CfnCluster child "Resource".
    this.cluster = Cluster.Builder.create(this, "Cluster")
        .vpc(props.vpc())
        .clusterName(props.clusterName().orElse(null))
        .containerInsightsV2(ContainerInsights.ENABLED)
        .build();
    this.capacityProvider = AsgCapacityProvider.Builder.create(this, "CapacityProvider")
        .autoScalingGroup(autoScalingGroup)
        .enableManagedScaling(true)
        .enableManagedDraining(true)
        .enableManagedTerminationProtection(false)
        .build();
    cluster.addAsgCapacityProvider(capacityProvider);
    // addAsgCapacityProvider (unlike the deprecated addAutoScalingGroup) leaves the cluster's connections empty, so
    // rules opened on cluster.getConnections() (a load balancer to bridge-mode tasks) would silently go nowhere.
    cluster.getConnections().addSecurityGroup(securityGroup);
    cluster.addDefaultCapacityProviderStrategy(List.of(CapacityProviderStrategy.builder()
        .capacityProvider(capacityProvider.getCapacityProviderName())
        .weight(1)
        .build()));
    dependOnAssociationOnceCreated();
    suppressNagFindings(instanceRole);
  }

  /** The ECS cluster. */
  public Cluster getCluster() {
    return cluster;
  }

  /** The auto-scaling group of the container instances. */
  public AutoScalingGroup getAutoScalingGroup() {
    return autoScalingGroup;
  }

  /** The capacity provider: the cluster's default strategy. */
  public AsgCapacityProvider getCapacityProvider() {
    return capacityProvider;
  }

  /** The container instances' security group (no ingress rules until opened). */
  public SecurityGroup getSecurityGroup() {
    return securityGroup;
  }

  /** The subnets the instances run in; awsvpc-mode services on this cluster must use the same. */
  public SubnetSelection getSubnets() {
    return subnets;
  }

  /**
   * Makes CloudFormation create {@code dependent} (e.g. an ECS service on this cluster) after, and delete it
   * before, the instances and the cluster's capacity provider association, so teardown stops its tasks first.
   */
  public void addDependent(IConstruct dependent) {
    dependent.getNode().addDependency(autoScalingGroup);
    dependents.add(dependent);
  }

  /** The ECS cluster creates its capacity provider association only at synth time, in an aspect: follow it. */
  private void dependOnAssociationOnceCreated() {
    Aspects.of(cluster).add(node -> {
      if (node instanceof CfnResource resource
          && CfnClusterCapacityProviderAssociations.CFN_RESOURCE_TYPE_NAME.equals(resource.getCfnResourceType())) {
        dependents.forEach(dependent -> dependent.getNode().addDependency(resource));
      }
    });
  }

  private LaunchTemplate launchTemplate(ExoClusterProps props, Role instanceRole) {
    InstanceType instanceType = new InstanceType(props.instanceType());
    AmiHardwareType hardware = InstanceTypes.architectureOf(props.instanceType()) == Architecture.ARM64
        ? AmiHardwareType.ARM : AmiHardwareType.STANDARD;
    // The ECS cluster's configuration is appended to this user data by addAsgCapacityProvider. The hop limit
    // keeps bridge-mode containers off the instance metadata; awsvpc tasks are kept off by the agent.
    UserData userData = UserData.forLinux();
    userData.addCommands("echo ECS_AWSVPC_BLOCK_IMDS=true >> /etc/ecs/ecs.config");
    if (props.spot().isPresent()) {
      // The agent drains the instance on its two-minute Spot interruption notice, so ECS starts replacement tasks
      // elsewhere first. Written here: CDK's spotInstanceDraining only acts on the legacy spotPrice groups.
      userData.addCommands("echo ECS_ENABLE_SPOT_INSTANCE_DRAINING=true >> /etc/ecs/ecs.config");
    }
    return LaunchTemplate.Builder.create(this, "LaunchTemplate")
        .instanceType(instanceType)
        .machineImage(EcsOptimizedImage.amazonLinux2023(hardware))
        .userData(userData)
        .role(instanceRole)
        .securityGroup(securityGroup)
        .requireImdsv2(true)
        .httpPutResponseHopLimit(1)
        .blockDevices(List.of(BlockDevice.builder()
            .deviceName("/dev/xvda")
            .volume(BlockDeviceVolume.ebs(props.rootVolumeGiB(), EbsDeviceOptions.builder()
                .encrypted(true)
                .volumeType(EbsDeviceVolumeType.GP3)
                .deleteOnTermination(true)
                .build()))
            .build()))
        .build();
  }

  private static SubnetSelection subnetsFor(ExoClusterProps props) {
    if (props.placement() == Placement.PUBLIC) {
      return SubnetSelection.builder().subnetType(SubnetType.PUBLIC).build();
    }
    // A VPC without NAT gateways has isolated instead of private-with-egress subnets.
    return SubnetSelection.builder()
        .subnetType(props.vpc().getPrivateSubnets().isEmpty()
            ? SubnetType.PRIVATE_ISOLATED : SubnetType.PRIVATE_WITH_EGRESS)
        .build();
  }

  private void suppressNagFindings(Role instanceRole) {
    NagSuppressions.addResourceSuppressions(instanceRole, List.of(
        NagPackSuppression.builder().id("AwsSolutions-IAM4")
            .appliesTo(List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/AmazonSSMManagedInstanceCore"))
            .reason("AmazonSSMManagedInstanceCore is the AWS-maintained minimum for SSM Session Manager, which "
                + "replaces SSH; copying it inline would freeze it while SSM's API evolves.")
            .build(),
        NagPackSuppression.builder().id("AwsSolutions-IAM5")
            .appliesTo(List.of("Action::ecs:Submit*"))
            .reason("The ECS agent's state reports (SubmitTaskStateChange, SubmitContainerStateChange, "
                + "SubmitAttachmentStateChanges), and only on this cluster's ARN.")
            .build(),
        NagPackSuppression.builder().id("AwsSolutions-IAM5")
            .appliesTo(List.of("Resource::*"))
            .reason("The ECS agent's minimum: ecs:Poll and ecs:StartTelemetrySession are conditioned on this "
                + "cluster; ecs:DiscoverPollEndpoint and ecr:GetAuthorizationToken have no resource-level "
                + "permissions; logs:CreateLogStream/PutLogEvents serve the awslogs driver of tasks without an "
                + "execution role, whose log groups are not known to the cluster.")
            .build()), true);
    NagSuppressions.addResourceSuppressions(autoScalingGroup, List.of(
        NagPackSuppression.builder().id("AwsSolutions-AS3")
            .reason("Scaling is driven by ECS managed scaling and draining; scaling activities are in the group's "
                + "activity history and CloudTrail, and there is no subscriber for SNS notifications.")
            .build()), true);
  }

  private void validate(ExoClusterProps props) {
    if (props.vpc() == null) {
      throw ExoException.invalidProp(this, "vpc", null, "a VPC", "pass vpc, e.g. exoNetwork.getVpc()");
    }
    if (props.placement() == null) {
      throw ExoException.invalidProp(this, "placement", null, "PUBLIC or PRIVATE", "leave it unset for PRIVATE");
    }
    ExoException.required(this, "instanceType", props.instanceType(), "pass an instance type, e.g. "
        + ExoClusterProps.DEFAULT_INSTANCE_TYPE);
    if (PropChecks.known(props.instanceType())) {
      InstanceTypes.problem(props.instanceType()).ifPresent(c -> {
        throw ExoException.invalidProp(this, "instanceType", props.instanceType(),
            "an EC2 instance type of the families exo-cdk knows", c.fix());
      });
    }
    MixedInstances.validate(this, props);
    PropChecks.range(this, "minCapacity", props.minCapacity(), Limits.INSTANCE_COUNT, "use 0 or more");
    PropChecks.range(this, "maxCapacity", props.maxCapacity(), Range.of(1, Limits.INSTANCE_COUNT.max()),
        "use 1 or more");
    if (PropChecks.known(props.minCapacity()) && PropChecks.known(props.maxCapacity())
        && props.minCapacity() > props.maxCapacity()) {
      throw ExoException.invalidProp(this, "minCapacity", props.minCapacity(),
          "at most maxCapacity (" + props.maxCapacity() + ")", "lower minCapacity or raise maxCapacity");
    }
    if (props.desiredCapacity().isPresent() && PropChecks.known(props.desiredCapacity().getAsInt())) {
      int desired = props.desiredCapacity().getAsInt();
      if (desired < props.minCapacity() || desired > props.maxCapacity()) {
        throw ExoException.invalidProp(this, "desiredCapacity", desired,
            "between minCapacity (" + props.minCapacity() + ") and maxCapacity (" + props.maxCapacity() + ")",
            "pick a value in that range or leave it unset for managed scaling");
      }
    }
    if (PropChecks.known(props.rootVolumeGiB())
        && (props.rootVolumeGiB() < MIN_ROOT_VOLUME_GIB || props.rootVolumeGiB() > MAX_ROOT_VOLUME_GIB)) {
      throw ExoException.invalidProp(this, "rootVolumeGiB", props.rootVolumeGiB(),
          MIN_ROOT_VOLUME_GIB + " to " + MAX_ROOT_VOLUME_GIB + " (the ECS-optimized AMI's snapshot is 30 GiB)",
          "use " + ExoClusterProps.DEFAULT_ROOT_VOLUME_GIB + " or more");
    }
    if (props.clusterName().filter(PropChecks::known).isPresent() && !CLUSTER_NAME.matcher(props.clusterName().get()).matches()) {
      throw ExoException.invalidProp(this, "clusterName", props.clusterName().get(),
          "1 to 255 letters, digits, hyphens or underscores", "drop other characters, or leave it unset");
    }
  }
}
