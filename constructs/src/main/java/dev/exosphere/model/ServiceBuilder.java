package dev.exosphere.model;

import dev.exosphere.rules.Defaults;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Builds a {@link Service}: {@link Service#builder} starts from the loader's defaults, {@link Service#toBuilder} from a service. */
public final class ServiceBuilder {
  private final String name;
  private final ServiceType type;
  private Optional<String> image = Optional.empty();
  private Optional<Build> build = Optional.empty();
  private final SortedMap<String, Route> routes = new TreeMap<>();
  private final SortedMap<String, String> environment = new TreeMap<>();
  private final SortedMap<String, ValueSource> secrets = new TreeMap<>();
  private int cpu = Service.DEFAULT_CPU;
  private int memory = Service.DEFAULT_MEMORY;
  private int replicas = Defaults.REPLICAS;
  private Optional<Scaling> scaling = Optional.empty();
  private Messages messages = Messages.none();
  private final List<String> dependencies = new ArrayList<>();
  private final SortedMap<String, Volume> volumes = new TreeMap<>();
  private Policies policies = Policies.none();
  private ContainerSpec container = ContainerSpec.image();
  private Permissions permissions = Permissions.none();
  private Optional<Deployment> deployment = Optional.empty();
  private final List<TcpPort> tcp = new ArrayList<>();

  ServiceBuilder(String name, ServiceType type) {
    this.name = name;
    this.type = type;
  }

  ServiceBuilder(Service s) {
    this(s.name(), s.type());
    image = s.image();
    build = s.build();
    routes.putAll(s.routes());
    environment.putAll(s.environment());
    secrets.putAll(s.secrets());
    cpu = s.cpu();
    memory = s.memory();
    replicas = s.replicas();
    scaling = s.scaling();
    messages = s.messages();
    dependencies.addAll(s.dependencies());
    volumes.putAll(s.volumes());
    policies = s.policies();
    container = s.container();
    permissions = s.permissions();
    deployment = s.deployment();
    tcp.addAll(s.tcp());
  }

  public ServiceBuilder image(String reference) {
    this.image = Optional.of(reference);
    return this;
  }

  public ServiceBuilder image(Optional<String> reference) {
    this.image = reference;
    return this;
  }

  public ServiceBuilder build(Build how) {
    this.build = Optional.of(how);
    return this;
  }

  public ServiceBuilder build(Optional<Build> how) {
    this.build = how;
    return this;
  }

  /** Adds (or replaces) the route under its {@link Route#prefix()}. */
  public ServiceBuilder route(Route route) {
    routes.put(route.prefix(), route);
    return this;
  }

  public ServiceBuilder routes(SortedMap<String, Route> all) {
    return replace(routes, all);
  }

  public ServiceBuilder environment(String variable, String value) {
    environment.put(variable, value);
    return this;
  }

  public ServiceBuilder environment(SortedMap<String, String> all) {
    return replace(environment, all);
  }

  public ServiceBuilder secret(String variable, ValueSource source) {
    secrets.put(variable, source);
    return this;
  }

  public ServiceBuilder secrets(SortedMap<String, ValueSource> all) {
    return replace(secrets, all);
  }

  public ServiceBuilder cpu(int units) {
    this.cpu = units;
    return this;
  }

  public ServiceBuilder memory(int mib) {
    this.memory = mib;
    return this;
  }

  public ServiceBuilder replicas(int count) {
    this.replicas = count;
    return this;
  }

  public ServiceBuilder scaling(Scaling how) {
    this.scaling = Optional.of(how);
    return this;
  }

  public ServiceBuilder scaling(Optional<Scaling> how) {
    this.scaling = how;
    return this;
  }

  public ServiceBuilder messages(Messages routes) {
    this.messages = routes;
    return this;
  }

  public ServiceBuilder dependencies(List<String> names) {
    dependencies.clear();
    dependencies.addAll(names);
    return this;
  }

  public ServiceBuilder volume(Volume volume) {
    volumes.put(volume.name(), volume);
    return this;
  }

  public ServiceBuilder volumes(SortedMap<String, Volume> all) {
    return replace(volumes, all);
  }

  public ServiceBuilder tcp(TcpPort port) {
    tcp.add(port);
    return this;
  }

  public ServiceBuilder deployment(Deployment d) {
    this.deployment = Optional.of(d);
    return this;
  }

  public ServiceBuilder policies(Policies merged) {
    this.policies = merged;
    return this;
  }

  public ServiceBuilder container(ContainerSpec how) {
    this.container = how;
    return this;
  }

  public ServiceBuilder permissions(Permissions granted) {
    this.permissions = granted;
    return this;
  }

  public Service build() {
    return new Service(name, type, image, build, routes, environment, secrets, cpu, memory, replicas, scaling, messages,
        dependencies, volumes, policies, container, permissions, deployment, tcp);
  }

  private <V> ServiceBuilder replace(SortedMap<String, V> target, SortedMap<String, V> all) {
    target.clear();
    target.putAll(all);
    return this;
  }
}
