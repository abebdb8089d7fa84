package dev.exosphere.gateway;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.certificatemanager.CertificateValidation;
import software.amazon.awscdk.services.certificatemanager.ICertificate;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.route53.ARecord;
import software.amazon.awscdk.services.route53.IHostedZone;
import software.amazon.awscdk.services.route53.PublicHostedZone;
import software.amazon.awscdk.services.route53.RecordTarget;
import software.amazon.awscdk.services.route53.targets.LoadBalancerTarget;
import software.constructs.Construct;

/** The domain side of the gateway: the zone, the certificate and the alias records. */
final class GatewayDomain {
  final String name;
  final IHostedZone zone;
  final ICertificate certificate;
  /** The created zone's name servers, to delegate the domain to; empty for an imported zone. */
  final List<String> nameServers;
  private final Map<Integer, RecordTarget> targets = new HashMap<>();
  private final Set<String> aliased = new HashSet<>();

  private GatewayDomain(String name, IHostedZone zone, ICertificate certificate, List<String> nameServers) {
    this.name = name;
    this.zone = zone;
    this.certificate = certificate;
    this.nameServers = nameServers;
  }

  /** Imports what {@code props} gives, creates the rest. */
  static GatewayDomain of(Construct scope, String name, ExoGatewayProps props) {
    IHostedZone zone;
    List<String> nameServers = List.of();
    if (props.hostedZone().isPresent()) {
      zone = props.hostedZone().get();
    } else {
      PublicHostedZone created = PublicHostedZone.Builder.create(scope, "Zone").zoneName(name).build();
      nameServers = created.getHostedZoneNameServers();
      zone = created;
    }
    ICertificate certificate = props.certificate().orElseGet(() -> Certificate.Builder.create(scope, "Certificate")
        .domainName(name)
        .subjectAlternativeNames(List.of("*." + name))
        .validation(CertificateValidation.fromDns(zone))
        .build());
    return new GatewayDomain(name, zone, certificate, nameServers);
  }

  /**
   * Alias A records: the apex to the first load balancer, each route host inside the zone to the one serving it
   * ({@code hosts}: host to index in {@code albs}). Ids from the host only, so a host that changes load balancer
   * keeps its record and only its target changes.
   */
  void addAliases(Construct scope, List<ApplicationLoadBalancer> albs, SortedMap<String, Integer> hosts) {
    ARecord.Builder.create(scope, "Alias").zone(zone).target(target(albs, 0)).build();
    addHostAliases(scope, albs, hosts);
  }

  /** The records of route hosts that have none yet (services attached after the gateway was built bring hosts). */
  void addHostAliases(Construct scope, List<ApplicationLoadBalancer> albs, SortedMap<String, Integer> hosts) {
    for (String host : hostsInZone(hosts.keySet())) {
      if (aliased.add(host)) {
        ARecord.Builder.create(scope, "Alias " + host).zone(zone).recordName(host + ".").target(
            target(albs, hosts.get(host))).build();
      }
    }
  }

  private RecordTarget target(List<ApplicationLoadBalancer> albs, int index) {
    return targets.computeIfAbsent(index, k -> RecordTarget.fromAlias(new LoadBalancerTarget(albs.get(k))));
  }

  /** Route hosts that the zone answers for, apex excluded (it has its record), sorted. */
  SortedSet<String> hostsInZone(Collection<String> routeHosts) {
    String domain = name.toLowerCase(Locale.ROOT);
    TreeSet<String> hosts = new TreeSet<>();
    for (String h : routeHosts) {
      String host = h.toLowerCase(Locale.ROOT);
      if (host.endsWith("." + domain)) {
        hosts.add(host);
      }
    }
    return hosts;
  }

  static Optional<String> normalized(Optional<String> domainName) {
    return domainName.map(d -> d.endsWith(".") ? d.substring(0, d.length() - 1) : d);
  }
}
