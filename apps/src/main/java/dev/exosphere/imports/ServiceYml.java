package dev.exosphere.imports;

import dev.exosphere.imports.Imported.App;
import dev.exosphere.imports.Imported.Dependency;
import dev.exosphere.imports.Imported.Environment;
import dev.exosphere.imports.Imported.Route;
import dev.exosphere.imports.Imported.Service;
import dev.exosphere.imports.SourceYaml.Value;
import java.util.LinkedHashMap;
import java.util.Set;

/** One Exosphere service.yml (any generation) onto its {@link Service}. */
final class ServiceYml {
  private static final Set<String> KEYS = Set.of("type", "author", "description", "startup", "messages",
      "dependencies", "dependency-data", "production", "development", "remote", "docker", "environment-variables",
      "secrets");
  private static final Set<String> TYPES = Set.of("public", "private", "worker");

  private final ImportReport report;
  private final String file;
  private final App app;
  private final String name;
  private final Service s;

  ServiceYml(ImportReport report, String file, App app, String name, Service s) {
    this.report = report;
    this.file = file;
    this.app = app;
    this.name = name;
    this.s = s;
  }

  /**
   * {@code startup.command}, the container's command under exo-deploy (split on blanks, no shell), is exo's
   * {@code command} as written: exo splits a string the same way, and quotes group words.
   */
  private void command(Value c) {
    String command = c.textOrNull();
    if (command == null || command.isBlank()) {
      report.add(file, c.line(), "startup.command", "empty; left out (the image's CMD applies)", "");
      return;
    }
    s.command = command;
    if (SHELL.matcher(command).find()) {
      report.add(file, c.line(), "startup.command", "written as command; no shell runs it, so '" + command
          + "' gets its shell characters (&&, |, ;, $, >, *) as plain words", "if it needs a shell, write command: "
          + "[sh, -c, \"...\"]");
    }
  }

  private static final java.util.regex.Pattern SHELL = java.util.regex.Pattern.compile("[&|;$<>*`]");

  void read(Value root) {
    root.reportOthers(report, "", KEYS, "no place in exosphere.yml", "remove it");
    root.get("type").ifPresent(t -> {
      if (TYPES.contains(t.text())) {
        s.type = t.text();
      } else {
        report.add(file, t.line(), "type", "'" + t.text() + "' is the service's role (exo-deploy's type); exo "
            + "names the service after its key in application.yml", "nothing");
      }
    });
    root.get("description").ifPresent(d -> report.add(file, d.line(), "description", "no description in "
        + "exosphere.yml", "keep it as a comment"));
    root.get("author").ifPresent(d -> report.add(file, d.line(), "author", "no author in exosphere.yml",
        "keep it as a comment"));
    root.get("startup").ifPresent(st -> {
      st.get("command").ifPresent(this::command);
      st.get("online-text").ifPresent(c -> report.add(file, c.line(), "startup.online-text", "exo knows a service "
          + "is up by its health check, not its output", "give it a health check (production.health-check)"));
      st.reportOthers(report, "startup", Set.of("command", "online-text"), "no place in exosphere.yml", "remove it");
    });
    root.get("messages").ifPresent(this::messages);
    root.get("dependency-data").ifPresent(d -> {
      d.get("exocom").ifPresent(this::messages);
      d.reportOthers(report, "dependency-data", Set.of("exocom"), "no place in exosphere.yml",
          "give the service the variables it needs under environment");
    });
    root.get("dependencies").ifPresent(this::dependencies);
    root.get("docker").ifPresent(d -> {
      d.get("ports").ifPresent(ps -> ps.list().stream().findFirst().ifPresent(p -> {
        String port = String.valueOf(p.text()).substring(String.valueOf(p.text()).lastIndexOf(':') + 1);
        if (!port.matches("\\d{1,5}")) {
          throw p.wrong("a port such as '3000:3000'");
        }
        route().port = Integer.valueOf(port);
      }));
      d.get("ports").ifPresent(ps -> ps.list().stream().skip(1).forEach(p -> report.add(file, p.line(), "docker."
          + p.key, "a further port of the local docker run: exo routes one port per service (HTTP); left out",
          "if clients need it as plain TCP and the service is public, write tcp: [{port: <n>}]")));
      d.reportOthers(report, "docker", Set.of("ports"), "no place in exosphere.yml", "remove it");
    });
    root.get("development").ifPresent(d -> report.add(file, d.line(), "development", "local development "
        + "settings: exo deploys only", "nothing"));
    root.get("production").ifPresent(this::production);
    root.get("remote").ifPresent(this::remote);
    root.get("environment-variables").ifPresent(v -> v.map().forEach((k, x) -> s.environment.put(k, text(x))));
    root.get("secrets").ifPresent(this::secrets);
  }

  private Route route() {
    return s.routes.computeIfAbsent("/", k -> new Route());
  }

  private void messages(Value m) {
    m.get("sends").ifPresent(l -> l.list().forEach(x -> s.sends.add(x.text())));
    m.get("receives").ifPresent(l -> l.list().forEach(x -> s.receives.add(x.text())));
    m.reportOthers(report, m.key, Set.of("sends", "receives"), "no place in exosphere.yml", "remove it");
  }

  /** exo-deploy: {@code {mongo: {prod: address}}}; early 2017: {@code [{name, version}]}. */
  private void dependencies(Value d) {
    if (d.isList()) {
      d.list().forEach(x -> {
        add(x.string("name").orElse("dependency"), null, x);
        x.reportOthers(report, "dependencies." + x.string("name").orElse(""), Set.of("name"),
            "no place in exosphere.yml (exo runs no dependency)", "nothing");
      });
      return;
    }
    d.map().forEach((n, v) -> add(n, v.isMap() ? v.string("prod").orElse(null) : null, v));
  }

  private void add(String dependency, String address, Value at) {
    if (dependency.equals("exocom")) {
      return;
    }
    String dep = Names.service(dependency, report, file, at.line(), "dependencies." + dependency);
    Dependency d = app.dependencies.computeIfAbsent(dep, k -> new Dependency());
    d.type = dep.equals("mongo") ? "mongodb" : dep;
    if (address != null) {
      d.environment.put(Names.variable(dep) + "_ADDRESS", address);
    } else if (d.environment.isEmpty()) {
      report.add(file, at.line(), "dependencies." + dependency, "exo does not run " + dependency
          + "; no address is given for it", "add its variables under dependencies." + dep + ".environment");
    }
    if (!s.dependencies.contains(dep)) {
      s.dependencies.add(dep);
    }
  }

  /** {@code production: {url, port, health-check, aws: {cpu, memory, public-port}}}. */
  private void production(Value p) {
    p.get("port").flatMap(Value::integer).ifPresent(x -> route().port = x);
    p.get("health-check").ifPresent(h -> route().healthCheck = h.text());
    p.get("url").ifPresent(u -> {
      boolean domain = app.environments.values().stream().anyMatch(e -> u.text().equals(e.domain));
      if (!domain && "public".equals(s.type)) {
        route().hosts.add(u.text());
      } else if (!domain) {
        report.add(file, u.line(), "production.url", "only public services have host names (the load balancer's)",
            "nothing: other services reach it through ExoCom or its Cloud Map name");
      }
    });
    p.get("aws").ifPresent(a -> {
      a.get("cpu").flatMap(Value::integer).ifPresent(x -> s.cpu = x);
      a.get("memory").flatMap(Value::integer).ifPresent(x -> s.memory = x);
      a.get("public-port").flatMap(Value::integer).ifPresent(x -> route().port = x);
      a.reportOthers(report, "production.aws", Set.of("cpu", "memory", "public-port"), "no place in exosphere.yml",
          "remove it (every container is essential)");
    });
    p.reportOthers(report, "production", Set.of("port", "health-check", "url", "aws"), "no place in exosphere.yml",
        "remove it");
  }

  /** The later generation: {@code remote: {cpu, memory, environments: {<env>: {url, environment-variables, secrets}}}}. */
  private void remote(Value r) {
    r.get("cpu").flatMap(Value::integer).ifPresent(x -> s.cpu = x);
    r.get("memory").flatMap(Value::integer).ifPresent(x -> s.memory = x);
    r.get("environments").ifPresent(envs -> envs.map().forEach((sourceName, v) -> {
      String env = Names.dnsSafe(sourceName, 16);
      Environment e = app.environments.computeIfAbsent(env, k -> new Environment());
      v.get("url").ifPresent(u -> {
        if (!u.text().equals(e.domain)) {
          report.add(file, u.line(), "remote.environments." + sourceName + ".url", "a service's own host per "
              + "environment: exosphere.yml's routes and hosts are the same in every environment",
              "write interface./.hosts in services." + name + " if all environments share it");
        }
      });
      v.get("environment-variables").ifPresent(vars -> vars.map().forEach((k, x) -> {
        if (!s.environment.containsKey(k)) {
          s.environment.put(k, text(x));
          report.add(file, x.line(), "remote.environments." + sourceName + ".environment-variables." + k,
              "defined in an environment only; exosphere.yml's environments override variables of the base, so "
                  + "the base gets this value too", "check services." + name + ".environment." + k);
        }
        e.environment.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(k, text(x));
      }));
      v.get("secrets").ifPresent(list -> list.list().forEach(x -> {
        String secret = x.text();
        if (!s.secrets.containsKey(secret)) {
          s.secrets.put(secret, ExosphereImport.secret(app.name, env, secret));
        }
        e.secrets.computeIfAbsent(name, n -> new LinkedHashMap<>())
            .put(secret, ExosphereImport.secret(app.name, env, secret));
        report.add(file, x.line(), "remote.environments." + sourceName + ".secrets", "Exosphere names secrets only; "
            + "exo reads " + secret + " from the Secrets Manager secret " + app.name + "/" + env + "/" + secret,
            "create that secret (or write another {secret: ...} or {ssm: ...})");
      }));
      v.reportOthers(report, "remote.environments." + sourceName, Set.of("url", "environment-variables",
          "secrets"), "no place in exosphere.yml", "remove it");
    }));
    r.reportOthers(report, "remote", Set.of("cpu", "memory", "environments"), "no place in exosphere.yml",
        "remove it");
  }

  private void secrets(Value list) {
    list.list().forEach(x -> {
      s.secrets.put(x.text(), ExosphereImport.secret(app.name, null, x.text()));
      report.add(file, x.line(), "secrets", "Exosphere names secrets only; exo reads " + x.text()
          + " from the Secrets Manager secret " + app.name + "/" + x.text(), "create that secret");
    });
  }

  private static String text(Value x) {
    return x.textOrNull() == null ? "" : x.textOrNull();
  }
}
