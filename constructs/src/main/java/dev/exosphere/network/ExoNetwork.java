package dev.exosphere.network;

import dev.exosphere.ExoException;
import dev.exosphere.model.NatGateways;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.FlowLogDestination;
import software.amazon.awscdk.services.ec2.FlowLogOptions;
import software.amazon.awscdk.services.ec2.FlowLogTrafficType;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * The application's network: a VPC with one public and one private subnet in each of N availability zones,
 * NAT gateways for the private subnets' egress (none, one shared, or one per AZ), VPC flow logs to a CloudWatch
 * Logs group with a retention, and the VPC's default security group stripped of all rules so nothing can
 * silently rely on it.
 *
 * <p>With no NAT gateway the private subnets are {@code PRIVATE_ISOLATED} (no route out at all); otherwise
 * {@code PRIVATE_WITH_EGRESS}.
 *
 * <p>Or it wraps an existing {@link IVpc} ({@link ExoNetworkProps#vpc()}): then nothing is created, and giving
 * the shape of a new VPC as well is an error.
 */
public class ExoNetwork extends Construct {
  private static final Pattern CIDR = Pattern.compile(
      "^((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)/(\\d{1,2})$");
  private static final int MAX_AZS = 6;

  private final IVpc vpc;
  private final LogGroup flowLogGroup;

  public ExoNetwork(Construct scope, String id, ExoNetworkProps props) {
    super(scope, id);
    validate(props);
    if (props.vpc().isPresent()) {
      this.vpc = props.vpc().get();
      this.flowLogGroup = null;
      return;
    }
    this.flowLogGroup = LogGroup.Builder.create(this, "FlowLogs")
        .retention(props.flowLogRetentionOrDefault())
        .build();
    this.vpc = Vpc.Builder.create(this, "Resource")
        .ipAddresses(IpAddresses.cidr(props.cidrOrDefault()))
        .maxAzs(props.azsOrDefault())
        .natGateways(natGatewayCount(props.natGatewaysOrDefault(), props.azsOrDefault()))
        .subnetConfiguration(List.of(
            SubnetConfiguration.builder().name("Public").subnetType(SubnetType.PUBLIC).build(),
            SubnetConfiguration.builder().name("Private")
                .subnetType(props.natGatewaysOrDefault() == NatGateways.NONE
                    ? SubnetType.PRIVATE_ISOLATED : SubnetType.PRIVATE_WITH_EGRESS)
                .build()))
        .restrictDefaultSecurityGroup(true)
        .flowLogs(Map.of("FlowLog", FlowLogOptions.builder()
            .destination(FlowLogDestination.toCloudWatchLogs(flowLogGroup))
            .trafficType(FlowLogTrafficType.ALL)
            .build()))
        .build();
    dropRedundantProviderDependency();
  }

  /** The VPC: the one created, or the one passed in. */
  public IVpc getVpc() {
    return vpc;
  }

  /** The flow logs' log group; empty when an existing VPC is wrapped. */
  public Optional<LogGroup> getFlowLogGroup() {
    return Optional.ofNullable(flowLogGroup);
  }

  /**
   * The default-security-group custom resource's handler both references its role (GetAtt) and depends on it;
   * the DependsOn adds nothing and cfn-lint warns about it (W3005), so it goes.
   */
  private void dropRedundantProviderDependency() {
    IConstruct provider = Stack.of(this).getNode().tryFindChild("Custom::VpcRestrictDefaultSGCustomResourceProvider");
    if (provider != null && provider.getNode().tryFindChild("Handler") instanceof CfnResource handler) {
      handler.addDeletionOverride("DependsOn");
    }
  }

  private static int natGatewayCount(NatGateways natGateways, int azs) {
    return switch (natGateways) {
      case NONE -> 0;
      case SINGLE -> 1;
      case PER_AZ -> azs;
    };
  }

  private void validate(ExoNetworkProps props) {
    if (props.vpc().isPresent()) {
      rejectWithExistingVpc("cidr", props.cidr());
      rejectWithExistingVpc("azs", props.azs());
      rejectWithExistingVpc("natGateways", props.natGateways());
      rejectWithExistingVpc("flowLogRetention", props.flowLogRetention());
      return;
    }
    var cidr = CIDR.matcher(props.cidrOrDefault());
    if (!cidr.matches() || Integer.parseInt(cidr.group(4)) < 16 || Integer.parseInt(cidr.group(4)) > 24) {
      throw ExoException.invalidProp(this, "cidr", props.cidrOrDefault(), "an IPv4 CIDR block from /16 to /24",
          "use a private block such as " + ExoNetworkProps.DEFAULT_CIDR);
    }
    int azs = props.azsOrDefault();
    if (azs < 1 || azs > MAX_AZS) {
      throw ExoException.invalidProp(this, "azs", azs, "1 to " + MAX_AZS,
          "use " + ExoNetworkProps.DEFAULT_AZS + " (or 3 for more availability)");
    }
  }

  private void rejectWithExistingVpc(String prop, Optional<?> value) {
    if (value.isPresent()) {
      throw ExoException.invalidProp(this, prop, value.get(), "no " + prop + " when an existing vpc is given",
          "either pass vpc (nothing is created) or drop vpc and describe the new VPC with " + prop);
    }
  }
}
