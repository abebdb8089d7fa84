package dev.exosphere.network;

import dev.exosphere.ExoException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpoint;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpoint;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.constructs.Construct;

/**
 * The VPC endpoints that let a VPC without NAT gateways run ECS on EC2: container instances and tasks in isolated
 * subnets register with ECS (ecs, ecs-agent, ecs-telemetry), pull from ECR (ecr.api, ecr.dkr, and the S3 gateway
 * endpoint for the image layers), write CloudWatch Logs (logs), fetch SSM parameters and Secrets Manager secrets
 * (ssm, secretsmanager) and accept Session Manager shells (ssmmessages, ec2messages).
 *
 * <p>Interface endpoints have private DNS, so the services' usual names resolve to them everywhere in the VPC, and
 * one network interface in each AZ's isolated subnet. They share one security group that admits only the VPC's
 * CIDR on 443 and allows no egress. The S3 gateway endpoint is on every subnet's route table.
 *
 * <p>Child ids: {@code SecurityGroup}, {@code S3} and one per interface endpoint, e.g. {@code EcrDocker}.
 */
public class ExoVpcEndpoints extends Construct {
  /** The interface endpoints by child id, sorted: the order in the template. */
  static final Map<String, InterfaceVpcEndpointAwsService> INTERFACE_SERVICES = new TreeMap<>(Map.of(
      "Ecs", InterfaceVpcEndpointAwsService.ECS,
      "EcsAgent", InterfaceVpcEndpointAwsService.ECS_AGENT,
      "EcsTelemetry", InterfaceVpcEndpointAwsService.ECS_TELEMETRY,
      "EcrApi", InterfaceVpcEndpointAwsService.ECR,
      "EcrDocker", InterfaceVpcEndpointAwsService.ECR_DOCKER,
      "Logs", InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS,
      "Ssm", InterfaceVpcEndpointAwsService.SSM,
      "SsmMessages", InterfaceVpcEndpointAwsService.SSM_MESSAGES,
      "Ec2Messages", InterfaceVpcEndpointAwsService.EC2_MESSAGES,
      "SecretsManager", InterfaceVpcEndpointAwsService.SECRETS_MANAGER));

  private final SecurityGroup securityGroup;
  private final Map<String, InterfaceVpcEndpoint> interfaceEndpoints = new TreeMap<>();
  private final GatewayVpcEndpoint s3;

  /** Endpoints for {@code props.vpc()}, their interfaces in its isolated subnets. */
  public ExoVpcEndpoints(Construct scope, String id, ExoVpcEndpointsProps props) {
    super(scope, id);
    IVpc vpc = ExoException.required(this, "vpc", props.vpc(), "pass the VPC, e.g. exoNetwork.getVpc()");
    securityGroup = SecurityGroup.Builder.create(this, "SecurityGroup")
        .vpc(vpc)
        .description("VPC endpoints of " + getNode().getPath() + ": HTTPS from the VPC only")
        .allowAllOutbound(false)
        .build();
    securityGroup.addIngressRule(Peer.ipv4(props.cidrOrDefault()), Port.tcp(443), "HTTPS from the VPC");
    SubnetSelection isolated = SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).onePerAz(true).build();
    INTERFACE_SERVICES.forEach((name, service) -> interfaceEndpoints.put(name,
        InterfaceVpcEndpoint.Builder.create(this, name)
            .vpc(vpc)
            .service(service)
            .subnets(isolated)
            .privateDnsEnabled(true)
            .securityGroups(List.of(securityGroup))
            .open(false)
            .build()));
    s3 = GatewayVpcEndpoint.Builder.create(this, "S3")
        .vpc(vpc)
        .service(GatewayVpcEndpointAwsService.S3)
        .build();
  }

  /** The security group of the interface endpoints: 443 from the VPC's CIDR, nothing else. */
  public SecurityGroup getSecurityGroup() {
    return securityGroup;
  }

  /** The interface endpoints by child id, e.g. {@code EcrDocker}. */
  public Map<String, InterfaceVpcEndpoint> getInterfaceEndpoints() {
    return Collections.unmodifiableMap(interfaceEndpoints);
  }

  /** The S3 gateway endpoint (ECR keeps image layers in S3). */
  public GatewayVpcEndpoint getS3() {
    return s3;
  }
}
