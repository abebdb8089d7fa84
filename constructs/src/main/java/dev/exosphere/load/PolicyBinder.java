package dev.exosphere.load;

import dev.exosphere.model.Policies;
import dev.exosphere.model.Scaling;
import dev.exosphere.rules.Limits;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** {@code policies} (application or service) and {@code scaling}. */
final class PolicyBinder {
  /** What CloudWatch Logs accepts as a retention. */
  static final Set<Integer> RETENTION_DAYS = Limits.LOG_RETENTION_DAYS;

  private final Values values;

  PolicyBinder(Values values) {
    this.values = values;
  }

  /** The {@code policies} of {@code owner}; {@code requestsReason} says why targetRequests is refused, empty if allowed. */
  Policies policies(Obj owner, Optional<String> requestsReason) {
    Optional<Obj> p = owner.child("policies", YamlShape.POLICIES);
    if (p.isEmpty()) {
      return Policies.none();
    }
    Optional<Obj> logging = p.get().child("logging", YamlShape.LOGGING);
    OptionalInt retention = logging.flatMap(l -> l.read("retentionDays", this::retention)).map(OptionalInt::of).orElse(OptionalInt.empty());
    Optional<String> level = logging.flatMap(l -> l.string("level"));
    OptionalInt timeout = p.get().child("timeout", YamlShape.TIMEOUT)
        .flatMap(t -> t.read("requestTimeout", (n, path) -> values.integer(n, path, Limits.IDLE_TIMEOUT_SECONDS.min(), Limits.IDLE_TIMEOUT_SECONDS.max(), "seconds")))
        .map(OptionalInt::of).orElse(OptionalInt.empty());
    return new Policies(retention, level, timeout, scaling(p.get(), requestsReason));
  }

  /**
   * A service's {@code policies}: as the application's, but without {@code timeout}, the idle timeout of the load
   * balancer that all public services share.
   */
  Policies servicePolicies(Obj service, Optional<String> requestsReason) {
    // the raw node: opening the mapping twice would report its unknown keys twice
    service.get("policies").filter(YamlNode.MapNode.class::isInstance)
        .map(n -> ((YamlNode.MapNode) n).entries().get("timeout")).ifPresent(e -> values.ctx().error(
        e.keyPosition(), service.path("policies") + ".timeout",
        "a service cannot have its own 'timeout': the request (idle) timeout belongs to the load balancer all public"
            + " services share",
        "move it to the top-level 'policies: {timeout: {requestTimeout: ...}}'"));
    return policies(service, requestsReason);
  }

  private Optional<Integer> retention(YamlNode n, String path) {
    Optional<Integer> days = values.integer(n, path);
    if (days.isPresent() && !RETENTION_DAYS.contains(days.get())) {
      int nearest = RETENTION_DAYS.stream().min((a, b) -> Integer.compare(Math.abs(a - days.get()), Math.abs(b - days.get()))).orElseThrow();
      values.ctx().error(n.position(), path, "expected a CloudWatch Logs retention (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653 days), got " + days.get(),
          "did you mean " + nearest + "?");
      return Optional.empty();
    }
    return days;
  }

  /** {@code scaling: {min, max, targetCpu, targetRequests}} under {@code owner}. */
  Optional<Scaling> scaling(Obj owner, Optional<String> requestsReason) {
    return owner.child("scaling", YamlShape.SCALING).flatMap(s -> {
      int min = s.integer("min", 1, 0, 1000, "a task count");
      int max = s.integer("max", Math.max(min, 1), 1, 1000, "a task count");
      if (s.has("min") && s.has("max") && min > max) {
        values.ctx().error(s.position("max"), s.path("max"), "expected max at least min (" + min + "), got " + max, "raise max or lower min");
      }
      OptionalInt cpu = s.read("targetCpu", (n, p) -> values.integer(n, p, 1, 100, "a CPU percentage")).map(OptionalInt::of).orElse(OptionalInt.empty());
      OptionalInt requests = s.read("targetRequests", (n, p) -> values.integer(n, p, 1, Integer.MAX_VALUE, "requests per task per minute"))
          .map(OptionalInt::of).orElse(OptionalInt.empty());
      if (s.has("targetRequests") && requestsReason.isPresent()) {
        values.ctx().error(s.keyPosition("targetRequests"), s.path("targetRequests"), "targetRequests applies to public services only, " + requestsReason.get(),
            "remove it or scale on targetCpu");
      }
      return Optional.of(new Scaling(min, max, cpu, requests));
    });
  }
}
