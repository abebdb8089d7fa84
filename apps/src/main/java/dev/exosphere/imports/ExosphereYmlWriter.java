package dev.exosphere.imports;

import dev.exosphere.imports.Imported.App;
import dev.exosphere.imports.Imported.Build;
import dev.exosphere.imports.Imported.ContainerCheck;
import dev.exosphere.imports.Imported.Environment;
import dev.exosphere.imports.Imported.Route;
import dev.exosphere.imports.Imported.Scaling;
import dev.exosphere.imports.Imported.Secret;
import dev.exosphere.imports.Imported.Service;
import dev.exosphere.imports.Imported.Volume;
import java.util.List;
import java.util.Map;

/**
 * exosphere.yml text from an {@link App}: keys in the order of docs/exosphere-yml.md, block style, a comment naming
 * the source of each service, and the report as comments at the top. The same App gives the same bytes.
 */
final class ExosphereYmlWriter {
  private final StringBuilder out = new StringBuilder();

  private ExosphereYmlWriter() {}

  /** @param header comment lines (without '#') written first */
  static String write(App app, List<String> header) {
    ExosphereYmlWriter w = new ExosphereYmlWriter();
    header.forEach(h -> w.out.append(h.isEmpty() ? "#" : "# " + YamlText.comment(h)).append('\n'));
    w.app(app);
    return w.out.toString();
  }

  private void app(App a) {
    line(0, "name", a.name);
    line(0, "version", a.version);
    line(0, "account", a.account);
    line(0, "region", a.region);
    domain(0, a.domain, a.certificate);
    clusters(0, a.publicInstanceType, a.privateInstanceType);
    if (a.busVersion != null) {
      key(0, "bus");
      line(1, "type", "exocom");
      line(1, "version", a.busVersion);
    }
    ports(0, a.ports);
    if (a.logLevel != null || a.requestTimeout != null || a.scaling != null) {
      key(0, "policies");
      if (a.logLevel != null) {
        key(1, "logging");
        line(2, "level", a.logLevel);
      }
      if (a.requestTimeout != null) {
        key(1, "timeout");
        line(2, "requestTimeout", a.requestTimeout);
      }
      scaling(1, a.scaling);
    }
    if (!a.dependencies.isEmpty()) {
      key(0, "dependencies");
      a.dependencies.forEach((name, d) -> {
        key(1, name);
        line(2, "type", d.type);
        variables(2, "environment", d.environment);
      });
    }
    key(0, "services");
    a.services.forEach(this::service);
    if (!a.environments.isEmpty()) {
      out.append('\n');
      key(0, "environments");
      a.environments.forEach(this::environment);
    }
  }

  private void service(String name, Service s) {
    if (s.source != null) {
      out.append("  # from ").append(YamlText.comment(s.source)).append('\n');
    }
    key(1, name);
    line(2, "type", s.type);
    build(2, s.build);
    line(2, "image", s.image);
    if (!s.routes.isEmpty()) {
      key(2, "interface");
      s.routes.forEach((prefix, r) -> route(3, prefix, r));
    }
    variables(2, "environment", s.environment);
    secrets(2, s.secrets);
    line(2, "cpu", s.cpu);
    line(2, "memory", s.memory);
    line(2, "replicas", s.replicas);
    scaling(2, s.scaling);
    if (!s.sends.isEmpty() || !s.receives.isEmpty() || s.namespace != null) {
      key(2, "messages");
      if (!s.sends.isEmpty()) {
        line(3, "sends", raw(YamlText.list(s.sends)));
      }
      if (!s.receives.isEmpty()) {
        line(3, "receives", raw(YamlText.list(s.receives)));
      }
      line(3, "namespace", s.namespace);
    }
    if (!s.dependencies.isEmpty()) {
      line(2, "dependencies", raw(YamlText.list(s.dependencies)));
    }
    if (!s.volumes.isEmpty()) {
      key(2, "volumes");
      s.volumes.forEach((n, v) -> volume(3, n, v));
    }
    if (s.logLevel != null) {
      key(2, "policies");
      key(3, "logging");
      line(4, "level", s.logLevel);
    }
    words(2, "command", s.command);
    words(2, "entrypoint", s.entrypoint);
    line(2, "workingDirectory", s.workingDirectory);
    line(2, "user", s.user);
    line(2, "stopTimeout", s.stopTimeout);
    containerCheck(2, s.containerCheck);
    if (!s.tcp.isEmpty()) {
      key(2, "tcp");
      s.tcp.forEach(t -> out.append("  ".repeat(3)).append("- {port: ").append(t.port())
          .append(t.containerPort() == null ? "" : ", containerPort: " + t.containerPort()).append("}\n"));
    }
  }

  /** A list as a flow list of quoted-when-needed words, a string as it is. */
  private void words(int depth, String key, Object words) {
    if (words instanceof List<?> l) {
      line(depth, key, raw(YamlText.list(l.stream().map(String::valueOf).toList())));
    } else {
      line(depth, key, words);
    }
  }

  private void containerCheck(int depth, ContainerCheck c) {
    if (c == null) {
      return;
    }
    if (c.off) {
      line(depth, "containerHealthCheck", raw("off"));
      return;
    }
    key(depth, "containerHealthCheck");
    words(depth + 1, "command", c.command);
    line(depth + 1, "interval", c.interval);
    line(depth + 1, "timeout", c.timeout);
    line(depth + 1, "retries", c.retries);
    line(depth + 1, "startPeriod", c.startPeriod);
  }

  private void build(int depth, Build b) {
    if (b == null) {
      return;
    }
    if (b.dockerfile == null && b.args.isEmpty() && b.target == null) {
      line(depth, "build", b.context);
      return;
    }
    key(depth, "build");
    line(depth + 1, "context", b.context);
    line(depth + 1, "dockerfile", b.dockerfile);
    variables(depth + 1, "args", b.args);
    line(depth + 1, "target", b.target);
  }

  private void route(int depth, String prefix, Route r) {
    boolean longCheck = r.interval != null || r.timeout != null || r.unhealthyThreshold != null;
    boolean empty = r.port == null && r.protocol == null && r.path == null && r.healthCheck == null && !longCheck
        && r.hosts.isEmpty();
    if (empty) {
      line(depth, prefix, raw("{}"));
      return;
    }
    key(depth, prefix);
    line(depth + 1, "port", r.port);
    line(depth + 1, "protocol", r.protocol);
    line(depth + 1, "path", r.path);
    if (longCheck) {
      key(depth + 1, "healthCheck");
      line(depth + 2, "path", r.healthCheck);
      line(depth + 2, "interval", r.interval);
      line(depth + 2, "timeout", r.timeout);
      line(depth + 2, "unhealthyThreshold", r.unhealthyThreshold);
    } else {
      line(depth + 1, "healthCheck", r.healthCheck);
    }
    if (!r.hosts.isEmpty()) {
      line(depth + 1, "hosts", raw(YamlText.list(r.hosts)));
    }
  }

  private void volume(int depth, String name, Volume v) {
    key(depth, name);
    line(depth + 1, "source", v.source());
    line(depth + 1, "target", v.target());
    if (v.readOnly()) {
      line(depth + 1, "readOnly", raw("true"));
    }
  }

  private void environment(String name, Environment e) {
    if (e.source != null) {
      out.append("  # from ").append(YamlText.comment(e.source)).append('\n');
    }
    boolean empty = e.account == null && e.region == null && e.domain == null && e.publicInstanceType == null
        && e.privateInstanceType == null && e.ports.isEmpty() && e.environment.isEmpty() && e.secrets.isEmpty();
    if (empty) {
      line(1, name, raw("{}"));
      return;
    }
    key(1, name);
    line(2, "account", e.account);
    line(2, "region", e.region);
    domain(2, e.domain, e.certificate);
    clusters(2, e.publicInstanceType, e.privateInstanceType);
    ports(2, e.ports);
    java.util.Set<String> services = new java.util.TreeSet<>(e.environment.keySet());
    services.addAll(e.secrets.keySet());
    if (!services.isEmpty()) {
      key(2, "services");
      for (String s : services) {
        key(3, s);
        variables(4, "environment", e.environment.getOrDefault(s, Map.of()));
        secrets(4, e.secrets.getOrDefault(s, Map.of()));
      }
    }
  }

  private void domain(int depth, String domain, String certificate) {
    if (domain == null) {
      return;
    }
    if (certificate == null) {
      line(depth, "domain", domain);
      return;
    }
    key(depth, "domain");
    line(depth + 1, "name", domain);
    line(depth + 1, "certificate", certificate);
  }

  private void clusters(int depth, String publicType, String privateType) {
    if (publicType == null && privateType == null) {
      return;
    }
    key(depth, "clusters");
    if (publicType != null) {
      key(depth + 1, "public");
      line(depth + 2, "instanceType", publicType);
    }
    if (privateType != null) {
      key(depth + 1, "private");
      line(depth + 2, "instanceType", privateType);
    }
  }

  private void ports(int depth, Map<Integer, Integer> ports) {
    if (ports.isEmpty()) {
      return;
    }
    key(depth, "interface");
    key(depth + 1, "ports");
    ports.forEach((listener, container) ->
        out.append("  ".repeat(depth + 2)).append(listener).append(": ").append(container).append('\n'));
  }

  private void scaling(int depth, Scaling s) {
    if (s == null) {
      return;
    }
    key(depth, "scaling");
    line(depth + 1, "min", s.min());
    line(depth + 1, "max", s.max());
  }

  private void variables(int depth, String key, Map<String, String> values) {
    if (values.isEmpty()) {
      return;
    }
    key(depth, key);
    values.forEach((k, v) -> line(depth + 1, k, v));
  }

  private void secrets(int depth, Map<String, Secret> secrets) {
    if (secrets.isEmpty()) {
      return;
    }
    key(depth, "secrets");
    secrets.forEach((k, s) -> line(depth + 1, k, raw("{" + s.store() + ": " + YamlText.scalar(s.name()) + "}")));
  }

  /** Text written as it is (flow lists, {}), not as a string. */
  private record Raw(String text) {}

  private static Raw raw(String text) {
    return new Raw(text);
  }

  private void key(int depth, String key) {
    out.append("  ".repeat(depth)).append(YamlText.scalar(key)).append(":\n");
  }

  /** {@code key: value}, or nothing when the value was not set. */
  private void line(int depth, String key, Object value) {
    if (value == null) {
      return;
    }
    String text = value instanceof Raw r ? r.text() : value instanceof String s ? YamlText.scalar(s) : value.toString();
    out.append("  ".repeat(depth)).append(YamlText.scalar(key)).append(": ").append(text).append('\n');
  }
}
