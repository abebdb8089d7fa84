package dev.exosphere.network;

import dev.exosphere.ExoException;
import dev.exosphere.PropChecks;
import dev.exosphere.rules.Cidr;
import dev.exosphere.rules.Limits;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Token;
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
 * <p>With no NAT gateway the private subnets are {@code PRIVATE_ISOLATED} (no route out at all) and
 * {@link ExoVpcEndpoints} give them ECS, ECR, CloudWatch Logs, SSM and Secrets Manager; otherwise they are
 * {@code PRIVATE_WITH_EGRESS} and reach those through the NAT gateway (no endpoints: each interface endpoint costs
 * per AZ and hour; add an {@link ExoVpcEndpoints} to {@link #getVpc()} to have them anyway).
 *
 * <p>{@code azs} is checked against the zones the stack knows: an environment-agnostic stack (no concrete account
 * and region) knows only 2, so asking for more is an error rather than a silently smaller VPC. A concrete
 * environment's zones come from the {@code availability-zones:account=<account>:region=<region>} context (the CDK
 * CLI looks them up and caches them in {@code cdk.context.json}); until then CDK's placeholder zones apply and the
 * count is not checked.
 *
 * <p>Or it wraps an existing {@link IVpc} ({@link ExoNetworkProps#vpc()}): then nothing is created, and giving
 * the shape of a new VPC as well is an error.
 */
public class ExoNetwork extends Construct {

  /** What CDK answers for the zones of a concrete environment before the CLI has looked them up. */
  private static final List<String> PLACEHOLDER_AZS = List.of("dummy1a", "dummy1b", "dummy1c");

  private final IVpc vpc;
  private final LogGroup flowLogGroup;
  private final ExoVpcEndpoints endpoints;
  private final boolean internetEgress;

  public ExoNetwork(Construct scope, String id, ExoNetworkProps props) {
    super(scope, id);
    validate(props);
    if (props.vpc().isPresent()) {
      this.vpc = props.vpc().get();
      this.flowLogGroup = null;
      this.endpoints = null;
      this.internetEgress = true;
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
                .subnetType(props.natGatewaysOrDefault() == NatGatewayCount.NONE
                    ? SubnetType.PRIVATE_ISOLATED : SubnetType.PRIVATE_WITH_EGRESS)
                .build()))
        .restrictDefaultSecurityGroup(true)
        .flowLogs(Map.of("FlowLog", FlowLogOptions.builder()
            .destination(FlowLogDestination.toCloudWatchLogs(flowLogGroup))
            .trafficType(FlowLogTrafficType.ALL)
            .build()))
        .build();
    dropRedundantProviderDependency();
    this.internetEgress = props.natGatewaysOrDefault() != NatGatewayCount.NONE;
    this.endpoints = internetEgress ? null : new ExoVpcEndpoints(this, "Endpoints",
        ExoVpcEndpointsProps.builder().vpc(vpc).cidr(props.cidrOrDefault()).build());
  }

  /** The VPC: the one created, or the one passed in. */
  public IVpc getVpc() {
    return vpc;
  }

  /** The flow logs' log group; empty when an existing VPC is wrapped. */
  public Optional<LogGroup> getFlowLogGroup() {
    return Optional.ofNullable(flowLogGroup);
  }

  /** The VPC endpoints; present exactly when a VPC without NAT gateways was created. */
  public Optional<ExoVpcEndpoints> getEndpoints() {
    return Optional.ofNullable(endpoints);
  }

  /**
   * Whether the private subnets reach the internet: false for a created VPC without NAT gateways (then only the
   * endpoints' services are reachable); true for an existing VPC, whose routes are its owner's business.
   */
  public boolean hasInternetEgress() {
    return internetEgress;
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

  private static int natGatewayCount(NatGatewayCount natGateways, int azs) {
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
    // CDK cuts the subnets out of the block at synth, so a token cannot wait for deployment here
    if (!PropChecks.known(props.cidrOrDefault())) {
      throw ExoException.invalidProp(this, "cidr", "an unresolved token", "a concrete IPv4 block: the subnets are cut"
          + " from it at synth", "pass the block itself, e.g. " + ExoNetworkProps.DEFAULT_CIDR);
    }
    // the rule the YAML layer applies: private (RFC 1918), /16 to /24, no host bits
    PropChecks.check(this, "cidr", props.cidrOrDefault(), Cidr.problem(props.cidrOrDefault()));
    int azs = props.azsOrDefault();
    PropChecks.range(this, "azs", azs, Limits.AZS, "use " + ExoNetworkProps.DEFAULT_AZS
        + " (or 3 for more availability)");
    checkKnownZones(azs);
  }

  /** More AZs than the stack knows would silently give a smaller VPC. */
  private void checkKnownZones(int azs) {
    Stack stack = Stack.of(this);
    List<String> known = stack.getAvailabilityZones();
    if (azs <= known.size() || known.equals(PLACEHOLDER_AZS)) {
      return;
    }
    if (Token.isUnresolved(stack.getAccount()) || Token.isUnresolved(stack.getRegion())) {
      throw ExoException.invalidProp(this, "azs", azs, "at most " + known.size() + " in an environment-agnostic "
          + "stack: without a concrete account and region CDK knows only " + known.size() + " availability zones",
          "give the stack a concrete account and region (its env), or run cdk with AWS "
              + "credentials so that CDK_DEFAULT_ACCOUNT and CDK_DEFAULT_REGION are set; CDK then looks the "
              + "zones up and caches them in cdk.context.json");
    }
    throw ExoException.invalidProp(this, "azs", azs, "at most " + known.size() + ": account " + stack.getAccount()
        + " has " + known.size() + " availability zones in " + stack.getRegion() + " (" + String.join(", ", known)
        + ", from the context key availability-zones:account=" + stack.getAccount() + ":region="
        + stack.getRegion() + ")", "use azs: " + known.size() + ", or another region; if cdk.context.json is "
        + "out of date, run cdk context --reset with that key");
  }

  private void rejectWithExistingVpc(String prop, Optional<?> value) {
    if (value.isPresent()) {
      throw ExoException.invalidProp(this, prop, value.get(), "no " + prop + " when an existing vpc is given",
          "either pass vpc (nothing is created) or drop vpc and describe the new VPC with " + prop);
    }
  }
}
