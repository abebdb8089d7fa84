package dev.exosphere.images;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where images are pushed: a registry host and an optional namespace, from {@code --registry host[/namespace]}.
 * Each service's repository is {@code [namespace/]<app>-<service>}.
 *
 * @param host      the registry's host[:port], e.g. {@code 127.0.0.1:5000}; {@code docker.io} for Docker Hub
 * @param namespace the path before the repository name, e.g. {@code team/prod}; empty for none
 */
public record RegistryTarget(String host, String namespace) {
  private static final String DOCKER_HUB = "docker.io";
  /** A DNS name or IPv4 address, or an IPv6 address in brackets, then an optional port (of at most 5 digits). */
  private static final Pattern HOST = Pattern.compile(
      "(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\\[[0-9A-Fa-f:.]+])"
      + "(?::[0-9]{1,5})?");
  private static final Pattern COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");

  /**
   * Parses {@code host[/namespace]}. A first part without a dot, a colon or {@code localhost} is a Docker Hub
   * namespace, as {@code docker push} reads it.
   *
   * @throws ImageException for a malformed value
   */
  public static RegistryTarget parse(String value) {
    String v = value.strip();
    while (v.endsWith("/")) {
      v = v.substring(0, v.length() - 1);
    }
    if (v.isEmpty() || v.contains("://")) {
      throw invalid(value, "expected host[:port][/namespace] (no scheme)");
    }
    int slash = v.indexOf('/');
    String first = slash < 0 ? v : v.substring(0, slash);
    boolean isHost = first.contains(".") || first.contains(":") || first.equals("localhost") || first.startsWith("[");
    if (isHost && !HOST.matcher(first).matches()) {
      throw invalid(value, "'" + first + "' is not a host[:port] (a DNS name or IP address, then an optional port)");
    }
    int colon = first.startsWith("[") ? first.indexOf("]:") + 1 : first.lastIndexOf(':');
    if (isHost && colon > 0) {
      int port = Integer.parseInt(first.substring(colon + 1)); // at most 5 digits: HOST matched
      if (port < 1 || port > 65535) {
        throw invalid(value, "port " + port + " is not 1-65535");
      }
    }
    String host = isHost ? first : DOCKER_HUB;
    String namespace = isHost ? (slash < 0 ? "" : v.substring(slash + 1)) : v;
    for (String part : namespace.isEmpty() ? List.<String>of() : List.of(namespace.split("/", -1))) {
      if (!COMPONENT.matcher(part).matches()) {
        throw invalid(value, "namespace part '" + part + "' is invalid: expected lower-case letters, digits and "
            + "separators (. _ -)");
      }
    }
    return new RegistryTarget(host, namespace);
  }

  private static ImageException invalid(String value, String why) {
    return new ImageException("--registry '" + value + "' is invalid: " + why + ", e.g. 127.0.0.1:5000 or "
        + "123456789012.dkr.ecr.us-east-1.amazonaws.com/team");
  }

  /** The repository (path inside the registry) of one service's image. */
  public String repository(String app, String service) {
    String name = app + "-" + service;
    return namespace.isEmpty() ? name : namespace + "/" + name;
  }

  /** {@code host/repository}, as docker tags and pushes it. */
  public String reference(String repository) {
    return host + "/" + repository;
  }

  /** Loopback registries speak plain HTTP, as the Docker daemon allows them to; every other one HTTPS. */
  public boolean isLoopback() {
    String h = host.startsWith("[") ? host.substring(1, host.indexOf(']')) : host.split(":")[0];
    return h.equals("localhost") || h.startsWith("127.") || h.equals("::1");
  }

  /** The base URI of the registry's HTTP API v2. */
  public URI apiBase() {
    if (host.equals(DOCKER_HUB)) {
      return URI.create("https://registry-1.docker.io");
    }
    return URI.create((isLoopback() ? "http://" : "https://") + host);
  }

  /** The keys {@code ~/.docker/config.json} may file this registry's credentials under, best first. */
  public List<String> configKeys() {
    if (host.equals(DOCKER_HUB)) {
      return List.of("https://index.docker.io/v1/", "index.docker.io", DOCKER_HUB);
    }
    return List.of(host, "https://" + host, "http://" + host, "https://" + host + "/v1/");
  }
}
