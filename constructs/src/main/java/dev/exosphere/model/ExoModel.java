package dev.exosphere.model;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * One Exosphere application, as described by its {@code exosphere.yml}.
 *
 * @param file         the YAML file it was read from (absolute); relative paths in it resolve against its folder
 * @param name         DNS-safe application name, e.g. {@code space-tweet}
 * @param version      free-form version string, e.g. {@code 0.0.1}
 * @param account      AWS account id; empty: the CDK environment's
 * @param region       AWS region; empty: the CDK environment's
 * @param domain       the public domain; empty: HTTP only on the load balancer's DNS name
 * @param network      the VPC
 * @param clusters     the public and the private ECS cluster
 * @param bus          the ExoCom message bus
 * @param gateway      top-level {@code interface}: load balancer listener port to default container port
 * @param policies     application-wide policies; services inherit and may override them
 * @param dependencies third-party services (a hosted MongoDB, ...) keyed by name
 * @param services     the services keyed by name (their role), sorted by name
 * @param environment  the environment of {@code environments} this model is (merged onto the base); empty: the base,
 *                     or an application without environments
 * @param operate      the dashboard and alarms; default both, notifying nobody
 */
public record ExoModel(
    Path file,
    String name,
    String version,
    Optional<String> account,
    Optional<String> region,
    Optional<Domain> domain,
    Network network,
    Clusters clusters,
    Bus bus,
    Gateway gateway,
    Policies policies,
    SortedMap<String, Dependency> dependencies,
    SortedMap<String, Service> services,
    Optional<String> environment,
    Operate operate) {

  public ExoModel {
    Objects.requireNonNull(file, "ExoModel.file");
    Objects.requireNonNull(name, "ExoModel.name");
    Objects.requireNonNull(version, "ExoModel.version");
    Objects.requireNonNull(account, "ExoModel.account");
    Objects.requireNonNull(region, "ExoModel.region");
    Objects.requireNonNull(domain, "ExoModel.domain");
    Objects.requireNonNull(network, "ExoModel.network");
    Objects.requireNonNull(clusters, "ExoModel.clusters");
    Objects.requireNonNull(bus, "ExoModel.bus");
    Objects.requireNonNull(gateway, "ExoModel.gateway");
    Objects.requireNonNull(policies, "ExoModel.policies");
    dependencies = Guard.sortedMap(dependencies, "ExoModel.dependencies");
    services = Guard.sortedMap(services, "ExoModel.services");
    Objects.requireNonNull(environment, "ExoModel.environment");
    Objects.requireNonNull(operate, "ExoModel.operate");
  }

  /** An environment (or the base) with the default {@link Operate}. */
  public ExoModel(Path file, String name, String version, Optional<String> account, Optional<String> region,
      Optional<Domain> domain, Network network, Clusters clusters, Bus bus, Gateway gateway, Policies policies,
      SortedMap<String, Dependency> dependencies, SortedMap<String, Service> services, Optional<String> environment) {
    this(file, name, version, account, region, domain, network, clusters, bus, gateway, policies, dependencies,
        services, environment, Operate.defaults());
  }

  /** An application without environments (or the base of one that has them), with the default {@link Operate}. */
  public ExoModel(Path file, String name, String version, Optional<String> account, Optional<String> region,
      Optional<Domain> domain, Network network, Clusters clusters, Bus bus, Gateway gateway, Policies policies,
      SortedMap<String, Dependency> dependencies, SortedMap<String, Service> services) {
    this(file, name, version, account, region, domain, network, clusters, bus, gateway, policies, dependencies,
        services, Optional.empty(), Operate.defaults());
  }

  /**
   * What physical names are made from, so that two environments of one application can share an account and
   * region: {@code <name>-<environment>}, or {@code name} without an environment (names as before environments).
   */
  public String deploymentName() {
    return environment.map(e -> name + "-" + e).orElse(name);
  }

  /** An application with every default; {@code file} is where relative paths resolve. */
  public static ExoModelBuilder builder(Path file, String name, String version) {
    return new ExoModelBuilder(file, name, version);
  }

  public ExoModelBuilder toBuilder() {
    return new ExoModelBuilder(this);
  }

  /** The folder of {@link #file()}, against which {@code build} contexts resolve. */
  public Path baseDir() {
    return file.toAbsolutePath().getParent();
  }
}
