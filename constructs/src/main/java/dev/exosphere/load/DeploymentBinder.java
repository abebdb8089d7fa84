package dev.exosphere.load;

import dev.exosphere.model.Deployment;
import dev.exosphere.model.Deployment.Strategy;
import dev.exosphere.model.DeploymentAlarms;
import dev.exosphere.model.Route;
import dev.exosphere.model.ServiceType;
import dev.exosphere.rules.Defaults;
import dev.exosphere.rules.Limits;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;

/** A service's {@code deployment} into a {@link Deployment}, checked against the service's type and routes. */
final class DeploymentBinder {
  private final Values values;
  private final LoadContext ctx;

  DeploymentBinder(Values values) {
    this.values = values;
    this.ctx = values.ctx();
  }

  /** The service's deployment, empty when it writes none. */
  Optional<Deployment> deployment(Obj service, Optional<ServiceType> type, SortedMap<String, Route> routes) {
    Optional<Obj> o = service.child("deployment", YamlShape.DEPLOYMENT);
    if (o.isEmpty()) {
      return Optional.empty();
    }
    Obj d = o.get();
    Strategy strategy = d.read("strategy", this::strategy).orElse(Strategy.ROLLING);
    boolean loadBalanced = type.orElse(null) == ServiceType.PUBLIC;
    if (strategy.shiftsTraffic()) {
      if (type.isPresent() && !loadBalanced) {
        ctx.error(d.position("strategy"), d.path("strategy"), "expected a public service for " + strategy.yamlName()
            + " (it shifts load balancer traffic between two target groups), got a " + type.get().yamlName() + " service",
            "use strategy: rolling, or make the service public");
      } else {
        oneRulePerTarget(service, routes, strategy);
      }
    }
    OptionalInt bake = minutes(d, "bakeTime");
    if (d.has("bakeTime") && !strategy.shiftsTraffic()) {
      ctx.error(d.keyPosition("bakeTime"), d.path("bakeTime"), "bakeTime does nothing with a rolling deployment "
          + "(it is how long blue-green, canary and linear keep the old revision)", "drop bakeTime, or pick one of those strategies");
    }
    OptionalInt percent = OptionalInt.empty();
    OptionalInt step = OptionalInt.empty();
    for (Strategy s : new Strategy[] {Strategy.CANARY, Strategy.LINEAR}) {
      String key = s.yamlName();
      if (d.has(key) && strategy != s) {
        ctx.error(d.keyPosition(key), d.path(key), "'" + key + "' does nothing with strategy " + strategy.yamlName(),
            "write strategy: " + key + ", or drop '" + key + "'");
      }
    }
    if (strategy == Strategy.CANARY) {
      Optional<Obj> c = d.child("canary", YamlShape.CANARY);
      percent = OptionalInt.of(c.map(x -> x.integer("percent", Defaults.CANARY_PERCENT, Limits.CANARY_PERCENT.min(),
          Limits.CANARY_PERCENT.max(), "a percentage of traffic")).orElse(Defaults.CANARY_PERCENT));
      step = c.map(x -> minutes(x, "bakeTime")).orElse(OptionalInt.empty());
    } else if (strategy == Strategy.LINEAR) {
      Optional<Obj> l = d.child("linear", YamlShape.LINEAR);
      percent = OptionalInt.of(l.map(x -> x.integer("percent", Defaults.LINEAR_STEP_PERCENT, Limits.LINEAR_STEP_PERCENT.min(),
          Limits.LINEAR_STEP_PERCENT.max(), "a percentage of traffic per step")).orElse(Defaults.LINEAR_STEP_PERCENT));
      step = l.map(x -> minutes(x, "interval")).orElse(OptionalInt.empty());
    }
    Optional<DeploymentAlarms> alarms = d.child("alarms", YamlShape.DEPLOYMENT_ALARMS).map(a -> new DeploymentAlarms(
        a.bool("rollback", Defaults.DEPLOYMENT_ALARMS_ROLLBACK),
        a.integer("targetErrorsPerMinute", Defaults.DEPLOYMENT_ALARM_TARGET_ERRORS_PER_MINUTE,
            Limits.DEPLOYMENT_ALARM_TARGET_ERRORS.min(), Limits.DEPLOYMENT_ALARM_TARGET_ERRORS.max(), "a number of responses")));
    if (alarms.isPresent() && type.isPresent() && !loadBalanced) {
      ctx.error(d.keyPosition("alarms"), d.path("alarms"), "expected a public service for deployment alarms (they watch "
          + "its target groups' 5xx responses and unhealthy targets), got a " + type.get().yamlName() + " service",
          "drop alarms: the circuit breaker still rolls back tasks that fail to start");
    }
    return Optional.of(new Deployment(strategy, bake, percent, step, alarms));
  }

  private OptionalInt minutes(Obj o, String key) {
    return o.read(key, (n, p) -> values.integer(n, p, Limits.DEPLOYMENT_BAKE_MINUTES.min(),
        Limits.DEPLOYMENT_BAKE_MINUTES.max(), "a number of minutes")).map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  /**
   * ECS shifts traffic through one production listener rule per target group, so each target (protocol and
   * container port) must be reached by one route, whose hosts fit one rule.
   */
  private void oneRulePerTarget(Obj service, SortedMap<String, Route> routes, Strategy strategy) {
    Map<String, String> byTarget = new HashMap<>();
    for (Route r : routes.values()) {
      String target = r.protocol() + ":" + r.port();
      String path = service.path("interface") + "." + r.prefix();
      SourcePosition at = service.get("interface").filter(YamlNode.MapNode.class::isInstance)
          .map(n -> ((YamlNode.MapNode) n).entries().get(r.prefix())).map(YamlNode.Entry::keyPosition)
          .orElse(service.position("interface"));
      String first = byTarget.putIfAbsent(target, r.prefix());
      if (first != null) {
        ctx.error(at, path, "expected one route per container port with strategy " + strategy.yamlName() + " (ECS shifts "
            + "traffic through one listener rule per target group), got '" + first + "' and '" + r.prefix() + "' on "
            + target, "give each route its own container port, or use strategy: rolling");
      } else if (r.hosts().size() > Limits.ALB_VALUES_PER_CONDITION) {
        ctx.error(at, path, "expected at most " + Limits.ALB_VALUES_PER_CONDITION + " hosts with strategy "
            + strategy.yamlName() + " (more take several listener rules; ECS shifts traffic through one), got "
            + r.hosts().size(), "use fewer hosts (a wildcard), or strategy: rolling");
      }
    }
  }

  private Optional<Strategy> strategy(YamlNode n, String path) {
    return values.choice(n, path, java.util.List.of(Strategy.values()), Strategy::yamlName, null);
  }
}
