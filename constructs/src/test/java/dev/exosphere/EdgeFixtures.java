package dev.exosphere;

import dev.exosphere.testsupport.TestApps;
import dev.exosphere.model.HealthCheck;
import dev.exosphere.model.Messages;
import dev.exosphere.model.Policies;
import dev.exosphere.model.Route;
import dev.exosphere.model.Scaling;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import dev.exosphere.model.ValueSource;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/** Hand-built model records and a pinned stack for the gateway and service tests. */
public final class EdgeFixtures {
  private EdgeFixtures() {}

  public static Stack stack() {
    return stack(TestApps.current());
  }

  /** The pinned stack in an app with {@code flags}, whatever this run's flag set. */
  public static Stack stack(TestApps.Flags flags) {
    App app = TestApps.builder(flags, Map.of("availability-zones:account=123456789012:region=us-east-1",
            List.of("us-east-1a", "us-east-1b", "us-east-1c"))).build();
    return new Stack(app, "Test", StackProps.builder()
        .env(Environment.builder().account("123456789012").region("us-east-1").build())
        .build());
  }

  /** A plain ECS cluster in a new two-AZ VPC of {@code stack}, with one t3.small auto-scaling group. */
  public static software.amazon.awscdk.services.ecs.Cluster ec2Cluster(Stack stack) {
    software.amazon.awscdk.services.ec2.Vpc vpc = software.amazon.awscdk.services.ec2.Vpc.Builder.create(stack, "Vpc")
        .maxAzs(2).build();
    software.amazon.awscdk.services.ecs.Cluster cluster = software.amazon.awscdk.services.ecs.Cluster.Builder
        .create(stack, "Cluster").vpc(vpc).build();
    cluster.addCapacity("Asg", software.amazon.awscdk.services.ecs.AddCapacityOptions.builder()
        .instanceType(new software.amazon.awscdk.services.ec2.InstanceType("t3.small")).build());
    return cluster;
  }

  public static Route route(String prefix, int port, String... hosts) {
    return new Route(prefix, port, "http", prefix, new HealthCheck("/health", 30, 5, 2, 3, "200-399"), List.of(hosts));
  }

  public static Service service(String name, ServiceType type, Route... routes) {
    return new Service(name, type, Optional.of("example/" + name + ":1.0"), Optional.empty(),
        new TreeMap<>(Arrays.stream(routes).collect(Collectors.toMap(Route::prefix, Function.identity()))),
        new TreeMap<>(), new TreeMap<>(), Service.DEFAULT_CPU, Service.DEFAULT_MEMORY, 1, Optional.empty(),
        Messages.none(), List.of(), new TreeMap<>(), Policies.none(), dev.exosphere.model.ContainerSpec.image(),
        dev.exosphere.model.Permissions.none(), Optional.empty(), List.of());
  }

  /** The route requests of the public services among {@code services}, as a gateway announces them. */
  public static List<dev.exosphere.routing.RouteRequest> routesOf(List<Service> services) {
    return services.stream().filter(s -> s.type() == ServiceType.PUBLIC)
        .flatMap(s -> dev.exosphere.routing.RouteRequest.of(s).stream()).toList();
  }

  /** A copy of {@code s} with other variables, secrets, scaling, dependencies and policies. */
  public static Service with(Service s, Map<String, String> env, Map<String, ValueSource> secrets,
      Optional<Scaling> scaling, List<String> dependencies, Policies policies) {
    return new Service(s.name(), s.type(), s.image(), s.build(), s.routes(), new TreeMap<>(env),
        new TreeMap<>(secrets), s.cpu(), s.memory(), s.replicas(), scaling, s.messages(), dependencies, s.volumes(),
        policies, s.container(), s.permissions(), s.deployment(), s.tcp());
  }
}
