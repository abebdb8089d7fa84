package dev.exosphere.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The intermediate every source format is read into: what the application and each service become in exosphere.yml,
 * only with keys exosphere.yml has. Null (or empty) means "not written": exo's default applies.
 */
final class Imported {
  private Imported() {}

  /** The application. */
  static final class App {
    String name;
    String version;
    String account;
    String region;
    String domain;
    String certificate;
    String busVersion;
    String publicInstanceType;
    String privateInstanceType;
    /** Listener port (80, 443) -> default container port. */
    final Map<Integer, Integer> ports = new LinkedHashMap<>();
    String logLevel;
    Integer requestTimeout;
    Scaling scaling;
    final Map<String, Dependency> dependencies = new LinkedHashMap<>();
    final Map<String, Service> services = new LinkedHashMap<>();
    final Map<String, Environment> environments = new LinkedHashMap<>();

    /** Two source names that become the same exosphere.yml name would overwrite each other: an error instead. */
    void add(String name, Service s, String source) {
      if (services.putIfAbsent(name, s) != null) {
        throw new ImportException(source + ": two services are both named '" + name + "' in exosphere.yml (their "
            + "names differ only in case or punctuation): rename one of them in the source");
      }
    }
  }

  /** A third-party service (mongo). */
  static final class Dependency {
    String type;
    final Map<String, String> environment = new LinkedHashMap<>();
  }

  /** One service; {@code source} names the file it comes from, written as a comment above it. */
  static final class Service {
    String source;
    String type;
    String image;
    Build build;
    /** Prefix -> route. */
    final Map<String, Route> routes = new LinkedHashMap<>();
    final Map<String, String> environment = new LinkedHashMap<>();
    final Map<String, Secret> secrets = new LinkedHashMap<>();
    Integer cpu;
    Integer memory;
    Integer replicas;
    Scaling scaling;
    final List<String> sends = new ArrayList<>();
    final List<String> receives = new ArrayList<>();
    String namespace;
    final List<String> dependencies = new ArrayList<>();
    final Map<String, Volume> volumes = new LinkedHashMap<>();
    String logLevel;
    /** {@code command}, {@code entrypoint}: a String or a List of String, as the source wrote it. */
    Object command;
    Object entrypoint;
    String workingDirectory;
    String user;
    Integer stopTimeout;
    ContainerCheck containerCheck;
    final List<Tcp> tcp = new ArrayList<>();
  }

  /** {@code containerHealthCheck}: {@code off}, or a command (String or List of String) and its timings. */
  static final class ContainerCheck {
    boolean off;
    Object command;
    Integer interval;
    Integer timeout;
    Integer retries;
    Integer startPeriod;
  }

  /** One {@code tcp} port; {@code containerPort} null when it is the listener port. */
  record Tcp(int port, Integer containerPort) {}

  /** {@code build}: context relative to the generated file's folder. */
  static final class Build {
    String context;
    String dockerfile;
    final Map<String, String> args = new LinkedHashMap<>();
    String target;
  }

  static final class Route {
    Integer port;
    String protocol;
    String path;
    String healthCheck;
    Integer interval;
    Integer timeout;
    Integer unhealthyThreshold;
    final List<String> hosts = new ArrayList<>();
  }

  record Scaling(Integer min, Integer max) {}

  /** {@code {secret: name}} or {@code {ssm: name}}. */
  record Secret(String store, String name) {}

  record Volume(String source, String target, boolean readOnly) {}

  /** What one environment changes. */
  static final class Environment {
    String source;
    String account;
    String region;
    String domain;
    String certificate;
    String publicInstanceType;
    String privateInstanceType;
    final Map<Integer, Integer> ports = new LinkedHashMap<>();
    /** Service -> variables it overrides. */
    final Map<String, Map<String, String>> environment = new LinkedHashMap<>();
    final Map<String, Map<String, Secret>> secrets = new LinkedHashMap<>();
  }
}
