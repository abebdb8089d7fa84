package dev.exosphere.gateway;

import dev.exosphere.ExoException;
import dev.exosphere.PropChecks;
import dev.exosphere.routing.LoadBalancerAssignment;
import dev.exosphere.routing.PlannedRule;
import dev.exosphere.routing.RoutePlanException;
import dev.exosphere.routing.RouteLabels;
import dev.exosphere.routing.RoutePlanner;
import dev.exosphere.routing.RouteRequest;
import dev.exosphere.rules.Defaults;
import dev.exosphere.rules.Limits;
import dev.exosphere.service.ExoService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awscdk.services.certificatemanager.ICertificate;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.route53.IHostedZone;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * The application's internet-facing Application Load Balancers, in the public subnets, shared by all public
 * services: one by default, {@link ExoGatewayProps#loadBalancers()} when the routes outgrow one (100 rules per
 * listener, 100 target groups). With a domain: HTTPS on 443 (TLS 1.2+ policy, a DNS-validated certificate unless
 * one is given, the same on every load balancer), 80 redirecting to it, the hosted zone (created or imported) and
 * alias records. Without: one HTTP listener. {@link ExoGatewayProps#extraListeners()} add listeners on other ports,
 * each with a copy of the routing listener's rules. Each routing listener answers 404 to requests no rule matches; its
 * rules are planned here (see {@link RoutePlanner}), per load balancer, from the routes announced in
 * {@link ExoGatewayProps#routes()} and those of each service that attaches ({@link #planFor(String, List)}), and
 * created by each {@code ExoService} in its own scope.
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
  private final int count;
  private final int extraListenerCount;
  private final List<String> firstHosts;
  private final List<RouteRequest> requests = new ArrayList<>();
  /** Services whose rules were handed out (and so built): a later plan must leave them as they are. */
  private final Set<String> attached = new TreeSet<>();
  private Plan plan;
  private final String url;

  /** The rules of every known route, with the load balancer of each service. */
  private record Plan(LoadBalancerAssignment assignment, List<PlannedRule> rules,
      Map<String, List<PlannedRule>> rulesByService) {}

  public ExoGateway(Construct scope, String id, ExoGatewayProps props) {
    super(scope, id);
    Optional<String> domainName = GatewayDomain.normalized(props.domainName());
    validate(props, domainName);
    count = props.loadBalancers();
    extraListenerCount = props.extraListeners().size();
    firstHosts = domainName.stream().toList();
    requests.addAll(props.routes());
    plan = plan(requests);

    domain = domainName.map(d -> GatewayDomain.of(this, d, props));
    Optional<ICertificate> certificate = domain.map(d -> d.certificate);
    Optional<IBucket> logs = props.accessLogs() ? Optional.of(AccessLogBucket.create(this)) : Optional.empty();
    loadBalancers.add(GatewayLoadBalancer.create(this, props, certificate, logs, Optional.empty()));
    for (int i = 1; i < props.loadBalancers(); i++) {
      loadBalancers.add(GatewayLoadBalancer.create(new Construct(this, childId(i)), props, certificate, logs,
          Optional.of("load-balancer-" + (i + 1))));
    }
    domain.ifPresent(d -> d.addAliases(this, getLoadBalancers(), plan.assignment().hosts()));
    ApplicationLoadBalancer first = getLoadBalancer();
    int port = props.httpPort();
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
      if (props.httpPort() == GatewayLoadBalancer.HTTPS) {
        throw ExoException.invalidProp(this, "httpPort", props.httpPort(),
            "an HTTP listener port other than 443 when there is no domain (HTTPS needs a certificate)",
            "set domainName to serve HTTPS on 443, or use httpPort 80");
      }
      PropChecks.range(this, "httpPort", props.httpPort(), Limits.PORT, "use " + Defaults.HTTP_PORT);
    } else if (props.httpPort() != GatewayLoadBalancer.HTTP) {
      throw ExoException.invalidProp(this, "httpPort", props.httpPort(),
          "80 with a domain (HTTPS on 443, 80 redirects to it)", "leave httpPort unset");
    }
    PropChecks.range(this, "idleTimeoutSeconds", props.idleTimeoutSeconds(), Limits.IDLE_TIMEOUT_SECONDS,
        "set idleTimeoutSeconds within it");
    PropChecks.range(this, "loadBalancers", props.loadBalancers(), Limits.LOAD_BALANCERS,
        "set loadBalancers within it");
    validateExtraListeners(props, domainName.isPresent());
  }

  private void validateExtraListeners(ExoGatewayProps props, boolean domain) {
    int main = domain ? 2 : 1;
    if (props.extraListeners().size() + main > Limits.ALB_LISTENERS) {
      throw ExoException.invalidProp(this, "extraListeners", props.extraListeners().size() + " listeners",
          "at most " + (Limits.ALB_LISTENERS - main) + " (the quota 'Listeners per Application Load Balancer' is "
              + Limits.ALB_LISTENERS + ", and the gateway has " + main + " of its own)", "remove extra listeners");
    }
    props.extraListeners().forEach((port, protocol) -> {
      PropChecks.range(this, "extraListeners", port, Limits.PORT, "use a port 1-65535");
      if (port == GatewayLoadBalancer.HTTP || port == GatewayLoadBalancer.HTTPS || port == props.httpPort()) {
        throw ExoException.invalidProp(this, "extraListeners", port,
            "a port other than 80, 443 and httpPort (the gateway's own listeners)", "pick another port");
      }
      if (protocol == null || protocol == ApplicationProtocol.HTTPS && !domain) {
        throw ExoException.invalidProp(this, "extraListeners", port + ": " + protocol,
            "HTTP, or HTTPS with a domainName (its certificate)", "set domainName, or use ApplicationProtocol.HTTP");
      }
    });
  }

  /** Plans every load balancer's rules for {@code all}; each load balancer's limits are its own. */
  private Plan plan(List<RouteRequest> all) {
    LoadBalancerAssignment assignment = LoadBalancerAssignment.of(all, count, firstHosts);
    List<PlannedRule> rules = new ArrayList<>();
    Map<String, List<PlannedRule>> rulesByService = new HashMap<>();
    for (int i = 0; i < count; i++) {
      List<PlannedRule> planned = planOne(i, assignment.requestsOf(i, all));
      rules.addAll(planned);
      for (PlannedRule r : planned) {
        rulesByService.computeIfAbsent(r.service(), s -> new ArrayList<>()).add(r);
      }
    }
    return new Plan(assignment, rules, rulesByService);
  }

  private List<PlannedRule> planOne(int index, List<RouteRequest> requests) {
    try {
      return RoutePlanner.plan(requests, RouteLabels.PROPS, 1 + extraListenerCount);
    } catch (RoutePlanException e) {
      if (!e.limit()) {
        throw ExoException.invalidProp(this, "routes", e.value(), e.expected(), e.fix());
      }
      long hostless = requests.stream().filter(r -> r.hosts().isEmpty()).count();
      String path = getNode().getPath() + (index == 0 ? "" : "/" + childId(index));
      throw ExoException.invalidProp(this, "routes",
          "load balancer " + (index + 1) + " of " + count + " (" + path + "): " + e.value(), e.expected(),
          (extraListenerCount > 0 ? "use fewer extraListeners (each repeats every rule), or " : "")
              + "raise loadBalancers (now " + count + ") to spread the services whose routes all name hosts over"
              + " more load balancers; routes without hosts all stay on the first load balancer"
              + (index == 0 ? " (" + hostless + " of them here)" : "") + ", so give routes hosts to spread them");
    }
  }

  /**
   * The listener rules of public service {@code service}, whose routes are {@code routes}: what an
   * {@code ExoService} creates when it attaches. Routes announced in {@link ExoGatewayProps#routes()} were planned
   * with the gateway; others are planned now, with every route known so far. Each service attaches once.
   *
   * @throws ExoException when the routes break a rule or a limit, differ from the announced ones, or would move a
   *     rule of a service attached before (announce all routes up front then)
   */
  public List<PlannedRule> planFor(String service, List<RouteRequest> routes) {
    if (attached.contains(service)) {
      throw ExoException.invalidProp(this, "routes", service, "each service attached once",
          "attach service " + service + " to one gateway, once");
    }
    List<RouteRequest> announced = requests.stream().filter(r -> r.service().equals(service)).toList();
    if (announced.isEmpty()) {
      List<RouteRequest> all = new ArrayList<>(requests);
      all.addAll(routes);
      Plan next = plan(all);
      for (String before : attached) {
        if (!next.rulesByService().get(before).equals(plan.rulesByService().get(before))
            || !next.assignment().services().get(before).equals(plan.assignment().services().get(before))) {
          throw ExoException.invalidProp(this, "routes", service, "routes that leave the rules of services "
              + "attached before unchanged (" + before + "'s rules would move: a priority collision or a shared host)",
              "announce every service's routes up front in ExoGatewayProps.routes");
        }
      }
      requests.addAll(routes);
      plan = next;
      domain.ifPresent(d -> d.addHostAliases(this, getLoadBalancers(), next.assignment().hosts()));
    } else if (!new java.util.HashSet<>(announced).equals(new java.util.HashSet<>(routes))) {
      throw ExoException.invalidProp(this, "routes", service, "the routes ExoGatewayProps.routes announced for "
          + service + " " + announced.stream().map(RouteRequest::prefix).toList(),
          "announce the service's routes as the service has them, or leave them out of ExoGatewayProps.routes");
    }
    attached.add(service);
    return List.copyOf(plan.rulesByService().getOrDefault(service, List.of()));
  }

  /** Attaches public service {@code service}: the same as {@code service.attachTo(this)}, which does the work. */
  public void addService(ExoService service) {
    service.attachTo(this);
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
    return plan.assignment();
  }

  /** The load balancer serving public service {@code service}. */
  public ApplicationLoadBalancer loadBalancerFor(String service) {
    return loadBalancers.get(indexOf(service)).resource;
  }

  /** The routing listener the rules of {@code service} belong on. */
  public ApplicationListener listenerFor(String service) {
    return loadBalancers.get(indexOf(service)).listener;
  }

  /**
   * The extra listeners ({@link ExoGatewayProps#extraListeners()}) of the load balancer serving {@code service}, by
   * port: each carries a copy of every rule of {@link #listenerFor(String)}.
   */
  public List<ApplicationListener> extraListenersFor(String service) {
    return loadBalancers.get(indexOf(service)).extras;
  }

  /** Whether the gateway has {@link ExoGatewayProps#extraListeners()}. */
  public boolean hasExtraListeners() {
    return extraListenerCount > 0;
  }

  private int indexOf(String service) {
    Integer index = plan.assignment().services().get(service);
    if (index == null) {
      throw ExoException.invalidProp(this, "routes", service,
          "a public service with routes, announced or attached", "attach the service: service.attachTo(gateway)");
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
    return List.copyOf(plan.rules());
  }

  /** The planned listener rules of one service, by priority; empty if it is not known to the gateway. */
  public List<PlannedRule> rulesFor(String service) {
    return List.copyOf(plan.rulesByService().getOrDefault(service, List.of()));
  }
}
