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
      throw new ImageException("--registry '" + value + "' is invalid: expected host[:port][/namespace], e.g. "
          + "127.0.0.1:5000 or 123456789012.dkr.ecr.us-east-1.amazonaws.com/team (no scheme)");
    }
    int slash = v.indexOf('/');
    String first = slash < 0 ? v : v.substring(0, slash);
    boolean isHost = first.contains(".") || first.contains(":") || first.equals("localhost");
    String host = isHost ? first : DOCKER_HUB;
    String namespace = isHost ? (slash < 0 ? "" : v.substring(slash + 1)) : v;
    for (String part : namespace.isEmpty() ? List.<String>of() : List.of(namespace.split("/"))) {
      if (!COMPONENT.matcher(part).matches()) {
        throw new ImageException("--registry '" + value + "': namespace part '" + part + "' is invalid: expected "
            + "lower-case letters, digits and separators (. _ -)");
      }
    }
    return new RegistryTarget(host, namespace);
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
