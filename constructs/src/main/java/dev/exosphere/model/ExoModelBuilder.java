package dev.exosphere.model;

import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds an {@link ExoModel}: {@link ExoModel#builder} starts from what the loader makes of a file with only
 * {@code name} and {@code version}, {@link ExoModel#toBuilder} from a model.
 */
public final class ExoModelBuilder {
  private final Path file;
  private final String name;
  private final String version;
  private Optional<String> account = Optional.empty();
  private Optional<String> region = Optional.empty();
  private Optional<Domain> domain = Optional.empty();
  private Network network = Network.defaults();
  private Clusters clusters = Clusters.defaults();
  private Bus bus = Bus.defaults();
  private Gateway gateway = Gateway.defaults();
  private Policies policies = Policies.none();
  private Optional<String> environment = Optional.empty();
  private final SortedMap<String, Dependency> dependencies = new TreeMap<>();
  private final SortedMap<String, Service> services = new TreeMap<>();
  private Operate operate = Operate.defaults();

  ExoModelBuilder(Path file, String name, String version) {
    this.file = file;
    this.name = name;
    this.version = version;
  }

  ExoModelBuilder(ExoModel m) {
    this(m.file(), m.name(), m.version());
    account = m.account();
    region = m.region();
    domain = m.domain();
    network = m.network();
    clusters = m.clusters();
    bus = m.bus();
    gateway = m.gateway();
    policies = m.policies();
    environment = m.environment();
    dependencies.putAll(m.dependencies());
    services.putAll(m.services());
    operate = m.operate();
  }

  public ExoModelBuilder account(String id) {
    this.account = Optional.of(id);
    return this;
  }

  public ExoModelBuilder region(String code) {
    this.region = Optional.of(code);
    return this;
  }

  /** The domain; the gateway is left as set (add 443 to it for HTTPS). */
  public ExoModelBuilder domain(Domain publicDomain) {
    this.domain = Optional.of(publicDomain);
    return this;
  }

  public ExoModelBuilder network(Network vpc) {
    this.network = vpc;
    return this;
  }

  public ExoModelBuilder clusters(Clusters both) {
    this.clusters = both;
    return this;
  }

  public ExoModelBuilder bus(Bus exocom) {
    this.bus = exocom;
    return this;
  }

  public ExoModelBuilder gateway(Gateway listeners) {
    this.gateway = listeners;
    return this;
  }

  public ExoModelBuilder policies(Policies appWide) {
    this.policies = appWide;
    return this;
  }

  /** The environment this model is: its {@link ExoModel#deploymentName()} becomes {@code <name>-<environment>}. */
  public ExoModelBuilder environment(String name) {
    this.environment = Optional.of(name);
    return this;
  }

  /** Adds (or replaces) the dependency under its name. */
  public ExoModelBuilder dependency(Dependency d) {
    dependencies.put(d.name(), d);
    return this;
  }

  /** Adds (or replaces) the service under its name. */
  public ExoModelBuilder service(Service s) {
    services.put(s.name(), s);
    return this;
  }

  /** Drops the service named {@code serviceName}, if any. */
  public ExoModelBuilder withoutService(String serviceName) {
    services.remove(serviceName);
    return this;
  }

  public ExoModelBuilder operate(Operate dashboardAndAlarms) {
    this.operate = dashboardAndAlarms;
    return this;
  }

  public ExoModel build() {
    return new ExoModel(file, name, version, account, region, domain, network, clusters, bus, gateway, policies,
        dependencies, services, environment, operate);
  }
}
