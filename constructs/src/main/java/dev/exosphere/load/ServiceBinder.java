package dev.exosphere.load;

import dev.exosphere.model.Build;
import dev.exosphere.model.ClusterSpec;
import dev.exosphere.model.ContainerSpec;
import dev.exosphere.model.Permissions;
import dev.exosphere.model.Deployment;
import dev.exosphere.model.Messages;
import dev.exosphere.model.Policies;
import dev.exosphere.model.Route;
import dev.exosphere.model.Scaling;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import dev.exosphere.model.ValueSource;
import dev.exosphere.model.Volume;
import dev.exosphere.rules.Limits;
import dev.exosphere.rules.ServiceNames;
import dev.exosphere.rules.Volumes;
import dev.exosphere.rules.InstanceType;
import dev.exosphere.rules.InstanceTypes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** One value of {@code services} into a {@link Service}, checked against the rest of the application. */
final class ServiceBinder {
  private static final List<String> TYPES = List.of("public", "private", "worker");

  private final Values values;
  private final LoadContext ctx;
  private final AppFacts app;
  private final InstanceFit fit;
  /** The dependencies of the service being bound, to catch one listed twice. */
  private final java.util.Set<String> listed = new java.util.HashSet<>();

  ServiceBinder(Values values, AppFacts app) {
    this.values = values;
    this.ctx = values.ctx();
    this.app = app;
    this.fit = new InstanceFit(values);
  }

  Optional<Service> bind(YamlNode.Entry entry, String path) {
    AppBinder.checkServiceName(ctx, entry, path);
    ctx.check(entry.keyPosition(), path, ServiceNames.notReserved(entry.key()));
    if (StackBinder.isStack(entry.value())) {
      // a stack is no service of its own: its members join the application through the scope
      new StackBinder(values, app).bind(entry, path).ifPresent(app.scope().found()::add);
      return Optional.empty();
    }
    return Obj.open(values, entry.value(), path, YamlShape.SERVICE).flatMap(o -> service(entry.key(), o));
  }

  private Optional<Service> service(String name, Obj o) {
    Optional<ServiceType> type = o.read("type", this::type);
    boolean isPublic = type.orElse(null) == ServiceType.PUBLIC;
    Optional<String> image = o.read("image", new AppBinder(values)::image);
    Optional<Build> build = o.read("build", new BuildBinder(values)::bind);
    if (o.has("image") && o.has("build")) {
      ctx.error(o.keyPosition("image"), o.path("image"), "'image' and 'build' exclude each other",
          "keep build to build from source, or image to run a published image");
    } else if (!o.has("image") && !o.has("build")) {
      ctx.error(o.node().position(), o.path(), "expected 'build' or 'image', got neither",
          "add 'build: ./<folder with a Dockerfile>' or 'image: <registry>/<name>:<tag>'");
    }
    SortedMap<String, Route> routes = routes(o, type);
    Variables vars = new Variables(values);
    SortedMap<String, String> environment = vars.plain(o, "environment");
    SortedMap<String, ValueSource> secrets = vars.sources(o, "secrets", false);
    secrets.keySet().stream().filter(environment::containsKey).forEach(k -> ctx.error(
        keyIn(o, "secrets", k), o.path("secrets") + "." + k, "'" + k + "' is also set under 'environment'", "keep one of them"));
    int cpu = o.integer("cpu", Service.DEFAULT_CPU, Limits.CONTAINER_CPU.min(), Limits.CONTAINER_CPU.max(), "a number of CPU units");
    int memory = o.integer("memory", Service.DEFAULT_MEMORY, Limits.CONTAINER_MEMORY_MIB.min(), Limits.CONTAINER_MEMORY_MIB.max(), "a number of MiB");
    type.ifPresent(t -> checkFit(o, t, cpu, memory));
    Optional<Integer> ownReplicas = o.read("replicas", (n, p) -> values.integer(n, p, 0, 1000, "a task count"));
    int replicas = ownReplicas.orElse(1);
    Optional<String> notPublic = isPublic ? Optional.empty() : Optional.of("and '" + name + "' is " + type.map(ServiceType::yamlName).orElse("not public"));
    PolicyBinder policyBinder = new PolicyBinder(values);
    Optional<Scaling> ownScaling = policyBinder.scaling(o, notPublic);
    Policies policies = policyBinder.servicePolicies(o, notPublic).over(app.policies());
    Messages messages = o.child("messages", YamlShape.MESSAGES).map(this::messages).orElse(Messages.none());
    listed.clear();
    List<String> dependencies = o.get("dependencies").map(n -> values.list(n, o.path("dependencies"), this::dependency)).orElse(List.of());
    SortedMap<String, Volume> volumes = new TreeMap<>(o.get("volumes")
        .map(n -> values.map(n, o.path("volumes"), "a mapping of volume names to {source, target}", this::volume)).orElse(Map.of()));
    ownScaling.or(policies::scaling).filter(sc -> ownReplicas.isPresent() && sc.min() <= sc.max()
        && (replicas < sc.min() || replicas > sc.max()))
        .ifPresent(sc -> ctx.error(o.position("replicas"), o.path("replicas"), "expected replicas within the service's scaling "
            + sc.min() + "-" + sc.max() + (ownScaling.isPresent() ? "" : " (from the application's policies)") + ", got "
            + replicas + ": the task count would be changed to fit", "set replicas within it, or leave it out"));
    distinctTargets(o, volumes);
    ContainerSpec container = new ContainerBinder(values).bind(o);
    Permissions permissions = new PermissionsBinder(values).bind(o).plus(app.permissions());
    Optional<Deployment> deployment = new DeploymentBinder(values).deployment(o, type, routes);
    List<dev.exosphere.model.TcpPort> tcp = new TcpBinder(values).tcp(o, type, deployment,
        !app.scope().path().isEmpty());
    return type.map(t -> new Service(name, t, image, build, routes, environment, secrets, cpu, memory, replicas,
        ownScaling.or(policies::scaling), messages, List.copyOf(dependencies), volumes, policies, container,
        permissions, deployment, tcp));
  }

  private static SourcePosition keyIn(Obj o, String key, String sub) {
    return o.get(key).filter(YamlNode.MapNode.class::isInstance).map(n -> ((YamlNode.MapNode) n).entries().get(sub))
        .map(YamlNode.Entry::keyPosition).orElse(o.node().position());
  }

  private Optional<ServiceType> type(YamlNode n, String path) {
    return values.string(n, path).flatMap(t -> {
      if (TYPES.contains(t)) {
        return Optional.of(ServiceType.valueOf(t.toUpperCase(java.util.Locale.ROOT)));
      }
      ctx.error(n.position(), path, "expected public, private, worker or stack, got '" + t + "'",
          Suggestions.didYouMean(t, List.of("public", "private", "worker", "stack")));
      return Optional.empty();
    });
  }

  private SortedMap<String, Route> routes(Obj o, Optional<ServiceType> type) {
    // a worker's interface is refused whole below
    boolean behindLoadBalancer = type.orElse(null) != ServiceType.PRIVATE;
    SortedMap<String, Route> routes = o.get("interface")
        .map(n -> new RouteBinder(values, app.defaultPort(), behindLoadBalancer).bind(n, o.path("interface")))
        .orElse(new TreeMap<>());
    boolean noRoutes = o.get("interface").map(n -> Values.isNull(n) || n instanceof YamlNode.MapNode m && m.entries().isEmpty()).orElse(true);
    if (type.orElse(null) == ServiceType.PUBLIC && noRoutes) {
      ctx.error(o.node().position(), o.path(), "a public service needs an 'interface': the paths the load balancer sends to it",
          "add 'interface: {/: {port: 3000}}', or make it private");
    } else if (type.orElse(null) == ServiceType.WORKER && o.has("interface")) {
      ctx.error(o.keyPosition("interface"), o.path("interface"), "a worker has no inbound port, so no 'interface'",
          "remove 'interface', or make it a private or public service");
    } else if (type.orElse(null) == ServiceType.PRIVATE && o.get("interface").orElse(null) instanceof YamlNode.MapNode m
        && m.entries().size() > 1) {
      YamlNode.Entry second = m.entries().values().stream().skip(1).findFirst().orElseThrow();
      ctx.error(second.keyPosition(), Paths.child(o.path("interface"), second.key()),
          "a private service has one route: its Cloud Map record names one port, so a second route would not be reachable",
          "keep one route, e.g. '/: {port: 3000}', or make the service public");
    } else if (type.orElse(null) == ServiceType.PRIVATE && o.get("interface").orElse(null) instanceof YamlNode.MapNode m
        && m.entries().size() == 1 && !m.entries().containsKey("/")) {
      YamlNode.Entry only = m.entries().values().iterator().next();
      ctx.error(only.keyPosition(), Paths.child(o.path("interface"), only.key()), "the prefix '" + only.key()
          + "' does nothing on a private service: it is reached on its port through Cloud Map, on any path",
          "write '/' as the key, or make the service public");
    }
    return routes;
  }

  private void checkFit(Obj o, ServiceType type, int cpu, int memory) {
    boolean onPublic = type == ServiceType.PUBLIC;
    ClusterSpec cluster = onPublic ? app.clusters().publicCluster() : app.clusters().privateCluster();
    List<InstanceType> types = cluster.instanceTypes().stream().flatMap(t -> InstanceTypes.find(t).stream()).toList();
    fit.check(o, cpu, memory, types, "clusters." + (onPublic ? "public" : "private")
        + (types.size() > 1 ? ".instanceTypes (its smallest type)" : ".instanceType"));
  }

  private Messages messages(Obj o) {
    List<String> sends = o.get("sends").map(n -> values.list(n, o.path("sends"), values::string)).orElse(List.of());
    List<String> receives = o.get("receives").map(n -> values.list(n, o.path("receives"), values::string)).orElse(List.of());
    return new Messages(List.copyOf(sends), List.copyOf(receives), o.string("namespace"));
  }

  private Optional<String> dependency(YamlNode n, String path) {
    return values.string(n, path).filter(d -> {
      if (listed.contains(d)) {
        ctx.error(n.position(), path, "'" + d + "' is listed twice", "list each dependency once");
        return false;
      }
      listed.add(d);
      if (!app.dependencyNames().contains(d)) {
        String fix = Suggestions.closest(d, app.dependencyNames()).map(c -> "did you mean '" + c + "'?")
            .orElse("define it under the top-level 'dependencies'");
        ctx.error(n.position(), path, "'" + d + "' is not defined under the top-level 'dependencies'", fix);
        return false;
      }
      return true;
    });
  }

  private Optional<Volume> volume(YamlNode.Entry e, String path) {
    ctx.check(e.keyPosition(), path, Volumes.name(e.key()));
    return Obj.open(values, e.value(), path, YamlShape.VOLUME).flatMap(v -> {
      Optional<String> source = v.read("source", (n, p) -> values.checked(n, p, s -> Volumes.path(s, false)));
      Optional<String> target = v.read("target", (n, p) -> values.checked(n, p, s -> Volumes.path(s, true)));
      boolean readOnly = v.bool("readOnly", false);
      return source.flatMap(s -> target.map(t -> new Volume(e.key(), s, t, readOnly)));
    });
  }

  /** Docker refuses two mounts on one container path. */
  private void distinctTargets(Obj o, SortedMap<String, Volume> volumes) {
    Map<String, String> byTarget = new TreeMap<>();
    for (Volume v : volumes.values()) {
      String first = byTarget.putIfAbsent(v.target().replaceAll("(.)/+$", "$1"), v.name());
      if (first != null) {
        String p = o.path("volumes") + "." + v.name() + ".target";
        SourcePosition at = o.get("volumes").map(n -> ((YamlNode.MapNode) n).entries().get(v.name()).value())
            .filter(YamlNode.MapNode.class::isInstance).map(n -> ((YamlNode.MapNode) n).entries().get("target"))
            .map(t -> t.value().position()).orElse(keyIn(o, "volumes", v.name()));
        ctx.error(at, p, "'" + v.target() + "' is also the target of volume '" + first + "'",
            "mount each volume at its own container path");
      }
    }
  }
}
