package dev.exosphere.imports;

import dev.exosphere.imports.Imported.App;
import dev.exosphere.imports.Imported.Build;
import dev.exosphere.imports.Imported.Route;
import dev.exosphere.imports.Imported.Secret;
import dev.exosphere.imports.Imported.Service;
import dev.exosphere.imports.Imported.Volume;
import dev.exosphere.imports.SourceYaml.Value;
import dev.exosphere.model.ContainerCheck;
import dev.exosphere.rules.Complaint;
import dev.exosphere.rules.ContainerRules;
import dev.exosphere.rules.Limits;
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
      "healthcheck", "deploy", "secrets", "volumes", "expose", "command", "entrypoint", "working_dir", "user",
      "stop_grace_period", "cpus", "mem_limit", "scale");
  /** An HTTP URL in a health check command: its path is what the load balancer can ask. */
  private static final Pattern HTTP_URL = Pattern.compile("https?://[^/\\s:]+(?::\\d+)?(/[^\\s'\"]*)?");
  private static final Pattern MEMORY = Pattern.compile("(?i)(\\d{1,12})([bkmg]?)b?");

  private final ImportReport report;
  private final Path dir;
  private final String file;
  private final ContainerValues checks;
  private Value topSecrets;

  private ComposeImport(ImportReport report, Path dir, String file) {
    this.report = report;
    this.dir = dir;
    this.file = file;
    this.checks = new ContainerValues(report, file);
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
    container(s, v, at);
    v.get("cpus").ifPresent(c -> s.cpu = cpuUnits(c, at + ".cpus"));
    v.get("mem_limit").ifPresent(m -> s.memory = mebibytes(m, at + ".mem_limit"));
    v.get("scale").flatMap(Value::integer).ifPresent(n -> s.replicas = n);
    v.get("healthcheck").ifPresent(h -> healthcheck(s, h, at));
    v.get("deploy").ifPresent(d -> deploy(s, d, at));
    v.get("secrets").ifPresent(sec -> secrets(app, s, sec, at));
    v.get("volumes").ifPresent(vol -> volumes(s, vol, at));
    app.add(name, s, file + ":" + v.line());
  }

  /** What to do about the usual keys without a place. */
  private static final Map<String, String> FIXES = Map.of(
      "depends_on", "ECS starts services independently: make each one wait for (or retry) what it needs",
      "labels", "keep what they say as comments, or as environment variables if the service reads them",
      "restart", "nothing: ECS restarts stopped tasks",
      "networks", "nothing: exo places services in its own VPC; services reach each other through ExoCom",
      "expose", "nothing: an exposed port becomes the private service's route",
      "container_name", "nothing: ECS names tasks");

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
        tcp(s, p, container, at);
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
        exposed.stream().skip(1).forEach(x -> report.add(file, x.line(), at + "." + x.key, "a private service has "
            + "one route, on one port (tcp ports are for public services); left out", "reach this one through "
            + "ExoCom, or publish it to make the service public"));
      }
    }
  }

  /**
   * A published port after the first (the HTTP route): plain TCP through the service's Network Load Balancer, on the
   * published (host) port, unless it is 80/443 (the application load balancer's) or the route's container port.
   */
  private void tcp(Service s, Value p, int container, String at) {
    Integer published = publishedPort(p);
    int listener = published == null ? container : published;
    Route route = s.routes.get("/");
    String why;
    if (listener == 80 || listener == 443) {
      why = "80 and 443 are the application load balancer's listeners, which route HTTP to container port "
          + route.port + "; a second service port cannot have them";
    } else if (container == route.port) {
      why = "container port " + container + " is already the route / (HTTP on 80); exo does not publish it twice";
    } else if (s.tcp.stream().anyMatch(t -> t.port() == listener)) {
      why = "port " + listener + " is published twice";
    } else if (s.tcp.size() >= Limits.NLB_LISTENERS) {
      why = "a Network Load Balancer has at most " + Limits.NLB_LISTENERS + " listeners";
    } else {
      s.tcp.add(new Imported.Tcp(listener, container == listener ? null : container));
      report.add(file, p.line(), at + "." + p.key, "published port " + p.describe() + " becomes tcp port "
          + listener + " to container port " + container + " through the service's own Network Load Balancer "
          + "(plain TCP, not the HTTP route)", "check that clients reach <service>-tcp.<domain> or the load "
          + "balancer's DNS name");
      return;
    }
    report.add(file, p.line(), at + "." + p.key, why + "; left out", "reach it through ExoCom or another "
        + "service, or publish it on another port");
  }

  /** The host port of a published port ({@code "8080:80"}, {@code {published: 8080}}), null when compose picks one. */
  private static Integer publishedPort(Value p) {
    String t = p.isMap() ? p.string("published").orElse(null) : p.text().replaceAll("/tcp$", "");
    if (t == null) {
      return null;
    }
    String[] parts = t.split(":");
    String host = p.isMap() ? t : parts.length >= 2 ? parts[parts.length - 2] : null;
    return host != null && host.matches("\\d{1,5}") ? Integer.valueOf(host) : null;
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

  /**
   * An HTTP URL in the check of a service with a route becomes the load balancer's health check path (exo's own way
   * to check a web service); any other check becomes containerHealthCheck, run by ECS inside the container as
   * compose runs it.
   */
  private void healthcheck(Service s, Value h, String at) {
    String key = at + ".healthcheck";
    h.reportOthers(report, key, Set.of("test", "interval", "timeout", "retries", "start_period", "disable"),
        "compose health check key exo has no counterpart for", "remove it");
    boolean none = h.get("test").filter(Value::isList).map(t -> !t.list().isEmpty()
        && t.list().get(0).text().equals("NONE")).orElse(false);
    if (h.get("disable").map(d -> "true".equals(d.textOrNull())).orElse(false) || none) {
      Imported.ContainerCheck c = new Imported.ContainerCheck();
      c.off = true;
      s.containerCheck = c;
      return;
    }
    Optional<Value> test = h.get("test");
    if (test.isEmpty()) {
      report.add(file, h.line(), key, "no test: compose keeps the image's HEALTHCHECK; exo runs none",
          "write containerHealthCheck: {command: ...} with the image's check");
      return;
    }
    Route r = s.routes.get("/");
    Matcher m = HTTP_URL.matcher(test.get().isList()
        ? String.join(" ", test.get().list().stream().map(Value::text).toList()) : test.get().text());
    if (r != null && m.find()) {
      loadBalancerCheck(r, h, key, m.group(1) == null ? "/" : m.group(1));
    } else {
      containerCheck(s, h, key, test.get());
    }
  }

  private void loadBalancerCheck(Route r, Value h, String key, String path) {
    r.healthCheck = path;
    report.add(file, h.line(), key + ".test", "its URL's path " + path + " becomes the load balancer's health check "
        + "(HTTP from outside the container)", "also write containerHealthCheck if the check inside the image matters");
    h.get("interval").map(d -> seconds(d, key + ".interval")).ifPresent(x -> r.interval = x);
    h.get("timeout").map(d -> seconds(d, key + ".timeout")).ifPresent(x -> r.timeout = x);
    h.get("retries").flatMap(Value::integer).ifPresent(x -> {
      if (x >= 2 && x <= 10) {
        r.unhealthyThreshold = x;
      } else {
        report.add(file, h.line(), key + ".retries", "the load balancer counts 2 to 10 failures", "");
      }
    });
    h.get("start_period").ifPresent(p -> report.add(file, p.line(), key + ".start_period", "exosphere.yml's "
        + "load balancer health check has no start period (ECS's grace period is not a key)",
        "leave it out, or check inside the container instead with containerHealthCheck.startPeriod"));
  }

  /** Compose's defaults where exo's differ: the timeout is 30 s in compose, 5 s in exo. */
  private void containerCheck(Service s, Value h, String key, Value test) {
    Imported.ContainerCheck c = new Imported.ContainerCheck();
    if (test.isList()) {
      List<String> words = test.list().stream().map(Value::text).toList();
      c.command = words;
      Optional<Complaint> complaint = ContainerRules.healthCheckCommand(words);
      if (complaint.isPresent()) {
        report.add(file, test.line(), key + ".test", complaint.get().message() + "; the check is left out",
            complaint.get().fix());
        return;
      }
    } else {
      c.command = test.text();
    }
    int line = h.line();
    c.interval = h.get("interval").map(d -> checks.inRange(seconds(d, key + ".interval"),
        Limits.CONTAINER_HEALTH_CHECK_INTERVAL_SECONDS, d.line(), key + ".interval", "containerHealthCheck.interval",
        "exo's 30")).orElse(null);
    c.timeout = checks.inRange(h.get("timeout").map(d -> seconds(d, key + ".timeout")).orElse(30),
        Limits.CONTAINER_HEALTH_CHECK_TIMEOUT_SECONDS, h.get("timeout").map(Value::line).orElse(line),
        key + ".timeout", "containerHealthCheck.timeout", "exo's 5");
    if (c.timeout != null && c.timeout > (c.interval == null ? ContainerCheck.DEFAULT_INTERVAL : c.interval)) {
      report.add(file, h.get("timeout").map(Value::line).orElse(line), key + ".timeout", "a timeout of " + c.timeout
          + " s (compose's default is 30) is longer than the interval; ECS refuses that; left out: exo's 5",
          "write containerHealthCheck.timeout no longer than the interval");
      c.timeout = null;
    }
    c.retries = h.get("retries").map(x -> checks.inRange(x.integer().orElse(null),
        Limits.CONTAINER_HEALTH_CHECK_RETRIES, x.line(), key + ".retries", "containerHealthCheck.retries",
        "exo's 3")).orElse(null);
    c.startPeriod = h.get("start_period").map(d -> checks.inRange(seconds(d, key + ".start_period"),
        Limits.CONTAINER_HEALTH_CHECK_START_PERIOD_SECONDS, d.line(), key + ".start_period",
        "containerHealthCheck.startPeriod", "exo's 0")).orElse(null);
    s.containerCheck = c;
  }

  /** command, entrypoint (as written: a string stays a string), working_dir, user, stop_grace_period. */
  private void container(Service s, Value v, String at) {
    s.command = v.get("command").map(c -> words(c, at + ".command")).orElse(null);
    s.entrypoint = v.get("entrypoint").map(c -> words(c, at + ".entrypoint")).orElse(null);
    s.workingDirectory = v.get("working_dir").map(w -> checks.workingDirectory(w.text(), w.line(),
        at + ".working_dir")).orElse(null);
    s.user = v.get("user").map(u -> checks.user(u.text(), u.line(), at + ".user")).orElse(null);
    s.stopTimeout = v.get("stop_grace_period").map(d -> checks.inRange(seconds(d, at + ".stop_grace_period"),
        Limits.STOP_TIMEOUT_SECONDS, d.line(), at + ".stop_grace_period", "stopTimeout", "ECS's 30")).orElse(null);
  }

  /** A list as a list, a string as the string (exo splits it as compose does); an empty one is reported. */
  private Object words(Value c, String key) {
    Object words = c.isList() ? c.list().stream().map(Value::text).toList() : c.textOrNull();
    List<String> check = words instanceof List<?> l ? l.stream().map(String::valueOf).toList()
        : words == null || ((String) words).isBlank() ? List.of() : List.of((String) words);
    Optional<Complaint> complaint = ContainerRules.words(check);
    if (complaint.isPresent()) {
      report.add(file, c.line(), key, complaint.get().message() + "; left out (the image's own applies)",
          complaint.get().fix());
      return null;
    }
    if (String.valueOf(words).contains("$")) {
      report.add(file, c.line(), key, "compose substitutes variables in it; exo passes '$' as it is (no shell)",
          "write the values themselves");
    }
    return words;
  }

  private Integer seconds(Value d, String key) {
    Integer seconds = Durations.seconds(d.text());
    if (seconds == null) {
      report.add(file, d.line(), key, "'" + d.text() + "' is not whole seconds, minutes or hours; left out",
          "write it in whole seconds, e.g. 1m30s");
    }
    return seconds;
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
    for (String k : List.of("update_config", "rollback_config")) {
      d.get(k).ifPresent(u -> report.add(file, u.line(), at + ".deploy." + k, "exo's rollouts are "
          + "services.<name>.deployment (default rolling, 50-200% healthy, rolled back by the circuit breaker; or "
          + "blue-green, canary, linear); compose's parallelism, delay and order do not translate; not written",
          "write services.<name>.deployment if the default does not do (see Deployments in docs/exosphere-yml.md)"));
    }
    d.get("restart_policy").ifPresent(u -> report.add(file, u.line(), at + ".deploy.restart_policy",
        "ECS restarts stopped tasks itself; not written", "nothing"));
    d.reportOthers(report, at + ".deploy", Set.of("replicas", "resources", "update_config", "rollback_config",
        "restart_policy"), "exosphere.yml has no key for this yet", "scaling is services.<name>.scaling: {min, max}");
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
