package dev.exosphere.imports;

import com.fasterxml.jackson.databind.JsonNode;
import dev.exosphere.imports.Imported.App;
import dev.exosphere.imports.Imported.Build;
import dev.exosphere.imports.Imported.Environment;
import dev.exosphere.imports.Imported.Route;
import dev.exosphere.imports.Imported.Scaling;
import dev.exosphere.imports.Imported.Service;
import dev.exosphere.imports.Imported.Volume;
import dev.exosphere.rules.Limits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An Ailtire package's {@code deploy/}: services.js, build.js and deploy.js, evaluated by {@link NodeEval}. The
 * modules have no lines once evaluated, so report entries name the file and the key.
 */
final class AiltireImport {
  private static final Set<String> SERVICE_KEYS = Set.of("type", "image", "interface", "policies", "environment",
      "volumes", "stop_grace_period", "networks");

  private final ImportReport report;
  private final String servicesFile;
  private final Path deployDir;
  private JsonNode build;
  private String buildFile;

  private AiltireImport(ImportReport report, Path deployDir, String servicesFile) {
    this.report = report;
    this.deployDir = deployDir;
    this.servicesFile = servicesFile;
  }

  static App read(Path path, ImportReport report) {
    Path services = path;
    if (Files.isDirectory(path)) {
      services = Files.exists(path.resolve("deploy/services.js")) ? path.resolve("deploy/services.js")
          : path.resolve("services.js");
    }
    if (!Files.isRegularFile(services)) {
      throw new ImportException(services + ": no such file");
    }
    Path deploy = services.toAbsolutePath().normalize().getParent();
    return new AiltireImport(report, deploy, services.toString()).app(services);
  }

  private App app(Path servicesJs) {
    List<Path> modules = new ArrayList<>(List.of(servicesJs));
    Path buildJs = servicesJs.resolveSibling("build.js");
    Path deployJs = servicesJs.resolveSibling("deploy.js");
    if (Files.exists(buildJs)) {
      modules.add(buildJs);
    }
    if (Files.exists(deployJs)) {
      modules.add(deployJs);
    }
    List<JsonNode> exports = NodeEval.exports(modules);
    JsonNode services = exports.get(0);
    build = Files.exists(buildJs) ? exports.get(1) : null;
    buildFile = buildJs.toString();
    JsonNode deploy = Files.exists(deployJs) ? exports.get(exports.size() - 1) : null;
    App app = new App();
    Path pkg = deployDir.getParent() == null ? deployDir : deployDir.getParent();
    String name = deploy != null && deploy.hasNonNull("name") ? deploy.get("name").asText()
        : pkg.getFileName() == null ? "app" : pkg.getFileName().toString();
    app.name = Names.app(name, report, deploy != null ? deployJs.toString() : servicesFile, 0, "name");
    app.version = "0.1.0";
    report.add(servicesFile, 0, "version", "Ailtire's deploy files have no version; written as 0.1.0",
        "set the version");
    others(services, Set.of("services", "policies", "interface"), servicesFile, "",
        "no place in exosphere.yml (data and networks are Ailtire's)", "remove it");
    JsonNode ports = services.path("interface").path("ports");
    for (Iterator<Map.Entry<String, JsonNode>> it = ports.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> p = it.next();
      if (p.getKey().equals("80")) {
        app.ports.put(80, p.getValue().asInt());
      } else if (p.getKey().equals("443")) {
        report.add(servicesFile, 0, "interface.ports.443", "HTTPS on 443 needs a domain, which Ailtire does not "
            + "name", "add domain: and interface.ports: {80: " + p.getValue().asInt() + ", 443: "
            + p.getValue().asInt() + "}");
      } else {
        report.add(servicesFile, 0, "interface.ports." + p.getKey(), "exo's application load balancer listens on "
            + "80 and 443 only; plain TCP ports belong to the public service that serves them (its own Network Load "
            + "Balancer), and Ailtire does not say which one that is: not written", "add tcp: [{port: " + p.getKey()
            + ", containerPort: " + p.getValue().asInt() + "}] to that service (it must be public)");
      }
    }
    policies(services.path("policies"), "policies", true, app, null);
    services.path("services").fields().forEachRemaining(e -> service(app, e.getKey(), e.getValue()));
    if (app.requestTimeout != null && app.services.values().stream().noneMatch(s -> "public".equals(s.type))) {
      app.requestTimeout = null;
      report.add(servicesFile, 0, "policies.timeout", "no service has an interface, so there is no load balancer "
          + "whose idle timeout it would set: not written", "nothing");
    }
    if (deploy != null) {
      contexts(app, deploy, deployJs.toString());
    }
    return app;
  }

  private void service(App app, String sourceName, JsonNode v) {
    String at = "services." + sourceName;
    if ("stack".equals(v.path("type").asText())) {
      report.add(servicesFile, 0, at, "a child stack (type: stack): exo import does not import child packages, "
          + "so it is not written", "import the child package's deploy folder with exo import -o ./" + sourceName
          + "/exosphere.yml, keep only name, version, policies, dependencies and services in that file, then "
          + "write services." + sourceName + ": {type: stack, stack: ./" + sourceName + ", interface: "
          + stackInterface(v) + "} here (see Stacks of stacks in docs/exosphere-yml.md)");
      return;
    }
    String name = Names.service(sourceName, report, servicesFile, 0, at);
    if (v.hasNonNull("type")) {
      report.add(servicesFile, 0, at + ".type", "Ailtire's type '" + v.get("type").asText() + "': exo's type "
          + "follows the interface (public with one, worker without)", "check services." + name + ".type");
    }
    Service s = new Service();
    s.source = servicesFile + ", " + at;
    others(v, SERVICE_KEYS, servicesFile, at, "exosphere.yml has no key for this yet", "see docs/import.md");
    if (v.has("networks")) {
      report.add(servicesFile, 0, at + ".networks", "Ailtire's overlay networks: exo places every service in its "
          + "own VPC (a stack's members in the stack's segment)", "nothing");
    }
    stopTimeout(s, v.path("stop_grace_period"), at + ".stop_grace_period");
    v.path("interface").fields().forEachRemaining(r -> {
      Route route = new Route();
      JsonNode rv = r.getValue();
      if (rv.has("port")) {
        route.port = rv.get("port").asInt();
      }
      if (rv.hasNonNull("path") && !rv.get("path").asText().equals(r.getKey())) {
        route.path = rv.get("path").asText();
      }
      if (rv.hasNonNull("protocol") && !rv.get("protocol").asText().equals("http")) {
        route.protocol = rv.get("protocol").asText();
      }
      others(rv, Set.of("port", "path", "protocol"), servicesFile, at + ".interface." + r.getKey(),
          "no place in exosphere.yml", "remove it");
      s.routes.put(r.getKey(), route);
    });
    s.type = s.routes.isEmpty() ? "worker" : "public";
    v.path("environment").fields().forEachRemaining(e -> s.environment.put(e.getKey(), e.getValue().asText()));
    v.path("volumes").fields().forEachRemaining(e -> s.volumes.put(Names.dnsSafe(e.getKey(), 255).replace('-', '_'),
        new Volume(e.getValue().path("source").asText(), e.getValue().path("target").asText(),
            e.getValue().path("readOnly").asBoolean(false))));
    policies(v.path("policies"), at + ".policies", false, app, s);
    image(s, v, at);
    app.add(name, s, servicesFile + ": " + at);
  }

  /** An image named in build.js is built from there; any other is pulled. */
  private void image(Service s, JsonNode v, String at) {
    String image = v.path("image").asText(null);
    JsonNode b = null;
    if (build != null && image != null) {
      b = build.get(image);
      for (Iterator<JsonNode> it = build.elements(); b == null && it.hasNext();) {
        JsonNode candidate = it.next();
        if (image.equals(candidate.path("name").asText(null)) || image.equals(candidate.path("tag").asText(null))) {
          b = candidate;
        }
      }
    }
    if (b == null) {
      s.image = image;
      if (image == null) {
        report.add(servicesFile, 0, at, "no image", "add image: to the service");
      }
      return;
    }
    Path buildDir = Path.of(buildFile).toAbsolutePath().normalize().getParent();
    Build bb = new Build();
    Path context = buildDir.resolve(b.path("dir").asText(".")).normalize();
    bb.context = context.toString();
    if (b.hasNonNull("file") && !b.get("file").asText().equals("Dockerfile")) {
      bb.dockerfile = b.get("file").asText();
    }
    b.path("env").fields().forEachRemaining(e -> bb.args.put(e.getKey(), e.getValue().asText()));
    if (b.hasNonNull("cmd") && !b.get("cmd").asText().isBlank()) {
      // Ailtire runs cmd when the container runs (not while building): the container's command
      s.command = b.get("cmd").asText();
      report.add(buildFile, 0, image + ".cmd", "written as services.<name>.command; Ailtire runs it from the "
          + "folder its dir was copied to, exo from the image's WORKDIR, and no shell runs it",
          "check the Dockerfile's WORKDIR; if it needs a shell, write command: [sh, -c, \"...\"]");
    }
    if (b.has("packages")) {
      report.add(buildFile, 0, image + ".packages", "Ailtire copies these into the context before building",
          "copy them into " + b.path("dir").asText(".") + " (or install them in the Dockerfile)");
    }
    if (b.hasNonNull("tag")) {
      report.add(buildFile, 0, image + ".tag", "exo tags images by a content hash", "nothing");
    }
    others(b, Set.of("dir", "file", "env", "cmd", "packages", "tag", "name"), buildFile, image,
        "no place in exosphere.yml", "remove it");
    s.build = bb;
  }

  /** The parent's prefixes with the child's paths they stand for, as services.js's interface says. */
  private static String stackInterface(JsonNode v) {
    List<String> routes = new ArrayList<>();
    v.path("interface").fields().forEachRemaining(r -> routes.add(YamlText.scalar(r.getKey()) + ": {path: "
        + YamlText.scalar(r.getValue().path("path").asText("/")) + "}"));
    return "{" + String.join(", ", routes) + "}";
  }

  /** A number is seconds, a string a compose duration (1m30s); outside ECS's 2-120 it is reported and left out. */
  private void stopTimeout(Service s, JsonNode g, String at) {
    if (g.isMissingNode() || g.isNull()) {
      return;
    }
    Integer seconds = g.canConvertToInt() && g.isIntegralNumber() ? Integer.valueOf(g.asInt())
        : g.isTextual() ? Durations.seconds(g.asText()) : null;
    if (seconds == null) {
      report.add(servicesFile, 0, at, "'" + g.asText() + "' is not whole seconds, minutes or hours; left out",
          "write stopTimeout in seconds");
      return;
    }
    s.stopTimeout = new ContainerValues(report, servicesFile).inRange(seconds, Limits.STOP_TIMEOUT_SECONDS, 0, at,
        "stopTimeout", "ECS's 30");
  }

  /** logging, timeout (milliseconds in Ailtire's examples), scaling; the rest is reported. */
  private void policies(JsonNode p, String at, boolean top, App app, Service s) {
    if (p.path("logging").hasNonNull("level")) {
      if (top) {
        app.logLevel = p.path("logging").get("level").asText();
      } else {
        s.logLevel = p.path("logging").get("level").asText();
      }
    }
    JsonNode timeout = p.path("timeout").path("requestTimeout");
    if (timeout.isNumber()) {
      int seconds = (int) Math.max(1, Math.ceil(timeout.asDouble() / 1000));
      if (top) {
        app.requestTimeout = seconds;
      }
      report.add(servicesFile, 0, at + ".timeout.requestTimeout", "read as milliseconds (as in Ailtire's "
          + "examples), written as " + seconds + " s" + (top ? "" : ", and only application-wide: exo's idle "
          + "timeout is the load balancer's"), top ? "check the unit" : "set it in the top-level policies");
    }
    JsonNode scaling = p.path("scaling");
    if (scaling.has("min") || scaling.has("max")) {
      Scaling sc = new Scaling(scaling.has("min") ? scaling.get("min").asInt() : null,
          scaling.has("max") ? scaling.get("max").asInt() : null);
      if (top) {
        app.scaling = sc;
      } else {
        s.scaling = sc;
      }
    }
    others(p, Set.of("logging", "timeout", "scaling"), servicesFile, at, "exosphere.yml has no policy for this "
        + "yet", "keep it in the service's code");
  }

  /** deploy.js contexts become environments: each one is its own stack. */
  private void contexts(App app, JsonNode deploy, String file) {
    others(deploy, Set.of("name", "dir", "contexts"), file, "", "no place in exosphere.yml", "remove it");
    if (deploy.has("dir")) {
      report.add(file, 0, "dir", "Ailtire's deploy folder", "nothing");
    }
    deploy.path("contexts").fields().forEachRemaining(c -> {
      String at = "contexts." + c.getKey();
      String name = Names.environment(c.getKey(), report, file, 0, at);
      Environment e = new Environment();
      e.source = file + ", " + at;
      JsonNode v = c.getValue();
      if (v.hasNonNull("type")) {
        report.add(file, 0, at + ".type", "Ailtire deploys to " + v.get("type").asText() + "; exo deploys to ECS "
            + "on EC2", "nothing");
      }
      if (v.hasNonNull("design") && !v.get("design").asText().endsWith("services.js")) {
        report.add(file, 0, at + ".design", "this context deploys " + v.get("design").asText()
            + ", not services.js", "import that file with exo import --from compose");
      }
      if (v.hasNonNull("tag")) {
        report.add(file, 0, at + ".tag", "image tags per context: exo builds one image per service for every "
            + "environment", "nothing");
      }
      v.path("env").fields().forEachRemaining(x -> report.add(file, 0, at + ".env." + x.getKey(), "a variable of "
          + "the whole context: exo has variables per service", "write it under services.<name>.environment "
          + "and environments." + name + ".services.<name>.environment"));
      others(v, Set.of("type", "design", "tag", "env"), file, at, "no place in exosphere.yml", "remove it");
      app.environments.put(name, e);
    });
  }

  private void others(JsonNode node, Set<String> known, String file, String at, String why, String fix) {
    node.fieldNames().forEachRemaining(k -> {
      if (!known.contains(k)) {
        report.add(file, 0, at.isEmpty() ? k : at + "." + k, why, fix);
      }
    });
  }
}
