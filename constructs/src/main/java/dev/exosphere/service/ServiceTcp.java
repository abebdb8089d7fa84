package dev.exosphere.service;

import dev.exosphere.ExoException;
import dev.exosphere.Nag;
import dev.exosphere.PropChecks;
import dev.exosphere.gateway.ExoGateway;
import dev.exosphere.rules.Limits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ecs.CfnService;
import software.amazon.awscdk.services.ecs.ICluster;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseNetworkListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck;
import software.amazon.awscdk.services.elasticloadbalancingv2.NetworkListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.NetworkListenerAction;
import software.amazon.awscdk.services.elasticloadbalancingv2.NetworkLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.NetworkTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.Protocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.TargetType;
import software.amazon.awscdk.services.route53.ARecord;
import software.amazon.awscdk.services.route53.RecordTarget;
import software.amazon.awscdk.services.route53.targets.LoadBalancerTarget;
import software.constructs.Construct;

/**
 * A public service's plain TCP ports ({@link ExoServiceProps#tcpPorts()}): its own internet-facing Network Load
 * Balancer, one TCP listener per port, each forwarding to a target group of the cluster's instances on the tasks'
 * dynamic host ports (bridge mode). The load balancer's security group admits exactly those ports from anywhere; the
 * instances admit it on the ephemeral range only.
 */
final class ServiceTcp {
  private final NetworkLoadBalancer loadBalancer;
  private final List<Object> loadBalancerEntries;

  private final List<NetworkListener> listeners;

  private ServiceTcp(NetworkLoadBalancer loadBalancer, List<Object> loadBalancerEntries, List<NetworkListener> listeners) {
    this.loadBalancer = loadBalancer;
    this.loadBalancerEntries = loadBalancerEntries;
    this.listeners = listeners;
  }

  /** ECS refuses a target group that is on no load balancer yet: the service waits for the listeners. */
  void orderBefore(Construct service) {
    listeners.forEach(l -> service.getNode().addDependency(l));
  }

  static void validate(Construct scope, ExoServiceProps props) {
    if (props.tcpPorts().isEmpty()) {
      return;
    }
    if (props.kind() != ServiceKind.PUBLIC) {
      throw ExoException.invalidProp(scope, "tcpPorts", props.tcpPorts(), "none for a " + props.kind() + " service "
          + "(the Network Load Balancer is internet-facing)", "make the service PUBLIC, or drop tcpPorts");
    }
    if (props.securityGroup().isPresent()) {
      throw ExoException.invalidProp(scope, "tcpPorts", props.tcpPorts(), "none with a securityGroup (awsvpc tasks; "
          + "the Network Load Balancer reaches bridge-mode tasks on their instances' dynamic ports)",
          "drop securityGroup, or serve the TCP ports from another service");
    }
    if (props.deployment().filter(ServiceDeployment::shiftsTraffic).isPresent()) {
      throw ExoException.invalidProp(scope, "tcpPorts", props.tcpPorts(), "none with "
          + props.deployment().get().strategy() + " deployments", "use ROLLING, or drop tcpPorts");
    }
    if (props.tcpPorts().size() > Limits.NLB_LISTENERS) {
      throw ExoException.invalidProp(scope, "tcpPorts", props.tcpPorts().size() + " ports", "at most "
          + Limits.NLB_LISTENERS + " (listeners per Network Load Balancer)", "serve fewer ports");
    }
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < props.tcpPorts().size(); i++) {
      ServiceTcpPort p = props.tcpPorts().get(i);
      PropChecks.range(scope, "tcpPorts[" + i + "].port", p.port(), Limits.PORT, "use a port from 1 to 65535");
      PropChecks.range(scope, "tcpPorts[" + i + "].containerPort", p.containerPort(), Limits.PORT,
          "use the port the container listens on");
      if (!seen.add(p.port())) {
        throw ExoException.invalidProp(scope, "tcpPorts[" + i + "].port", p.port(), "each listener port once",
            "drop the repeated port");
      }
    }
  }

  /** The load balancer, listeners and target groups of {@code props}' TCP ports, in {@code scope}. */
  static ServiceTcp create(Construct scope, ExoServiceProps props) {
    ICluster cluster = props.cluster();
    SecurityGroup sg = SecurityGroup.Builder.create(scope, "TcpSecurityGroup")
        .vpc(cluster.getVpc())
        .allowAllOutbound(false)
        .description("Internet-facing Network Load Balancer of " + props.name() + ": its TCP ports only")
        .build();
    Nag.suppress(sg, "AwsSolutions-EC23", "The internet-facing Network Load Balancer's TCP listener ports are meant to "
        + "be open to everyone (that is what tcp asks for); nothing else is.");
    NetworkLoadBalancer nlb = NetworkLoadBalancer.Builder.create(scope, "TcpLoadBalancer")
        .vpc(cluster.getVpc())
        .internetFacing(true)
        .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PUBLIC).build())
        .securityGroups(List.of(sg))
        .build();
    Nag.suppress(nlb, "AwsSolutions-ELB2", "Network Load Balancer access logs record TLS listeners only; these are "
        + "plain TCP listeners, so there is nothing to log (VPC flow logs see the connections).");
    List<Object> entries = new ArrayList<>();
    List<NetworkListener> listeners = new ArrayList<>();
    for (ServiceTcpPort p : props.tcpPorts()) {
      sg.addIngressRule(Peer.anyIpv4(), Port.tcp(p.port()), "TCP listener " + p.port());
      NetworkTargetGroup group = NetworkTargetGroup.Builder.create(scope, "TcpTargetGroup" + p.port())
          .vpc(cluster.getVpc())
          .protocol(Protocol.TCP)
          .port(p.containerPort())
          .targetType(TargetType.INSTANCE)
          // dynamic host ports: the check follows each task's own port
          .healthCheck(HealthCheck.builder().protocol(Protocol.TCP).port("traffic-port").build())
          .build();
      NetworkListener listener = nlb.addListener("Tcp" + p.port(), BaseNetworkListenerProps.builder()
          .port(p.port())
          .protocol(Protocol.TCP)
          .defaultAction(NetworkListenerAction.forward(List.of(group)))
          .build());
      entries.add((Object) CfnService.LoadBalancerProperty.builder()
          .containerName(props.name())
          .containerPort(p.containerPort())
          .targetGroupArn(group.getTargetGroupArn())
          .build());
      listeners.add(listener);
    }
    cluster.getConnections().allowFrom(sg, ServiceRouting.EPHEMERAL_PORTS,
        "Network Load Balancer to tasks on dynamic host ports (bridge mode)");
    return new ServiceTcp(nlb, entries, listeners);
  }

  /** The service's entries for the ECS service's LoadBalancers, beside its application load balancer's. */
  List<Object> loadBalancerEntries() {
    return loadBalancerEntries;
  }

  NetworkLoadBalancer loadBalancer() {
    return loadBalancer;
  }

  /** {@code <service>-tcp.<domain>} naming the load balancer, when the gateway has a hosted zone. */
  void addRecord(Construct scope, String service, ExoGateway gateway) {
    gateway.getHostedZone().ifPresent(zone -> ARecord.Builder.create(scope, "TcpAlias")
        .zone(zone)
        .recordName(service + "-tcp")
        .target(RecordTarget.fromAlias(new LoadBalancerTarget(loadBalancer)))
        .build());
  }
}
