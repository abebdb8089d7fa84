package dev.exosphere.imports;

import dev.exosphere.imports.Imported.App;
import dev.exosphere.imports.Imported.Build;
import dev.exosphere.imports.Imported.Route;
import dev.exosphere.imports.Imported.Secret;
import dev.exosphere.imports.Imported.Service;
import dev.exosphere.imports.Imported.Volume;
import dev.exosphere.imports.SourceYaml.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Compose Specification file (compose.yaml, docker-compose.yml) into an {@link App}. */
final class ComposeImport {
  private static final List<String> FILES =
      List.of("compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml");
  private static final Set<String> SERVICE_KEYS = Set.of("image", "build", "environment", "env_file", "ports",
      "healthcheck", "deploy", "secrets", "volumes", "expose");
  /** An HTTP URL in a health check command: its path is what the load balancer can ask. */
  private static final Pattern HTTP_URL = Pattern.compile("https?://[^/\\s:]+(?::\\d+)?(/[^\\s'\"]*)?");
  private static final Pattern DURATION = Pattern.compile("(?:(\\d+)m)?(?:(\\d+)s)?");
  private static final Pattern MEMORY = Pattern.compile("(?i)(\\d{1,12})([bkmg]?)b?");

  private final ImportReport report;
  private final Path dir;
  private final String file;
  private Value topSecrets;

  private ComposeImport(ImportReport report, Path dir, String file) {
    this.report = report;
    this.dir = dir;
    this.file = file;
  }

  static App read(Path path, ImportReport report) {
    Path file = path;
    if (Files.isDirectory(path)) {
      file = FILES.stream().map(path::resolve).filter(Files::exists).findFirst()
          .orElseThrow(() -> new ImportException(path + ": no compose.yaml, compose.yml, docker-compose.yaml or "
              + "docker-compose.yml here"));
    }
    Path dir = file.toAbsolutePath().normalize().getParent();
    SourceYaml yaml = SourceYaml.read(file, file.toString());
    return new ComposeImport(report, dir, file.toString()).app(yaml.root());
  }

  private App app(Value root) {
    App app = new App();
    String name = root.string("name").orElse(dir.getFileName() == null ? "app" : dir.getFileName().toString());
    app.name = Names.app(name, report, file, root.get("name").map(Value::line).orElse(1), "name");
    app.version = "0.1.0";
    report.add(file, 1, "version", "compose has no application version; written as 0.1.0", "set the version");
    topSecrets = root.get("secrets").orElse(null);
    root.reportOthers(report, "", Set.of("name", "services", "secrets", "volumes"),
        "no place in exosphere.yml (one application, its network made by exo)", "remove it, or see docs/import.md");
    root.get("volumes").ifPresent(v -> v.reportOthers(report, "volumes", Set.of(),
        "named volumes have no place in exosphere.yml (volumes are host folders of the ECS instance)",
        "mount a host folder: services.<name>.volumes.<v>: {source: /abs/host/path, target: ...}"));
    Value services = root.get("services").orElseThrow(() -> new ImportException(file + ":1:1: no 'services'"));
    services.map().forEach((n, s) -> service(app, n, s));
    app.services.values().stream().filter(s -> "public".equals(s.type)).findFirst()
        .flatMap(s -> s.routes.values().stream().findFirst()).ifPresent(r -> app.ports.put(80, r.port));
    return app;
  }

  private void service(App app, String sourceName, Value v) {
    String name = Names.service(sourceName, report, file, v.line(), "services." + sourceName);
    String at = "services." + sourceName;
    Service s = new Service();
    s.source = file + ", services." + sourceName;
    v.map().forEach((k, x) -> {
      if (k.equals("labels")) {
        labels(x, at);
      } else if (!SERVICE_KEYS.contains(k)) {
        report.noKey(file, x.line(), at + "." + k, FIXES.getOrDefault(k, "remove it, or see docs/import.md"));
      }
    });
    image(s, v, at);
    ports(s, v, at);
    v.get("environment").ifPresent(e -> environment(s, e));
    v.get("env_file").ifPresent(e -> envFiles(s, e, at));
    v.get("healthcheck").ifPresent(h -> healthcheck(s, h, at));
    v.get("deploy").ifPresent(d -> deploy(s, d, at));
    v.get("secrets").ifPresent(sec -> secrets(app, s, sec, at));
    v.get("volumes").ifPresent(vol -> volumes(s, vol, at));
    app.add(name, s, file + ":" + v.line());
  }

  /** What to do about the usual keys without a place. */
  private static final Map<String, String> FIXES = Map.of(
      "command", "put it in the image as CMD",
      "entrypoint", "put it in the image as ENTRYPOINT",
      "depends_on", "ECS starts services independently: make each one wait for (or retry) what it needs",
      "labels", "keep what they say as comments, or as environment variables if the service reads them",
      "restart", "nothing: ECS restarts stopped tasks",
      "networks", "nothing: exo places services in its own VPC; services reach each other through ExoCom",
      "expose", "nothing: an exposed port becomes the private service's route",
      "container_name", "nothing: ECS names tasks",
      "user", "put it in the image as USER",
      "working_dir", "put it in the image as WORKDIR");

  /** Each label on its own line of the report, so that what it says is kept in the generated file. */
  private void labels(Value labels, String at) {
    if (labels.isList()) {
      labels.list().forEach(l -> report.noKey(file, l.line(), at + ".labels", "'" + l.text() + "': keep it as a "
          + "comment, or as an environment variable if the service reads it"));
    } else {
      labels.map().forEach((k, l) -> report.noKey(file, l.line(), at + ".labels." + k, "'" + l.text() + "': keep "
          + "it as a comment, or as an environment variable if the service reads it"));
    }
  }

  private void image(Service s, Value v, String at) {
    Optional<Value> build = v.get("build");
    if (build.isPresent()) {
      Build b = new Build();
      Value bv = build.get();
      if (bv.isScalar()) {
        b.context = dir.resolve(bv.text()).normalize().toString();
      } else {
        b.context = dir.resolve(bv.string("context").orElse(".")).normalize().toString();
        b.dockerfile = bv.string("dockerfile").orElse(null);
        b.target = bv.string("target").orElse(null);
        bv.get("args").ifPresent(a -> variables(a, b.args));
        b.args.forEach((k, x) -> {
          if (x == null) {
            report.add(file, bv.line(), at + ".build.args." + k, "takes its value from the shell running compose",
                "write its value");
          }
        });
        b.args.values().removeIf(java.util.Objects::isNull);
        bv.reportOthers(report, at + ".build", Set.of("context", "dockerfile", "args", "target"),
            "exosphere.yml's build has no key for this", "set it in the Dockerfile");
      }
      s.build = b;
      v.get("image").ifPresent(i -> report.add(file, i.line(), at + ".image", "with build, compose tags the "
          + "image it builds as " + i.text() + "; exo builds it as a CDK asset", "exo images push --registry pins it"));
    } else {
      s.image = v.string("image").orElse(null);
      if (s.image == null) {
        report.add(file, v.line(), at, "neither image nor build", "add image: or build: to the service");
      }
    }
  }

  /** Published ports make a public service (one route, /), exposed ports a private one, none a worker. */
  private void ports(Service s, Value v, String at) {
    List<Value> ports = v.get("ports").map(Value::list).orElse(List.of());
    s.type = "worker";
    for (Value p : ports) {
      Integer container = containerPort(p);
      if (container == null) {
        report.add(file, p.line(), p.key, "not a TCP port exo can route", "write the container port as a number");
      } else if (s.routes.isEmpty()) {
        s.type = "public";
        Route r = new Route();
        r.port = container;
        s.routes.put("/", r);
        report.add(file, p.line(), at + ".ports", "published port " + p.describe() + " becomes the route / on the "
            + "load balancer (HTTP on 80) to container port " + container, "check that the service speaks HTTP");
      } else {
        report.noKey(file, p.line(), p.key, "exo routes one port per service from the load balancer; listener "
            + "ports other than 80/443 have no key yet: reach it through ExoCom or another service");
      }
    }
    if (s.routes.isEmpty() && v.get("expose").isPresent()) {
      List<Value> exposed = v.get("expose").get().list();
      if (!exposed.isEmpty()) {
        s.type = "private";
        Route r = new Route();
        String port = exposed.get(0).text().replaceAll("/.*", "");
        if (!port.matches("\\d{1,5}")) {
          throw new ImportException(file + ":" + exposed.get(0).line() + ": " + at + ".expose: expected a port, got '"
              + port + "'");
        }
        r.port = Integer.valueOf(port);
        s.routes.put("/", r);
        exposed.stream().skip(1).forEach(x -> report.noKey(file, x.line(), x.key, "a private service has one "
            + "route, on one port: reach this one through ExoCom"));
      }
    }
  }

  private Integer containerPort(Value p) {
    if (p.isMap()) {
      if (p.string("protocol").filter(x -> !x.equals("tcp")).isPresent()) {
        return null;
      }
      return p.get("target").flatMap(Value::integer).orElse(null);
    }
    String t = p.textOrNull();
    if (t == null || t.endsWith("/udp")) {
      return null;
    }
    String last = t.replaceAll("/tcp$", "");
    last = last.substring(last.lastIndexOf(':') + 1);
    return last.matches("\\d{1,5}") ? Integer.valueOf(last) : null;
  }

  private void environment(Service s, Value e) {
    if (e.isList()) {
      for (Value item : e.list()) {
        String t = item.text();
        int eq = t.indexOf('=');
        if (eq < 0) {
          report.add(file, item.line(), item.key, "'" + t + "' takes its value from the shell running compose",
              "write its value: environment: {" + t + ": ...}");
        } else {
          put(s, t.substring(0, eq), t.substring(eq + 1), file, item.line());
        }
      }
    } else {
      e.map().forEach((k, v) -> {
        if (v.textOrNull() == null) {
          report.add(file, v.line(), "environment." + k, "takes its value from the shell running compose",
              "write its value");
        } else {
          put(s, k, v.text(), file, v.line());
        }
      });
    }
  }

  private void put(Service s, String key, String value, String from, int line) {
    if (value.contains("${") || value.matches(".*\\$[A-Za-z_].*")) {
      report.add(from, line, key, "compose substitutes variables in '" + value + "'; exo writes the text as it is",
          "write the value itself, or make it a secret");
    }
    s.environment.put(key, value);
  }

  private void envFiles(Service s, Value e, String at) {
    List<String> files = e.isScalar() ? List.of(e.text()) : e.list().stream()
        .map(x -> x.isMap() ? x.string("path").orElse("") : x.text()).toList();
    for (String f : files) {
      Path path = dir.resolve(f).normalize();
      List<String> lines;
      try {
        lines = Files.readAllLines(path);
      } catch (IOException ex) {
        throw new ImportException(file + ":" + e.line() + ": " + at + ".env_file: cannot read " + f);
      }
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i).trim();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        int eq = l.indexOf('=');
        if (eq <= 0) {
          report.add(f, i + 1, l, "not KEY=VALUE", "fix the line");
          continue;
        }
        String value = l.substring(eq + 1).trim().replaceAll("^\"(.*)\"$", "$1").replaceAll("^'(.*)'$", "$1");
        put(s, l.substring(0, eq).trim(), value, f, i + 1);
      }
    }
  }

  private void healthcheck(Service s, Value h, String at) {
    Route r = s.routes.get("/");
    if (r == null) {
      report.add(file, h.line(), at + ".healthcheck", "exo checks health through the load balancer or Cloud Map "
          + "route; this service has no port", "publish or expose its port, or leave the check in the image");
      return;
    }
    Matcher m = HTTP_URL.matcher(h.get("test").map(t -> t.isList()
        ? String.join(" ", t.list().stream().map(Value::text).toList()) : t.text()).orElse(""));
    if (m.find()) {
      r.healthCheck = m.group(1) == null ? "/" : m.group(1);
    } else {
      report.add(file, h.line(), at + ".healthcheck.test", "exo's health checks are HTTP paths; this command "
          + "is not a URL", "write interface./.healthCheck: /<path the service answers 200 on>");
    }
    h.get("interval").map(d -> seconds(d, at + ".healthcheck.interval")).ifPresent(x -> r.interval = x);
    h.get("timeout").map(d -> seconds(d, at + ".healthcheck.timeout")).ifPresent(x -> r.timeout = x);
    h.get("retries").flatMap(Value::integer).ifPresent(x -> {
      if (x >= 2 && x <= 10) {
        r.unhealthyThreshold = x;
      } else {
        report.add(file, h.line(), at + ".healthcheck.retries", "the load balancer counts 2 to 10 failures", "");
      }
    });
    h.reportOthers(report, at + ".healthcheck", Set.of("test", "interval", "timeout", "retries"),
        "exosphere.yml's healthCheck has no key for this yet", "");
    if (r.healthCheck == null && (r.interval != null || r.timeout != null || r.unhealthyThreshold != null)) {
      r.healthCheck = "/";
    }
  }

  private Integer seconds(Value d, String key) {
    Matcher m = DURATION.matcher(d.text());
    if (m.matches() && (m.group(1) != null || m.group(2) != null)) {
      return (m.group(1) == null ? 0 : Integer.parseInt(m.group(1)) * 60)
          + (m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
    }
    report.add(file, d.line(), key, "'" + d.text() + "' is not whole seconds or minutes", "write it in seconds");
    return null;
  }

  private void deploy(Service s, Value d, String at) {
    d.get("replicas").flatMap(Value::integer).ifPresent(r -> s.replicas = r);
    d.get("resources").flatMap(r -> r.get("limits")).ifPresent(l -> {
      l.get("cpus").ifPresent(c -> s.cpu = cpuUnits(c, at + ".deploy.resources.limits.cpus"));
      l.get("memory").ifPresent(m -> s.memory = mebibytes(m, at + ".deploy.resources.limits.memory"));
      l.reportOthers(report, at + ".deploy.resources.limits", Set.of("cpus", "memory"), "no key for this", "");
    });
    d.get("resources").ifPresent(r -> r.reportOthers(report, at + ".deploy.resources", Set.of("limits"),
        "exo reserves what limits say (cpu, memory)", "move the numbers to limits if they are what the task needs"));
    d.reportOthers(report, at + ".deploy", Set.of("replicas", "resources"), "exosphere.yml has no key for this yet",
        "scaling is services.<name>.scaling: {min, max}");
  }

  /** {@code cpus: "0.25"} is 256 CPU units. */
  private Integer cpuUnits(Value c, String key) {
    String t = c.text();
    if (!t.matches("\\d{1,3}(\\.\\d+)?|\\.\\d+")) {
      throw new ImportException(file + ":" + c.line() + ": " + key + ": expected a number of CPUs, got '" + t + "'");
    }
    return (int) Math.round(Double.parseDouble(t) * 1024);
  }

  private Integer mebibytes(Value m, String key) {
    Matcher x = MEMORY.matcher(m.text());
    if (!x.matches()) {
      report.add(file, m.line(), key, "'" + m.text() + "' is not a size", "write memory in MiB");
      return null;
    }
    long n = Long.parseLong(x.group(1));
    long mib = switch (x.group(2).toLowerCase()) {
      case "g" -> n * 1024;
      case "m" -> n;
      case "k" -> n / 1024;
      default -> n / (1024 * 1024);
    };
    return (int) mib;
  }

  /** A compose secret is a file; in exo it is a variable read from Secrets Manager at task start. */
  private void secrets(App app, Service s, Value sec, String at) {
    for (Value item : sec.list()) {
      String name = item.isMap() ? item.string("source").orElse("") : item.text();
      String variable = Names.variable(name);
      s.secrets.put(variable, new Secret("secret", app.name + "/" + name));
      String from = Optional.ofNullable(topSecrets).flatMap(t -> t.get(name))
          .map(t -> t.string("file").map(f -> "the file " + f).or(() -> t.string("environment")
              .map(e -> "the variable " + e)).orElse("its source")).orElse("its source");
      report.add(file, item.line(), at + ".secrets." + name, "compose mounts it as /run/secrets/" + name
          + "; exo gives it as the variable " + variable + " from Secrets Manager secret " + app.name + "/" + name,
          "create that secret with the content of " + from + ", and read " + variable + " in the service");
    }
  }

  private void volumes(Service s, Value vol, String at) {
    for (Value item : vol.list()) {
      String source;
      String target;
      boolean ro;
      if (item.isMap()) {
        source = item.string("source").orElse(null);
        target = item.string("target").orElse(null);
        ro = item.string("read_only").map("true"::equals).orElse(false);
        if (!"bind".equals(item.string("type").orElse("volume"))) {
          source = null;
        }
      } else {
        String[] parts = item.text().split(":");
        source = parts.length > 1 ? parts[0] : null;
        target = parts.length > 1 ? parts[1] : parts[0];
        ro = parts.length > 2 && parts[2].contains("ro");
      }
      if (source == null || !source.startsWith("/") || target == null) {
        report.add(file, item.line(), item.key, "exo mounts folders of the ECS instance (absolute paths); '"
            + item.describe() + "' is a named volume or a folder next to the compose file",
            "bake the files into the image, or mount an absolute host folder: volumes.<name>: {source, target}");
        continue;
      }
      String name = Names.dnsSafe(target, 255);
      s.volumes.put(name, new Volume(source, target, ro));
    }
  }

  private static void variables(Value map, Map<String, String> into) {
    if (map.isList()) {
      map.list().forEach(i -> {
        String t = i.text();
        int eq = t.indexOf('=');
        into.put(eq > 0 ? t.substring(0, eq) : t, eq > 0 ? t.substring(eq + 1) : null);
      });
    } else {
      map.map().forEach((k, v) -> into.put(k, v.textOrNull()));
    }
  }
}
