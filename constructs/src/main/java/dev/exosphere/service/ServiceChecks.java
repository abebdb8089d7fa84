package dev.exosphere.service;

import dev.exosphere.ExoException;
import dev.exosphere.PropChecks;
import dev.exosphere.routing.RoutePlanException;
import dev.exosphere.routing.RouteTarget;
import dev.exosphere.routing.TargetGroups;
import dev.exosphere.rules.HealthChecks;
import dev.exosphere.rules.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import software.constructs.Construct;

/** {@link ExoServiceProps} checked before anything is built, each error naming its prop. */
final class ServiceChecks {
  private ServiceChecks() {}

  /** The props' target groups with their health checks, once every prop is known good. */
  static SortedMap<RouteTarget, ServiceHealthCheck> validate(Construct scope, ExoServiceProps props) {
    ExoException.required(scope, "name", props.name(), "pass the service's name, e.g. web");
    ExoException.required(scope, "kind", props.kind(), "pass PUBLIC, PRIVATE or WORKER");
    ExoException.required(scope, "appName", props.appName(), "pass the application's name");
    ExoException.required(scope, "cluster", props.cluster(), "pass the ExoCluster it runs on");
    ExoException.required(scope, "image", props.image(), "pass a ContainerImage, e.g. ContainerImage.fromRegistry(..)");
    ExoException.required(scope, "logRetention", props.logRetention(), "pass a RetentionDays, e.g. ONE_MONTH");
    PropChecks.range(scope, "cpu", props.cpu(), Limits.CONTAINER_CPU, "use e.g. 256 (a quarter vCPU)");
    PropChecks.range(scope, "memoryMiB", props.memoryMiB(), Limits.CONTAINER_MEMORY_MIB, "use e.g. 512");
    PropChecks.range(scope, "desiredCount", props.desiredCount(), Limits.TASK_COUNT, "use e.g. 1");
    props.scaling().ifPresent(s -> scaling(scope, props, s));
    ContainerChecks.validate(scope, props.container(), props.permissions());
    ServiceRollout.validate(scope, props);
    ServiceTcp.validate(scope, props);
    props.bus().ifPresent(b -> {
      ExoException.required(scope, "bus.host", b.host(), "pass the bus's address, e.g. exoComBus.getAddress()");
      PropChecks.range(scope, "bus.port", b.port(), Limits.PORT, "use the bus's port, e.g. exoComBus.getPort()");
    });
    if (props.messages().isPresent() && props.exoComBus().isEmpty()) {
      throw ExoException.invalidProp(scope, "messages", props.messages().get(), "a bus given as an ExoComBus, to add"
          + " the service's route to", "pass bus(exoComBus), or give the route to ExoComBusProps.routes instead");
    }
    List<TargetGroups.Member<ServiceHealthCheck>> members = new ArrayList<>();
    for (int i = 0; i < props.routes().size(); i++) {
      ServiceRoute r = props.routes().get(i);
      String where = "routes[" + i + "]";
      PropChecks.range(scope, where + ".containerPort", r.containerPort(), Limits.PORT, "use the port the container "
          + "listens on");
      healthCheck(scope, where + ".healthCheck", ExoException.required(scope, where + ".healthCheck", r.healthCheck(),
          "pass ServiceHealthCheck.defaults()"));
      members.add(new TargetGroups.Member<>(r.prefix(), where, r.target(), r.healthCheck()));
    }
    kind(scope, props);
    try {
      return TargetGroups.of(members);
    } catch (RoutePlanException e) {
      throw ExoException.invalidProp(scope, e.where(), "a different health check", e.expected(), e.fix());
    }
  }

  private static void kind(Construct scope, ExoServiceProps props) {
    switch (props.kind()) {
      case PUBLIC -> {
        if (props.routes().isEmpty()) {
          throw ExoException.invalidProp(scope, "routes", "none", "at least one route for a PUBLIC service",
              "add a route, e.g. ServiceRoute.builder(\"/\", 3000).build(), or make it a WORKER");
        }
      }
      case PRIVATE -> {
        if (props.routes().size() > 1 || props.routes().stream().anyMatch(r -> !r.prefix().equals("/"))) {
          throw ExoException.invalidProp(scope, "routes", props.routes().stream().map(ServiceRoute::prefix).toList(),
              "at most one route, prefix /, for a PRIVATE service (Cloud Map registers one port)",
              "keep one route on / with the port it listens on");
        }
        if (!props.routes().isEmpty() && props.namespace().isEmpty()) {
          throw ExoException.invalidProp(scope, "namespace", "none",
              "a Cloud Map namespace for private service " + props.name(), "pass the application's private DNS "
                  + "namespace, e.g. exoApplication.getNamespace().orElseThrow()");
        }
      }
      case WORKER -> {
        if (!props.routes().isEmpty()) {
          throw ExoException.invalidProp(scope, "routes", props.routes().stream().map(ServiceRoute::prefix).toList(),
              "no routes for a WORKER (it has no inbound port)", "drop the routes, or make it PRIVATE or PUBLIC");
        }
      }
      default -> throw new IllegalStateException("every kind is handled");
    }
  }

  private static void scaling(Construct scope, ExoServiceProps props, ServiceScaling s) {
    PropChecks.range(scope, "scaling.min", s.min(), Limits.TASK_COUNT, "use e.g. 1");
    PropChecks.range(scope, "scaling.max", s.max(), Limits.TASK_COUNT, "use e.g. 3");
    if (PropChecks.known(s.min()) && PropChecks.known(s.max()) && s.min() > s.max()) {
      throw ExoException.invalidProp(scope, "scaling.min", s.min(), "at most scaling.max (" + s.max() + ")",
          "lower min or raise max");
    }
    s.targetCpu().ifPresent(cpu -> PropChecks.range(scope, "scaling.targetCpu", cpu,
        Limits.SCALING_TARGET_CPU_PERCENT, "use e.g. 70"));
    // Only public services have a target group to count requests on.
    if (s.targetRequests().isPresent() && props.kind() != ServiceKind.PUBLIC) {
      throw ExoException.invalidProp(scope, "scaling.targetRequests", s.targetRequests().getAsInt(),
          "no request target on a service without a load balancer", "scale it on targetCpu instead");
    }
  }

  private static void healthCheck(Construct scope, String prop, ServiceHealthCheck hc) {
    PropChecks.check(scope, prop + ".path", hc.path(), HealthChecks.path(hc.path()));
    PropChecks.check(scope, prop + ".codes", hc.codes(), HealthChecks.codes(hc.codes()));
    PropChecks.range(scope, prop + ".intervalSeconds", hc.intervalSeconds(), Limits.HEALTH_CHECK_INTERVAL_SECONDS,
        "use e.g. 30");
    PropChecks.range(scope, prop + ".timeoutSeconds", hc.timeoutSeconds(), Limits.HEALTH_CHECK_TIMEOUT_SECONDS,
        "use e.g. 5");
    PropChecks.range(scope, prop + ".healthyThreshold", hc.healthyThreshold(), Limits.HEALTH_CHECK_THRESHOLD,
        "use e.g. 2");
    PropChecks.range(scope, prop + ".unhealthyThreshold", hc.unhealthyThreshold(), Limits.HEALTH_CHECK_THRESHOLD,
        "use e.g. 3");
    PropChecks.check(scope, prop + ".timeoutSeconds", hc.timeoutSeconds(),
        HealthChecks.timing(hc.intervalSeconds(), hc.timeoutSeconds(), true, true));
  }
}
