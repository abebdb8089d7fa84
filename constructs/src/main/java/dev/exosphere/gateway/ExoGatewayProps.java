package dev.exosphere.gateway;

import dev.exosphere.routing.RouteRequest;
import dev.exosphere.rules.Defaults;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import software.amazon.awscdk.services.certificatemanager.ICertificate;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.route53.IHostedZone;

/**
 * Props of {@link ExoGateway}.
 *
 * @param vpc                the VPC whose public subnets hold the load balancer; required
 * @param domainName         the application's domain, e.g. {@code spacetweet.example.com}; @default none: HTTP
 *                           only, on the load balancer's DNS name
 * @param hostedZone         the domain's existing zone; needs {@code domainName}; @default with a domain: a new
 *                           public hosted zone (its name servers from {@link ExoGateway#getNameServers()})
 * @param certificate        the HTTPS certificate; needs {@code domainName}; @default with a domain: an ACM
 *                           certificate for the domain and {@code *.domain}, validated through DNS in the zone
 * @param httpPort           the HTTP listener's port without a domain (any but 443, which needs a certificate); with a
 *                           domain HTTPS is on 443 and 80 redirects to it, so it must stay 80.
 *                           @default {@value Defaults#HTTP_PORT}
 * @param idleTimeoutSeconds the load balancer's idle timeout, 1-4000. @default {@value Defaults#IDLE_TIMEOUT_SECONDS}
 * @param accessLogs         write access logs to an encrypted S3 bucket; @default true
 * @param routes             the routes of public services that will attach later
 *                           ({@link dev.exosphere.service.ExoService#attachTo(ExoGateway)}), planned here so that
 *                           limits fail before anything is built and every rule gets its final priority at once;
 *                           @default none: each service's routes are planned when it attaches
 * @param loadBalancers      how many load balancers share the public services (1-20), each with its own 100
 *                           rules and 100 target groups; an explicit number, not derived from the services, so
 *                           that adding a service never moves others (see
 *                           {@link dev.exosphere.routing.LoadBalancerAssignment}); raising it moves most services
 *                           whose routes all name hosts (new rules and target groups, new DNS targets); @default 1
 * @param extraListeners     extra listener ports (1-65535, not 80/443 nor {@code httpPort}) with their protocol, on
 *                           every load balancer: each answers 404 by default and gets a copy of every rule of the
 *                           routing listener, with the same priorities; its port is open to everyone on the load
 *                           balancer's security group. HTTPS needs {@code domainName} (the same certificate). Services
 *                           with a traffic-shifting deployment cannot attach then. At most 50 listeners per load
 *                           balancer, and 100 rules over all of them; @default none
 */
public record ExoGatewayProps(
    IVpc vpc,
    Optional<String> domainName,
    Optional<IHostedZone> hostedZone,
    Optional<ICertificate> certificate,
    int httpPort,
    int idleTimeoutSeconds,
    boolean accessLogs,
    List<RouteRequest> routes,
    int loadBalancers,
    SortedMap<Integer, ApplicationProtocol> extraListeners) {

  public static final int DEFAULT_IDLE_TIMEOUT_SECONDS = Defaults.IDLE_TIMEOUT_SECONDS;
  public static final int DEFAULT_LOAD_BALANCERS = Defaults.LOAD_BALANCERS;

  public ExoGatewayProps {
    routes = List.copyOf(routes);
    extraListeners = Collections.unmodifiableSortedMap(new TreeMap<>(extraListeners));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ExoGatewayProps}; only {@code vpc} is required. */
  public static final class Builder {
    private IVpc vpc;
    private String domainName;
    private IHostedZone hostedZone;
    private ICertificate certificate;
    private int httpPort = Defaults.HTTP_PORT;
    private int idleTimeoutSeconds = DEFAULT_IDLE_TIMEOUT_SECONDS;
    private boolean accessLogs = true;
    private List<RouteRequest> routes = List.of();
    private int loadBalancers = DEFAULT_LOAD_BALANCERS;
    private SortedMap<Integer, ApplicationProtocol> extraListeners = new TreeMap<>();

    public Builder vpc(IVpc v) {
      vpc = v;
      return this;
    }

    public Builder domainName(String v) {
      domainName = v;
      return this;
    }

    public Builder hostedZone(IHostedZone v) {
      hostedZone = v;
      return this;
    }

    public Builder certificate(ICertificate v) {
      certificate = v;
      return this;
    }

    public Builder httpPort(int v) {
      httpPort = v;
      return this;
    }

    public Builder idleTimeoutSeconds(int v) {
      idleTimeoutSeconds = v;
      return this;
    }

    public Builder accessLogs(boolean v) {
      accessLogs = v;
      return this;
    }

    public Builder routes(List<RouteRequest> v) {
      routes = v;
      return this;
    }

    public Builder loadBalancers(int v) {
      loadBalancers = v;
      return this;
    }

    public Builder extraListeners(Map<Integer, ApplicationProtocol> v) {
      extraListeners = new TreeMap<>(v);
      return this;
    }

    public ExoGatewayProps build() {
      return new ExoGatewayProps(vpc, Optional.ofNullable(domainName), Optional.ofNullable(hostedZone),
          Optional.ofNullable(certificate), httpPort, idleTimeoutSeconds, accessLogs, routes, loadBalancers,
          extraListeners);
    }
  }
}
