package dev.exosphere.gateway;

import dev.exosphere.ExoException;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import dev.exosphere.routing.PlannedRule;
import dev.exosphere.routing.RoutePlanException;
import dev.exosphere.routing.RoutePlanner;
import dev.exosphere.routing.RouteRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import software.amazon.awscdk.services.route53.IHostedZone;
import dev.exosphere.Nag;
import software.constructs.Construct;

/**
 * The application's single internet-facing Application Load Balancer, in the public subnets, shared by all public
 * services. With a domain: HTTPS on 443 (TLS 1.2+ policy, a DNS-validated certificate unless one is given), 80
 * redirecting to it, the hosted zone (created or imported) and alias records. Without: one HTTP listener. The routing
 * listener answers 404 to requests no rule matches; its rules are planned here from {@link ExoGatewayProps#services()}
 * (see {@link RoutePlanner}) and created by each {@code ExoService}.
 *
 * <p>Its security group is the one place open to 0.0.0.0/0, and only on the listener ports; it has no egress but
 * what services open towards their instances.
 */
public final class ExoGateway extends Construct {
  private static final int HTTPS = 443;
  private static final int HTTP = 80;

  private final ApplicationLoadBalancer loadBalancer;
  private final ApplicationListener listener;
  private final Optional<GatewayDomain> domain;
  private final List<PlannedRule> rules;
  private final String url;

  public ExoGateway(Construct scope, String id, ExoGatewayProps props) {
    super(scope, id);
    Optional<String> domainName = GatewayDomain.normalized(props.domainName());
    validate(props, domainName);
    List<RouteRequest> requests = props.services().stream()
        .filter(s -> s.type() == ServiceType.PUBLIC)
        .flatMap(s -> RouteRequest.of(s).stream())
        .toList();
    rules = plan(requests);

    domain = domainName.map(d -> GatewayDomain.of(this, d, props));
    SecurityGroup sg = SecurityGroup.Builder.create(this, "SecurityGroup")
        .vpc(props.vpc())
        .allowAllOutbound(false)
        .description("Internet-facing load balancer: listener ports only")
        .build();
    Nag.suppress(sg, "AwsSolutions-EC23",
        "The internet-facing load balancer's listener ports are meant to be open to everyone; nothing else is.");
    loadBalancer = ApplicationLoadBalancer.Builder.create(this, "Resource")
        .vpc(props.vpc())
        .internetFacing(true)
        .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PUBLIC).build())
        .securityGroup(sg)
        .idleTimeout(Duration.seconds(props.idleTimeoutSeconds()))
        .dropInvalidHeaderFields(true)
        .build();
    if (props.accessLogs()) {
      loadBalancer.logAccessLogs(AccessLogBucket.create(this));
    }
    ListenerAction notFound = ListenerAction.fixedResponse(404,
        FixedResponseOptions.builder().contentType("text/plain").messageBody("Not Found").build());
    if (domain.isPresent()) {
      listener = loadBalancer.addListener("Https", BaseApplicationListenerProps.builder()
          .port(HTTPS)
          .protocol(ApplicationProtocol.HTTPS)
          .certificates(List.of(ListenerCertificate.fromCertificateManager(domain.get().certificate)))
          .sslPolicy(SslPolicy.RECOMMENDED_TLS)
          .defaultAction(notFound)
          .build());
      loadBalancer.addRedirect(ApplicationLoadBalancerRedirectConfig.builder().sourcePort(HTTP).targetPort(HTTPS).build());
      domain.get().addAliases(this, loadBalancer, requests.stream().flatMap(r -> r.hosts().stream()).toList());
      url = "https://" + domain.get().name;
    } else {
      int port = props.ports().ports().firstKey();
      listener = loadBalancer.addListener("Http", BaseApplicationListenerProps.builder()
          .port(port)
          .protocol(ApplicationProtocol.HTTP)
          .defaultAction(notFound)
          .build());
      url = "http://" + loadBalancer.getLoadBalancerDnsName() + (port == HTTP ? "" : ":" + port);
    }
  }

  private void validate(ExoGatewayProps props, Optional<String> domainName) {
    if (domainName.isEmpty()) {
      if (props.hostedZone().isPresent()) {
        throw ExoException.invalidProp(this, "hostedZone", props.hostedZone().get().getZoneName(),
            "no hosted zone without a domainName", "set domainName to the zone's name, or drop hostedZone");
      }
      if (props.certificate().isPresent()) {
        throw ExoException.invalidProp(this, "certificate", "a certificate", "no certificate without a domainName",
            "set domainName (the certificate's domain), or drop certificate");
      }
      if (props.ports().ports().size() != 1 || props.ports().ports().containsKey(HTTPS)) {
        throw ExoException.invalidProp(this, "ports", props.ports().ports().keySet(),
            "a single HTTP listener port other than 443 when there is no domain (HTTPS needs a certificate)",
            "set a domain to serve HTTPS on 443, or use interface.ports: {80: 3000}");
      }
    } else if (!Set.of(HTTP, HTTPS).containsAll(props.ports().ports().keySet())) {
      throw ExoException.invalidProp(this, "ports", props.ports().ports().keySet(),
          "only 80 and 443 with a domain (HTTPS on 443, 80 redirects to it)", "use interface.ports: {443: 3000}");
    }
    if (props.idleTimeoutSeconds() < 1 || props.idleTimeoutSeconds() > 4000) {
      throw ExoException.invalidProp(this, "idleTimeoutSeconds", props.idleTimeoutSeconds(),
          "1-4000 seconds (the ALB's range)", "set policies.timeout.requestTimeout within it");
    }
  }

  private List<PlannedRule> plan(List<RouteRequest> requests) {
    try {
      return RoutePlanner.plan(requests);
    } catch (RoutePlanException e) {
      throw ExoException.invalidProp(this, "services", e.value(), e.expected(), e.fix());
    }
  }

  /** The load balancer. */
  public ApplicationLoadBalancer getLoadBalancer() {
    return loadBalancer;
  }

  /** The listener that routes: HTTPS 443 with a domain, else the HTTP listener. */
  public ApplicationListener getListener() {
    return listener;
  }

  /** The domain's zone, created or imported; empty without a domain. */
  public Optional<IHostedZone> getHostedZone() {
    return domain.map(d -> d.zone);
  }

  /** The HTTPS certificate, created or imported; empty without a domain. */
  public Optional<ICertificate> getCertificate() {
    return domain.map(d -> d.certificate);
  }

  /** {@code https://<domain>}, or {@code http://<load balancer DNS name>} (a token) without a domain. */
  public String getUrl() {
    return url;
  }

  /** The created zone's name servers (tokens) to delegate the domain to; empty when imported or no domain. */
  public List<String> getNameServers() {
    return domain.map(d -> d.nameServers).orElse(List.of());
  }

  /** Every planned listener rule, by priority. */
  public List<PlannedRule> getRules() {
    return rules;
  }

  /** The planned listener rules of one service, by priority; empty if it was not among the props' services. */
  public List<PlannedRule> rulesFor(Service service) {
    return rules.stream().filter(r -> r.service().equals(service.name())).toList();
  }
}
