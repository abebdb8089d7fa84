package dev.exosphere.gateway;

import dev.exosphere.Nag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.certificatemanager.ICertificate;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancerRedirectConfig;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseApplicationListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.FixedResponseOptions;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerAction;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCertificate;
import software.amazon.awscdk.services.elasticloadbalancingv2.SslPolicy;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * One internet-facing load balancer of the gateway with its own security group and listeners: with a certificate,
 * HTTPS on 443 (TLS 1.2+) and 80 redirecting to it, else one HTTP listener; the routing listener answers 404 to
 * requests no rule matches. Its construct ids ({@code SecurityGroup}, {@code Resource}, {@code Https} or
 * {@code Http}) are the ones the single load balancer always had, so the first one can live directly in the gateway.
 */
final class GatewayLoadBalancer {
  static final int HTTPS = 443;
  static final int HTTP = 80;

  final ApplicationLoadBalancer resource;
  /** The listener that routes: HTTPS 443 with a certificate, else the HTTP listener. */
  final ApplicationListener listener;
  /** {@link ExoGatewayProps#extraListeners()}, by port: each gets a copy of the routing listener's rules. */
  final List<ApplicationListener> extras;

  private GatewayLoadBalancer(ApplicationLoadBalancer resource, ApplicationListener listener,
      List<ApplicationListener> extras) {
    this.resource = resource;
    this.listener = listener;
    this.extras = List.copyOf(extras);
  }


  /**
   * Builds it in {@code scope}.
   *
   * @param logs      the shared access log bucket, if logging
   * @param logPrefix this load balancer's key prefix in it; empty: the bucket's root
   */
  static GatewayLoadBalancer create(Construct scope, ExoGatewayProps props, Optional<ICertificate> certificate,
      Optional<IBucket> logs, Optional<String> logPrefix) {
    SecurityGroup sg = SecurityGroup.Builder.create(scope, "SecurityGroup")
        .vpc(props.vpc())
        .allowAllOutbound(false)
        .description("Internet-facing load balancer: listener ports only")
        .build();
    Nag.suppress(sg, "AwsSolutions-EC23",
        "The internet-facing load balancer's listener ports are meant to be open to everyone; nothing else is.");
    ApplicationLoadBalancer alb = ApplicationLoadBalancer.Builder.create(scope, "Resource")
        .vpc(props.vpc())
        .internetFacing(true)
        .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PUBLIC).build())
        .securityGroup(sg)
        .idleTimeout(Duration.seconds(props.idleTimeoutSeconds()))
        .dropInvalidHeaderFields(true)
        .build();
    logs.ifPresent(bucket -> {
      if (logPrefix.isPresent()) {
        alb.logAccessLogs(bucket, logPrefix.get());
      } else {
        alb.logAccessLogs(bucket);
      }
    });
    ListenerAction notFound = ListenerAction.fixedResponse(404,
        FixedResponseOptions.builder().contentType("text/plain").messageBody("Not Found").build());
    ApplicationListener listener;
    if (certificate.isPresent()) {
      listener = alb.addListener("Https", BaseApplicationListenerProps.builder()
          .port(HTTPS)
          .protocol(ApplicationProtocol.HTTPS)
          .certificates(List.of(ListenerCertificate.fromCertificateManager(certificate.get())))
          .sslPolicy(SslPolicy.RECOMMENDED_TLS)
          .defaultAction(notFound)
          .build());
      alb.addRedirect(ApplicationLoadBalancerRedirectConfig.builder().sourcePort(HTTP).targetPort(HTTPS).build());
    } else {
      listener = alb.addListener("Http", BaseApplicationListenerProps.builder()
          .port(props.httpPort())
          .protocol(ApplicationProtocol.HTTP)
          .defaultAction(notFound)
          .build());
    }
    List<ApplicationListener> extras = new ArrayList<>();
    // opened to everyone on its port only (addListener's default), answering 404 like the routing listener
    props.extraListeners().forEach((port, protocol) -> {
      boolean https = protocol == ApplicationProtocol.HTTPS;
      BaseApplicationListenerProps.Builder b = BaseApplicationListenerProps.builder()
          .port(port)
          .protocol(protocol)
          .defaultAction(notFound);
      if (https) {
        b.certificates(List.of(ListenerCertificate.fromCertificateManager(certificate.orElseThrow())))
            .sslPolicy(SslPolicy.RECOMMENDED_TLS);
      }
      extras.add(alb.addListener((https ? "Https" : "Http") + port, b.build()));
    });
    return new GatewayLoadBalancer(alb, listener, extras);
  }
}
