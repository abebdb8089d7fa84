package dev.exosphere.model;

import dev.exosphere.rules.Defaults;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;

/**
 * One micro-service, a value of {@code services} keyed by its name (its ExoCom role).
 *
 * @param name         its key under {@code services}: DNS-safe, also its ROLE
 * @param type         public, private or worker
 * @param image        a registry reference (e.g. {@code originate/space-tweet-web:1.0}); exclusive with {@code build}
 * @param build        how to build its image; exclusive with {@code image}
 * @param routes       {@code interface}: path prefix to route, sorted by prefix (public services; private services use the port)
 * @param environment  plain variables, sorted
 * @param secrets      variables from SSM or Secrets Manager, sorted
 * @param cpu          CPU units (1024 = one vCPU); default 256
 * @param memory       hard memory limit in MiB; default 512
 * @param replicas     desired task count; default 1 (also the scaling minimum when {@code scaling} is absent)
 * @param scaling      task auto-scaling; default the application's {@code policies.scaling}, else none
 * @param messages     ExoCom routes
 * @param dependencies names from the application's {@code dependencies}
 * @param volumes      host bind mounts, by name
 * @param policies     this service's policies (already merged over the application's)
 * @param container    command, entry point, working directory, user, stop timeout and container health check;
 *                     default the image's own, no container health check
 * @param permissions  AWS permissions of its task role (the application's included); default none
 * @param deployment   how new revisions roll out; default none: rolling with circuit-breaker rollback
 * @param tcp          plain TCP ports through the service's Network Load Balancer, by listener port; default none
 */
public record Service(
    String name,
    ServiceType type,
    Optional<String> image,
    Optional<Build> build,
    SortedMap<String, Route> routes,
    SortedMap<String, String> environment,
    SortedMap<String, ValueSource> secrets,
    int cpu,
    int memory,
    int replicas,
    Optional<Scaling> scaling,
    Messages messages,
    List<String> dependencies,
    SortedMap<String, Volume> volumes,
    Policies policies,
    ContainerSpec container,
    Permissions permissions,
    Optional<Deployment> deployment,
    List<TcpPort> tcp) {

  public static final int DEFAULT_CPU = Defaults.SERVICE_CPU;
  public static final int DEFAULT_MEMORY = Defaults.SERVICE_MEMORY_MIB;

  public Service {
    Objects.requireNonNull(name, "Service.name");
    Objects.requireNonNull(type, "Service.type");
    Objects.requireNonNull(image, "Service.image");
    Objects.requireNonNull(build, "Service.build");
    Objects.requireNonNull(scaling, "Service.scaling");
    Objects.requireNonNull(messages, "Service.messages");
    Objects.requireNonNull(policies, "Service.policies");
    Objects.requireNonNull(container, "Service.container");
    Objects.requireNonNull(permissions, "Service.permissions");
    Objects.requireNonNull(deployment, "Service.deployment");
    tcp = Guard.list(tcp, "Service.tcp");
    routes = Guard.sortedMap(routes, "Service.routes");
    environment = Guard.sortedMap(environment, "Service.environment");
    secrets = Guard.sortedMap(secrets, "Service.secrets");
    dependencies = Guard.list(dependencies, "Service.dependencies");
    volumes = Guard.sortedMap(volumes, "Service.volumes");
    Guard.positive(cpu, "Service.cpu");
    Guard.positive(memory, "Service.memory");
    Guard.notNegative(replicas, "Service.replicas");
  }

  /** A service with every default and neither image nor build yet: set one. */
  public static ServiceBuilder builder(String name, ServiceType type) {
    return new ServiceBuilder(name, type);
  }

  public ServiceBuilder toBuilder() {
    return new ServiceBuilder(this);
  }

  /** The container port traffic arrives on: the first route's port. Empty for workers. */
  public OptionalInt containerPort() {
    return routes.values().stream().mapToInt(Route::port).findFirst();
  }
}
