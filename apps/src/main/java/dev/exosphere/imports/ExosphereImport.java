package dev.exosphere.imports;

import dev.exosphere.imports.Imported.App;
import dev.exosphere.imports.Imported.Build;
import dev.exosphere.imports.Imported.Dependency;
import dev.exosphere.imports.Imported.Environment;
import dev.exosphere.imports.Imported.Route;
import dev.exosphere.imports.Imported.Secret;
import dev.exosphere.imports.Imported.Service;
import dev.exosphere.imports.SourceYaml.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Exosphere's application.yml and each service.yml it names, both generations: exo-deploy's
 * ({@code environments.<env>.providers.aws}, {@code services.public/private}) and the later one ({@code local} /
 * {@code remote}, {@code dependency-data.exocom}, {@code remote.environments}).
 */
final class ExosphereImport {
  private final ImportReport report;
  private final Path dir;
  private final String file;

  private ExosphereImport(ImportReport report, Path dir, String file) {
    this.report = report;
    this.dir = dir;
    this.file = file;
  }

  static App read(Path path, ImportReport report) {
    Path file = Files.isDirectory(path) ? path.resolve("application.yml") : path;
    SourceYaml yaml = SourceYaml.read(file, file.toString());
    return new ExosphereImport(report, file.toAbsolutePath().normalize().getParent(), file.toString())
        .app(yaml.root());
  }

  private App app(Value root) {
    App app = new App();
    Value name = root.get("name").orElseThrow(() -> new ImportException(file + ":1:1: no 'name'"));
    app.name = Names.app(name.text(), report, file, name.line(), "name");
    app.version = root.string("version").orElse(null);
    if (app.version == null) {
      app.version = "0.1.0";
      report.add(file, 1, "version", "no version; written as 0.1.0", "set the version");
    }
    root.reportOthers(report, "", Set.of("name", "version", "description", "bus", "environments", "services",
        "local", "remote", "dependencies"), "no place in exosphere.yml", "remove it");
    root.string("description").ifPresent(d -> report.add(file, root.get("description").get().line(), "description",
        "exosphere.yml has no description", "keep it as a comment"));
    root.get("bus").ifPresent(b -> app.busVersion = b.string("version").orElse(null));
    root.get("environments").ifPresent(e -> e.map().forEach((n, v) -> firstEnvironment(app, n, v)));
    root.get("dependencies").ifPresent(d -> d.list().forEach(x -> listedDependency(app, x)));
    root.get("local").ifPresent(l -> l.reportOthers(report, "local", Set.of("dependencies"),
        "local development settings: exo deploys only", "nothing"));
    root.get("local").flatMap(l -> l.get("dependencies")).ifPresent(d -> d.map().forEach((n, v) -> {
      if (n.equals("exocom")) {
        v.string("image").filter(i -> i.contains(":")).ifPresent(i -> app.busVersion = i.substring(i.indexOf(':') + 1));
      } else {
        report.add(file, v.line(), "local.dependencies." + n, "a container for local development; exo deploys "
            + "services and expects " + n + " to be run elsewhere", "give its address in dependencies." + n
            + ".environment");
      }
    }));
    root.get("remote").ifPresent(r -> remote(app, r));
    Value services = root.get("services").orElseThrow(() -> new ImportException(file + ":1:1: no 'services'"));
    Map<String, Value> groups = services.map();
    if (groups.containsKey("public") || groups.containsKey("private") || groups.containsKey("worker")) {
      groups.forEach((type, g) -> g.map().forEach((n, v) -> service(app, n, v, type)));
    } else {
      groups.forEach((n, v) -> service(app, n, v, null));
    }
    app.environments.values().forEach(e -> e.environment.remove("*"));
    boolean hasPublic = app.services.values().stream().anyMatch(s -> "public".equals(s.type));
    if (hasPublic) {
      app.services.values().stream().filter(s -> "public".equals(s.type)).flatMap(s -> s.routes.values().stream())
          .map(r -> r.port).filter(p -> p != null).findFirst().ifPresent(p -> {
            app.ports.put(80, p);
            app.environments.values().stream().filter(e -> e.domain != null).forEach(e -> {
              e.ports.put(80, p);
              e.ports.put(443, p);
            });
          });
    }
    return app;
  }

  /** exo-deploy: {@code environments.<env>: {domain, providers: {aws: {region, *-cluster-size, ...}}}}. */
  private void firstEnvironment(App app, String sourceName, Value v) {
    if (sourceName.equals("local")) {
      report.add(file, v.line(), "environments.local", "local development settings: exo deploys only", "nothing");
      return;
    }
    String name = Names.environment(sourceName, report, file, v.line(), "environments." + sourceName);
    Environment e = new Environment();
    e.source = file + ", environments." + sourceName;
    e.domain = v.string("domain").orElse(null);
    v.reportOthers(report, "environments." + sourceName, Set.of("domain", "providers"), "no place in exosphere.yml",
        "remove it");
    v.get("providers").ifPresent(p -> p.map().forEach((provider, aws) -> {
      if (!provider.equals("aws")) {
        report.add(file, aws.line(), "environments." + sourceName + ".providers." + provider, "exo deploys to AWS only",
            "nothing");
        return;
      }
      String at = "environments." + sourceName + ".providers.aws";
      e.region = aws.string("region").orElse(null);
      e.publicInstanceType = aws.get("public-cluster-size").map(t -> instanceType(t, at)).orElse(null);
      e.privateInstanceType = aws.get("private-cluster-size").map(t -> instanceType(t, at)).orElse(null);
      aws.get("remote-state-store").ifPresent(x -> report.add(file, x.line(), at + ".remote-state-store",
          "Terraform's state bucket: CDK keeps its state in CloudFormation", "nothing"));
      aws.reportOthers(report, at, Set.of("region", "public-cluster-size", "private-cluster-size",
          "remote-state-store"), "no place in exosphere.yml", "remove it");
    }));
    app.environments.put(name, e);
  }

  /** {@code t2.*} is older than every family exo knows; its t3 namesake is the same size. */
  private String instanceType(Value t, String at) {
    String type = t.text();
    if (type.startsWith("t2.")) {
      String t3 = "t3." + type.substring(3);
      report.add(file, t.line(), at + "." + t.key, "the t2 family is not one exo knows; written as " + t3
          + " (same vCPUs and memory)", "choose another type if you prefer");
      return t3;
    }
    return type;
  }

  private void listedDependency(App app, Value d) {
    String name = d.string("name").orElse("dependency");
    if (name.equals("exocom")) {
      d.string("version").ifPresent(v -> app.busVersion = v);
      return;
    }
    String safe = Names.service(name, report, file, d.line(), "dependencies." + name);
    Dependency dep = app.dependencies.computeIfAbsent(safe, k -> new Dependency());
    dep.type = safe.equals("mongo") ? "mongodb" : safe;
    report.add(file, d.line(), "dependencies." + name, "exo does not run " + name + "; its services get the "
        + "variables written under dependencies." + safe + ".environment", "add the variables with its address");
    d.get("config").ifPresent(c -> c.map().forEach((k, v) -> report.add(file, v.line(), "dependencies." + name
        + ".config." + k, "how Exosphere ran " + name + " as a container next to the services",
        k.equals("service-environment") ? "write the variables with its real address under dependencies." + safe
            + ".environment" : "nothing: exo does not run it")));
    d.reportOthers(report, "dependencies." + name, Set.of("name", "config"), "no place in exosphere.yml (exo runs no "
        + name + ")",
        "remove it");
  }

  /** The later generation: {@code remote: {dependencies: {exocom}, environments: {<env>: {url, region, ...}}}}. */
  private void remote(App app, Value r) {
    r.get("dependencies").ifPresent(d -> d.map().forEach((n, v) -> {
      if (n.equals("exocom")) {
        v.get("template-config").flatMap(t -> t.string("version")).ifPresent(x -> app.busVersion = x);
      } else {
        Dependency dep = app.dependencies.computeIfAbsent(n, k -> new Dependency());
        dep.type = v.string("type").orElse(n);
        report.add(file, v.line(), "remote.dependencies." + n, "exo does not create " + n + "; its services get "
            + "the variables written under dependencies." + n + ".environment", "add the variables with its address");
      }
    }));
    r.get("environments").ifPresent(envs -> envs.map().forEach((sourceName, v) -> {
      String name = Names.environment(sourceName, report, file, v.line(), "remote.environments." + sourceName);
      Environment e = app.environments.computeIfAbsent(name, k -> new Environment());
      e.source = file + ", remote.environments." + sourceName;
      e.domain = v.string("url").orElse(null);
      e.region = v.string("region").orElse(null);
      e.account = v.string("account-id").orElse(null);
      e.certificate = v.string("ssl-certificate-arn").orElse(null);
      v.get("environment-variables").ifPresent(vars -> vars.map().forEach((k, x) ->
          report.add(file, x.line(), "remote.environments." + sourceName + ".environment-variables." + k,
              "an application-wide variable: exo has variables per service", "written under each service's "
                  + "environment in environments." + name)));
      v.get("environment-variables").ifPresent(vars -> e.environment.put("*", textMap(vars)));
      v.reportOthers(report, "remote.environments." + sourceName, Set.of("url", "region", "account-id",
          "ssl-certificate-arn", "environment-variables"), "no place in exosphere.yml", "remove it");
    }));
    r.reportOthers(report, "remote", Set.of("dependencies", "environments"), "no place in exosphere.yml",
        "remove it");
  }

  private static Map<String, String> textMap(Value vars) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    vars.map().forEach((k, x) -> m.put(k, x.textOrNull() == null ? "" : x.textOrNull()));
    return m;
  }

  private void service(App app, String sourceName, Value v, String group) {
    String name = Names.service(sourceName, report, file, v.line(), "services." + sourceName);
    String at = "services." + (group == null ? "" : group + ".") + sourceName;
    Service s = new Service();
    v.reportOthers(report, at, Set.of("location", "docker_image", "namespace"), "no place in exosphere.yml",
        "remove it");
    s.namespace = v.string("namespace").orElse(null);
    Optional<String> location = v.string("location");
    Path folder = location.map(l -> dir.resolve(l).normalize()).orElse(null);
    Path serviceYml = folder == null ? null : folder.resolve("service.yml");
    if (folder != null && Files.exists(folder.resolve("Dockerfile"))) {
      s.build = new Build();
      s.build.context = folder.toString();
    } else if (folder != null && Files.exists(folder.resolve("Dockerfile.prod"))) {
      s.build = new Build();
      s.build.context = folder.toString();
      s.build.dockerfile = "Dockerfile.prod";
    } else {
      s.image = v.string("docker_image").orElse(null);
      if (s.image == null) {
        report.add(file, v.line(), at, "neither a Dockerfile in its location nor docker_image",
            "add a Dockerfile to " + location.orElse("its folder") + ", or docker_image");
      }
    }
    if (s.build != null) {
      v.get("docker_image").ifPresent(i -> report.add(file, i.line(), at + ".docker_image", "exo-deploy pushed "
          + "the image it built to " + i.text() + "; exo builds it as a CDK asset", "to push it to a registry of "
          + "yours: exo images push --registry"));
    }
    s.type = group;
    if (serviceYml != null && Files.exists(serviceYml)) {
      Path given = Path.of(file).getParent();
      String shown = (given == null ? dir.relativize(serviceYml) : given.resolve(dir.relativize(serviceYml))).toString();
      s.source = shown;
      new ServiceYml(report, shown, app, name, s).read(SourceYaml.read(serviceYml, shown).root());
    } else {
      s.source = file + ", " + at;
      if (location.isPresent()) {
        report.add(file, v.line(), at + ".location", "no service.yml in " + location.get(),
            "its messages, port and sizes are missing: add them to services." + name);
      }
    }
    if (s.type == null) {
      s.type = "worker";
      report.add(s.source, 0, "type", "no type; written as worker", "set public, private or worker");
    }
    if ("public".equals(s.type) && s.routes.isEmpty()) {
      s.routes.put("/", new Route());
      report.add(s.source, 0, "port", "a public service needs a port; none is given, so exo would use "
          + "interface.ports' default container port 3000", "add production.port to " + s.source
          + " (or interface./.port to services." + name + ")");
    }
    for (Environment e : app.environments.values()) {
      Map<String, String> all = e.environment.get("*");
      if (all != null) {
        all.forEach((k, x) -> s.environment.putIfAbsent(k, x));
        e.environment.computeIfAbsent(name, k -> new java.util.LinkedHashMap<>()).putAll(all);
      }
    }
    app.add(name, s, file + ":" + v.line());
  }

  static Secret secret(String app, String env, String name) {
    return new Secret("secret", app + "/" + (env == null ? "" : env + "/") + name);
  }
}
