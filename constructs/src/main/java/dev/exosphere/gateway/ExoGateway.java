package dev.exosphere.gateway;

import dev.exosphere.ExoException;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import dev.exosphere.routing.LoadBalancerAssignment;
import dev.exosphere.routing.PlannedRule;
import dev.exosphere.routing.RoutePlanException;
import dev.exosphere.routing.RoutePlanner;
import dev.exosphere.routing.RouteRequest;
import dev.exosphere.rules.Limits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awscdk.services.certificatemanager.ICertificate;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.route53.IHostedZone;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * The application's internet-facing Application Load Balancers, in the public subnets, shared by all public
 * services: one by default, {@link ExoGatewayProps#loadBalancers()} when the routes outgrow one (100 rules per
 * listener, 100 target groups). With a domain: HTTPS on 443 (TLS 1.2+ policy, a DNS-validated certificate unless
 * one is given, the same on every load balancer), 80 redirecting to it, the hosted zone (created or imported) and
 * alias records. Without: one HTTP listener. Each routing listener answers 404 to requests no rule matches; its
 * rules are planned here from {@link ExoGatewayProps#services()} (see {@link RoutePlanner}), per load balancer, and
 * created by each {@code ExoService}.
 *
 * <p>Services are placed on load balancers by {@link LoadBalancerAssignment}: services with a route without hosts
 * on the first (the one the apex record names), the others by a stable hash of their name, services sharing a host
 * together. A host's alias record names the load balancer that serves it. Routes without hosts answer only on the
 * first load balancer's hosts: a host on another load balancer is served by its own routes only.
 *
 * <p>The first load balancer keeps the construct ids the single load balancer always had; the others are children
 * {@code LoadBalancer2}, {@code LoadBalancer3}... Their access logs share one bucket, under the prefix
 * {@code load-balancer-<n>} (the first at the bucket's root). Each security group is open to 0.0.0.0/0 only on its
 * listener ports; it has no egress but what services open towards their instances.
 */
public final class ExoGateway extends Construct {
  /** Most load balancers one gateway makes: 2000 rules, 2000 target groups. */
  public static final int MAX_LOAD_BALANCERS = Limits.LOAD_BALANCERS.max();

  private final List<GatewayLoadBalancer> loadBalancers = new ArrayList<>();
  private final Optional<GatewayDomain> domain;
  private final LoadBalancerAssignment assignment;
  private final List<PlannedRule> rules = new ArrayList<>();
  private final Map<String, List<PlannedRule>> rulesByService = new HashMap<>();
  private final String url;

  public ExoGateway(Construct scope, String id, ExoGatewayProps props) {
    super(scope, id);
    Optional<String> domainName = GatewayDomain.normalized(props.domainName());
    validate(props, domainName);
    List<RouteRequest> requests = props.services().stream()
        .filter(s -> s.type() == ServiceType.PUBLIC)
        .flatMap(s -> RouteRequest.of(s).stream())
        .toList();
    assignment = LoadBalancerAssignment.of(requests, props.loadBalancers(), domainName.stream().toList());
    for (int i = 0; i < props.loadBalancers(); i++) {
      plan(i, props.loadBalancers(), assignment.requestsOf(i, requests));
    }

    domain = domainName.map(d -> GatewayDomain.of(this, d, props));
    Optional<ICertificate> certificate = domain.map(d -> d.certificate);
    Optional<IBucket> logs = props.accessLogs() ? Optional.of(AccessLogBucket.create(this)) : Optional.empty();
    loadBalancers.add(GatewayLoadBalancer.create(this, props, certificate, logs, Optional.empty()));
    for (int i = 1; i < props.loadBalancers(); i++) {
      loadBalancers.add(GatewayLoadBalancer.create(new Construct(this, childId(i)), props, certificate, logs,
          Optional.of("load-balancer-" + (i + 1))));
    }
    domain.ifPresent(d -> d.addAliases(this, getLoadBalancers(), assignment.hosts()));
    ApplicationLoadBalancer first = getLoadBalancer();
    int port = props.ports().ports().firstKey();
    url = domain.map(d -> "https://" + d.name).orElseGet(() -> "http://" + first.getLoadBalancerDnsName()
        + (port == GatewayLoadBalancer.HTTP ? "" : ":" + port));
  }

  private static String childId(int index) {
    return "LoadBalancer" + (index + 1);
  }

  private void validate(ExoGatewayProps props, Optional<String> domainName) {
    ExoException.required(this, "vpc", props.vpc(), "pass the VPC, e.g. exoNetwork.getVpc()");
    if (domainName.isEmpty()) {
      if (props.hostedZone().isPresent()) {
        throw ExoException.invalidProp(this, "hostedZone", props.hostedZone().get().getZoneName(),
            "no hosted zone without a domainName", "set domainName to the zone's name, or drop hostedZone");
      }
      if (props.certificate().isPresent()) {
        throw ExoException.invalidProp(this, "certificate", "a certificate", "no certificate without a domainName",
            "set domainName (the certificate's domain), or drop certificate");
      }
      if (props.ports().ports().size() != 1 || props.ports().ports().containsKey(GatewayLoadBalancer.HTTPS)) {
        throw ExoException.invalidProp(this, "ports", props.ports().ports().keySet(),
            "a single HTTP listener port other than 443 when there is no domain (HTTPS needs a certificate)",
            "set a domain to serve HTTPS on 443, or use interface.ports: {80: 3000}");
      }
    } else if (!Set.of(GatewayLoadBalancer.HTTP, GatewayLoadBalancer.HTTPS)
        .containsAll(props.ports().ports().keySet())) {
      throw ExoException.invalidProp(this, "ports", props.ports().ports().keySet(),
          "only 80 and 443 with a domain (HTTPS on 443, 80 redirects to it)", "use interface.ports: {443: 3000}");
    }
    if (props.idleTimeoutSeconds() < 1 || props.idleTimeoutSeconds() > 4000) {
      throw ExoException.invalidProp(this, "idleTimeoutSeconds", props.idleTimeoutSeconds(),
          "1-4000 seconds (the ALB's range)", "set policies.timeout.requestTimeout within it");
    }
    if (props.loadBalancers() < 1 || props.loadBalancers() > MAX_LOAD_BALANCERS) {
      throw ExoException.invalidProp(this, "loadBalancers", props.loadBalancers(),
          "1-" + MAX_LOAD_BALANCERS + " load balancers", "set interface.loadBalancers within it");
    }
  }

  /** Plans load balancer {@code index}'s rules; its limits are its own. */
  private void plan(int index, int count, List<RouteRequest> requests) {
    List<PlannedRule> planned;
    try {
      planned = RoutePlanner.plan(requests);
    } catch (RoutePlanException e) {
      if (!e.limit()) {
        throw ExoException.invalidProp(this, "services", e.value(), e.expected(), e.fix());
      }
      long hostless = requests.stream().filter(r -> r.hosts().isEmpty()).count();
      String path = getNode().getPath() + (index == 0 ? "" : "/" + childId(index));
      throw ExoException.invalidProp(this, "services",
          "load balancer " + (index + 1) + " of " + count + " (" + path + "): " + e.value(), e.expected(),
          "raise interface.loadBalancers (now " + count + ") to spread the services whose routes all name hosts over"
              + " more load balancers; routes without hosts all stay on the first load balancer"
              + (index == 0 ? " (" + hostless + " of them here)" : "") + ", so give routes hosts to spread them");
    }
    rules.addAll(planned);
    for (PlannedRule r : planned) {
      rulesByService.computeIfAbsent(r.service(), s -> new ArrayList<>()).add(r);
    }
  }

  /** The first load balancer: the one the apex record and {@link #getUrl()} name. */
  public ApplicationLoadBalancer getLoadBalancer() {
    return loadBalancers.get(0).resource;
  }

  /** The first load balancer's routing listener: HTTPS 443 with a domain, else the HTTP listener. */
  public ApplicationListener getListener() {
    return loadBalancers.get(0).listener;
  }

  /** Every load balancer, first to last. */
  public List<ApplicationLoadBalancer> getLoadBalancers() {
    return loadBalancers.stream().map(lb -> lb.resource).toList();
  }

  /** Every load balancer's routing listener, first to last. */
  public List<ApplicationListener> getListeners() {
    return loadBalancers.stream().map(lb -> lb.listener).toList();
  }

  /** Which load balancer serves which service and host (indexes into {@link #getLoadBalancers()}). */
  public LoadBalancerAssignment getAssignment() {
    return assignment;
  }

  /** The load balancer serving a public service among the props' services. */
  public ApplicationLoadBalancer loadBalancerFor(Service service) {
    return loadBalancers.get(indexOf(service)).resource;
  }

  /** The routing listener {@link #rulesFor(Service)} belong on. */
  public ApplicationListener listenerFor(Service service) {
    return loadBalancers.get(indexOf(service)).listener;
  }

  private int indexOf(Service service) {
    Integer index = assignment.services().get(service.name());
    if (index == null) {
      throw ExoException.invalidProp(this, "services", service.name(),
          "a public service with routes among the gateway's services", "include the service in ExoGatewayProps.services");
    }
    return index;
  }

  /** The domain's zone, created or imported; empty without a domain. */
  public Optional<IHostedZone> getHostedZone() {
    return domain.map(d -> d.zone);
  }

  /** The HTTPS certificate, created or imported; empty without a domain. */
  public Optional<ICertificate> getCertificate() {
    return domain.map(d -> d.certificate);
  }

  /** {@code https://<domain>}, or {@code http://<first load balancer's DNS name>} (a token) without a domain. */
  public String getUrl() {
    return url;
  }

  /** The created zone's name servers (tokens) to delegate the domain to; empty when imported or no domain. */
  public List<String> getNameServers() {
    return domain.map(d -> d.nameServers).orElse(List.of());
  }

  /** Every planned listener rule, by load balancer, then by priority (priorities are unique per listener). */
  public List<PlannedRule> getRules() {
    return List.copyOf(rules);
  }

  /** The planned listener rules of one service, by priority; empty if it was not among the props' services. */
  public List<PlannedRule> rulesFor(Service service) {
    return List.copyOf(rulesByService.getOrDefault(service.name(), List.of()));
  }
}
