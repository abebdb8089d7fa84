package dev.exosphere.load;

import dev.exosphere.model.Dependency;
import dev.exosphere.model.Policies;
import dev.exosphere.model.Route;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceStack;
import dev.exosphere.model.ServiceType;
import dev.exosphere.rules.AlbConditions;
import dev.exosphere.rules.Formats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A service of {@code type: stack} (Ailtire's stacks of stacks): its child application, read with the same loader
 * from its own file ({@code stack: ./child}, a folder with an {@code exosphere.yml} or a file) or written inline
 * ({@code stack: {services: ...}}), its members flattened into the root application under qualified names, their
 * routes mounted under the stack's {@code interface} prefixes.
 *
 * <p>A child shares the parent's VPC, clusters, bus, load balancer and domain: it may declare only {@code name},
 * {@code version}, {@code policies} (over the parent's), {@code dependencies} (its own) and {@code services}.
 */
final class StackBinder {
  /** What a stack contributes: the tree node, its members and theirs (qualified, routes in the parent's space). */
  record Bound(ServiceStack stack, List<Service> members, Map<String, Dependency> dependencies,
      SourcePosition at, String yamlPath, Map<String, SourcePosition> positions) {}

  private final Values values;
  private final LoadContext ctx;
  private final AppFacts parent;

  StackBinder(Values values, AppFacts parent) {
    this.values = values;
    this.ctx = values.ctx();
    this.parent = parent;
  }

  /** True for a mapping whose {@code type} is {@code stack}. */
  static boolean isStack(YamlNode n) {
    return n instanceof YamlNode.MapNode m && m.entries().get("type") != null
        && m.entries().get("type").value() instanceof YamlNode.ScalarNode s && "stack".equals(s.text());
  }

  static Path canonical(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    try {
      return Files.exists(abs) ? abs.toRealPath() : abs;
    } catch (IOException e) {
      return abs;
    }
  }

  Optional<Bound> bind(YamlNode.Entry entry, String path) {
    return Obj.open(values, entry.value(), path, YamlShape.STACK_SERVICE).flatMap(o -> stack(entry, o));
  }

  private Optional<Bound> stack(YamlNode.Entry entry, Obj o) {
    if (o.get("stack").isEmpty()) {
      return Optional.empty(); // reported as a missing required key
    }
    YamlNode source = o.get("stack").get();
    Optional<Bound> bound;
    if (source instanceof YamlNode.MapNode) {
      bound = child(entry.key(), o, values, source, o.path("stack"), ctx.file());
    } else {
      bound = values.string(source, o.path("stack")).flatMap(s -> fromFile(entry.key(), o, source, s));
    }
    return bound;
  }

  private Optional<Bound> fromFile(String name, Obj o, YamlNode source, String where) {
    Path named = ctx.file().resolveSibling(where).normalize();
    Path given = Files.isDirectory(named) ? named.resolve("exosphere.yml") : named;
    Path real = canonical(given);
    if (parent.scope().files().contains(real)) {
      ctx.error(source.position(), o.path("stack"), "stack '" + name + "' includes itself: " + given
          + " is already a stack above it", "point 'stack' at another application, or write its services inline");
      return Optional.empty();
    }
    LoadContext own = new LoadContext(given);
    Optional<YamlNode> root = YamlSource.read(own).flatMap(text -> YamlReader.read(own, text));
    Optional<Bound> bound = root.flatMap(r -> child(name, o, new Values(own), r, "", given));
    own.problems().forEach(ctx::add);
    if (root.isEmpty()) {
      ctx.error(source.position(), o.path("stack"), "cannot read stack '" + name + "' from " + given,
          "point 'stack' at a folder with an exosphere.yml, or at a YAML file");
    }
    return bound;
  }

  /** Binds the child document {@code root} (in {@code file}, at {@code rootPath}) with {@code own} values. */
  private Optional<Bound> child(String name, Obj o, Values own, YamlNode root, String rootPath, Path file) {
    StackScope scope = parent.scope().child(name, file);
    String qualifier = scope.path().replace('/', '-');
    return Obj.open(own, root, rootPath, YamlShape.STACK_ROOT).map(c -> {
      c.read("name", (n, p) -> own.matching(n, p, Formats.APP_NAME, Formats.APP_NAME_RULE, AppBinder.dnsFix(n, 28)));
      c.string("version");
      Policies policies = new PolicyBinder(own).policies(c, Optional.of("and stack policies apply to every service"))
          .over(parent.policies());
      SortedMap<String, Dependency> deps = new AppBinder(own).dependencies(c);
      AppFacts facts = new AppFacts(deps.keySet(), parent.clusters(), parent.gateway(), policies, parent.permissions(),
          scope);
      Map<String, Service> services = c.get("services").map(n -> own.map(n, c.path("services"),
          "a mapping of service names to services", new ServiceBinder(own, facts)::bind)).orElse(Map.of());
      qualifiedNames(own, c, qualifier);
      List<Service> members = new ArrayList<>();
      List<String> ownMembers = new ArrayList<>();
      Map<String, Dependency> dependencies = new TreeMap<>();
      deps.values().forEach(d -> dependencies.put(qualifier + "-" + d.name(),
          new Dependency(qualifier + "-" + d.name(), d.type(), d.environment())));
      for (Service s : services.values()) {
        Service q = copy(s, qualifier + "-" + s.name(), s.routes(),
            s.dependencies().stream().map(d -> qualifier + "-" + d).toList());
        members.add(q);
        ownMembers.add(q.name());
      }
      SortedMap<String, ServiceStack> children = new TreeMap<>();
      Map<String, SourcePosition> positions = positions(file, root, qualifier);
      for (Bound b : scope.found()) {
        members.addAll(b.members());
        dependencies.putAll(b.dependencies());
        positions.putAll(b.positions());
        children.put(b.stack().name(), b.stack());
      }
      SortedMap<String, String> mounts = mounts(o);
      List<Service> mounted = mount(o, name, mounts, members);
      ownMembers.sort(null);
      ServiceStack stack = new ServiceStack(name, scope.path(), canonical(file), mounts, ownMembers, children);
      return new Bound(stack, mounted, dependencies, o.node().position(), o.path(), positions);
    });
  }

  /**
   * Where the members and dependencies are written, under their qualified paths ({@code services.cs-web.image}), so
   * that the checks of the whole model place their problems in the child's file.
   */
  private static Map<String, SourcePosition> positions(Path file, YamlNode root, String qualifier) {
    Map<String, SourcePosition> out = new java.util.HashMap<>();
    SourceMaps.of(file, root).all().forEach((path, at) -> {
      for (String section : List.of("services.", "dependencies.")) {
        if (path.startsWith(section)) {
          out.put(section + qualifier + "-" + path.substring(section.length()), at);
        }
      }
    });
    return out;
  }

  /** A member's qualified name is a service name too: DNS-safe and at most 32 characters. */
  private static void qualifiedNames(Values own, Obj c, String qualifier) {
    if (c.get("services").orElse(null) instanceof YamlNode.MapNode m) {
      for (YamlNode.Entry e : m.entries().values()) {
        String q = qualifier + "-" + e.key();
        if (Formats.SERVICE_NAME.matcher(e.key()).matches() && !Formats.SERVICE_NAME.matcher(q).matches()) {
          own.ctx().error(e.keyPosition(), Paths.child(c.path("services"), e.key()), "its deployed name '" + q
              + "' (the stack's path, then the name) is longer than 32 characters",
              "shorten the service's or the stack's name");
        }
        reservedVariables(own, e, Paths.child(c.path("services"), e.key()));
      }
    }
  }

  /** The stack's members get Ailtire's variables from the stack: one of their own would be overwritten. */
  private static void reservedVariables(Values own, YamlNode.Entry service, String path) {
    if (!(service.value() instanceof YamlNode.MapNode m)) {
      return;
    }
    for (String key : List.of("environment", "secrets")) {
      if (m.entries().get(key) != null && m.entries().get(key).value() instanceof YamlNode.MapNode vars) {
        vars.entries().values().stream().filter(v -> v.key().startsWith("AILTIRE_")).forEach(v -> own.ctx().error(
            v.keyPosition(), Paths.child(Paths.child(path, key), v.key()), "'" + v.key() + "' is set by the stack"
                + " (AILTIRE_APPNAME, AILTIRE_STACKNAME, AILTIRE_PARENT, AILTIRE_PARENT_NETWORK)",
            "rename the variable: names starting with AILTIRE_ are the stack's"));
      }
    }
  }

  /** The stack's {@code interface}: the parent's prefix to the path in the child it stands for ({@code /} by default). */
  private SortedMap<String, String> mounts(Obj o) {
    SortedMap<String, String> mounts = new TreeMap<>();
    o.get("interface").ifPresent(n -> values.map(n, o.path("interface"),
        "a mapping of path prefixes to {path: <the child's path>}, e.g. '/cs: {path: /}'", (e, p) -> {
          if (!ctx.check(e.keyPosition(), p, AlbConditions.prefix(e.key()))) {
            return Optional.empty();
          }
          String to = Values.isNull(e.value()) ? "/" : Obj.open(values, e.value(), p, YamlShape.STACK_MOUNT)
              .flatMap(m -> m.read("path", (v, vp) -> values.checked(v, vp, AlbConditions::prefix))).orElse("/");
          mounts.put(e.key(), to);
          return Optional.of(e.key());
        }));
    return mounts;
  }

  /** The members with their public routes under the stack's prefixes: the child still sees its own paths. */
  private List<Service> mount(Obj o, String name, SortedMap<String, String> mounts, List<Service> members) {
    boolean anyPublic = members.stream().anyMatch(s -> s.type() == ServiceType.PUBLIC);
    if (anyPublic && mounts.isEmpty()) {
      ctx.error(o.node().position(), o.path(), "stack '" + name + "' has public services but no 'interface' to mount"
          + " them under", "add 'interface: {/" + name + ": {path: /}}'");
      return members;
    }
    if (!anyPublic && o.has("interface")) {
      ctx.error(o.keyPosition("interface"), o.path("interface"), "stack '" + name + "' has no public service, so its"
          + " 'interface' would route nowhere", "remove 'interface', or make one of its services public");
    }
    List<Service> out = new ArrayList<>();
    for (Service s : members) {
      if (s.type() != ServiceType.PUBLIC) {
        out.add(s);
        continue;
      }
      SortedMap<String, Route> routes = new TreeMap<>();
      for (Route r : s.routes().values()) {
        Optional<Map.Entry<String, String>> m = mounts.entrySet().stream().filter(e -> under(r.prefix(), e.getValue()))
            .max(java.util.Comparator.comparingInt(e -> e.getValue().length()));
        if (m.isEmpty()) {
          ctx.error(o.keyPosition("interface"), o.path("interface"), "route '" + r.prefix() + "' of service '"
              + s.name() + "' is under none of the paths stack '" + name + "' mounts " + mounts.values(),
              "mount it, e.g. '/" + name + ": {path: /}'");
          continue;
        }
        String prefix = join(m.get().getKey(), r.prefix().substring(m.get().getValue().length()));
        routes.put(prefix, new Route(prefix, r.port(), r.protocol(), r.path(), r.healthCheck(), r.hosts()));
      }
      out.add(copy(s, s.name(), routes, s.dependencies()));
    }
    return out;
  }

  /** {@code s} under another name, routes and dependencies (the record's builder has no name to change). */
  private static Service copy(Service s, String name, SortedMap<String, Route> routes, List<String> dependencies) {
    return new Service(name, s.type(), s.image(), s.build(), routes, s.environment(), s.secrets(), s.cpu(), s.memory(),
        s.replicas(), s.scaling(), s.messages(), dependencies, s.volumes(), s.policies(), s.container(),
        s.permissions(), s.deployment(), s.tcp());
  }

  /** True when {@code prefix} is {@code base} or below it. */
  static boolean under(String prefix, String base) {
    String b = base.endsWith("/") ? base : base + "/";
    return prefix.equals(base) || prefix.startsWith(b) || base.equals("/");
  }

  /** {@code /cs} and {@code /api} into {@code /cs/api}; {@code /cs} and {@code ""} or {@code /} into {@code /cs}. */
  static String join(String mount, String rest) {
    String tail = rest.startsWith("/") ? rest : "/" + rest;
    if (tail.equals("/")) {
      return mount;
    }
    return (mount.endsWith("/") ? mount.substring(0, mount.length() - 1) : mount) + tail;
  }
}
