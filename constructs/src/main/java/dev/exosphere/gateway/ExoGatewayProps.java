package dev.exosphere.gateway;

import dev.exosphere.model.Gateway;
import dev.exosphere.model.Service;
import dev.exosphere.rules.Defaults;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awscdk.services.certificatemanager.ICertificate;
import software.amazon.awscdk.services.ec2.IVpc;
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
 * @param ports              listener port to default container port (the model's top-level {@code interface});
 *                           with a domain only 80 and 443 are allowed (HTTPS on 443, 80 redirects to it); without
 *                           one, a single HTTP port other than 443; @default {@code {80: 3000}}
 * @param idleTimeoutSeconds the load balancer's idle timeout; @default 60
 * @param accessLogs         write access logs to an encrypted S3 bucket; @default true
 * @param services           the services whose routes the listener serves (non-public ones are ignored); their
 *                           rules are planned here, so limits fail before anything is built; @default none
 * @param loadBalancers      how many load balancers share the public services (1-20), each with its own 100
 *                           rules and 100 target groups; an explicit number, not derived from the services, so
 *                           that adding a service never moves others (see
 *                           {@link dev.exosphere.routing.LoadBalancerAssignment}); raising it moves most services
 *                           whose routes all name hosts (new rules and target groups, new DNS targets); @default 1
 */
public record ExoGatewayProps(
    IVpc vpc,
    Optional<String> domainName,
    Optional<IHostedZone> hostedZone,
    Optional<ICertificate> certificate,
    Gateway ports,
    int idleTimeoutSeconds,
    boolean accessLogs,
    List<Service> services,
    int loadBalancers) {

  public static final int DEFAULT_IDLE_TIMEOUT_SECONDS = Defaults.IDLE_TIMEOUT_SECONDS;
  public static final int DEFAULT_LOAD_BALANCERS = Defaults.LOAD_BALANCERS;

  public ExoGatewayProps {
    services = List.copyOf(services);
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
    private Gateway ports = new Gateway(new TreeMap<>(java.util.Map.of(80, 3000)));
    private int idleTimeoutSeconds = DEFAULT_IDLE_TIMEOUT_SECONDS;
    private boolean accessLogs = true;
    private List<Service> services = List.of();
    private int loadBalancers = DEFAULT_LOAD_BALANCERS;

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

    public Builder ports(Gateway v) {
      ports = v;
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

    public Builder services(List<Service> v) {
      services = v;
      return this;
    }

    public Builder loadBalancers(int v) {
      loadBalancers = v;
      return this;
    }

    public ExoGatewayProps build() {
      return new ExoGatewayProps(vpc, Optional.ofNullable(domainName), Optional.ofNullable(hostedZone),
          Optional.ofNullable(certificate), ports, idleTimeoutSeconds, accessLogs, services, loadBalancers);
    }
  }
}
