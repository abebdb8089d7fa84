package dev.exosphere.service;

import dev.exosphere.ExoException;
import dev.exosphere.PropChecks;
import dev.exosphere.rules.ContainerRules;
import dev.exosphere.rules.IamRules;
import dev.exosphere.rules.Limits;
import java.util.List;
import java.util.stream.Stream;
import software.constructs.Construct;

/** {@link ExoServiceProps#container()} and {@link ExoServiceProps#permissions()} checked, each error naming its prop. */
final class ContainerChecks {
  private ContainerChecks() {}

  static void validate(Construct scope, ServiceContainer c, ServicePermissions p) {
    ExoException.required(scope, "container", c, "pass ServiceContainer.defaults()");
    ExoException.required(scope, "permissions", p, "pass ServicePermissions.none()");
    c.command().ifPresent(w -> PropChecks.check(scope, "container.command", w, ContainerRules.words(w)));
    c.entryPoint().ifPresent(w -> PropChecks.check(scope, "container.entryPoint", w, ContainerRules.words(w)));
    c.workingDirectory().ifPresent(d -> PropChecks.check(scope, "container.workingDirectory", d,
        ContainerRules.workingDirectory(d)));
    c.user().ifPresent(u -> PropChecks.check(scope, "container.user", u, ContainerRules.user(u)));
    c.stopTimeoutSeconds().ifPresent(t -> PropChecks.range(scope, "container.stopTimeoutSeconds", t,
        Limits.STOP_TIMEOUT_SECONDS, "use e.g. 30"));
    c.healthCheck().ifPresent(h -> {
      PropChecks.check(scope, "container.healthCheck.command", h.command(),
          ContainerRules.healthCheckCommand(ExoException.required(scope, "container.healthCheck.command", h.command(),
              "pass e.g. List.of(\"CMD\", \"/bin/healthcheck\")")));
      PropChecks.range(scope, "container.healthCheck.intervalSeconds", h.intervalSeconds(),
          Limits.CONTAINER_HEALTH_CHECK_INTERVAL_SECONDS, "use e.g. 30");
      PropChecks.range(scope, "container.healthCheck.timeoutSeconds", h.timeoutSeconds(),
          Limits.CONTAINER_HEALTH_CHECK_TIMEOUT_SECONDS, "use e.g. 5");
      PropChecks.check(scope, "container.healthCheck.timeoutSeconds", h.timeoutSeconds(),
          ContainerRules.healthCheckTiming(h.intervalSeconds(), h.timeoutSeconds()));
      PropChecks.range(scope, "container.healthCheck.retries", h.retries(), Limits.CONTAINER_HEALTH_CHECK_RETRIES,
          "use e.g. 3");
      PropChecks.range(scope, "container.healthCheck.startPeriodSeconds", h.startPeriodSeconds(),
          Limits.CONTAINER_HEALTH_CHECK_START_PERIOD_SECONDS, "use e.g. 10");
    });
    p.managedPolicies().forEach((policy, reason) -> {
      PropChecks.check(scope, "permissions.managedPolicies", policy, IamRules.managedPolicy(policy));
      if (reason == null || reason.isBlank()) {
        throw ExoException.invalidProp(scope, "permissions.managedPolicies[" + policy + "]", "no reason",
            "a reason the service needs it (the cdk-nag suppression's)", "map the policy to one sentence");
      }
    });
    for (int i = 0; i < p.statements().size(); i++) {
      statement(scope, "permissions.statements[" + i + "]", p.statements().get(i));
    }
  }

  private static void statement(Construct scope, String prop, ServiceStatement s) {
    for (String a : List.of("actions", "resources")) {
      if ((a.equals("actions") ? s.actions() : s.resources()).isEmpty()) {
        throw ExoException.invalidProp(scope, prop + "." + a, "none", "at least one", "list them");
      }
    }
    s.actions().forEach(a -> PropChecks.check(scope, prop + ".actions", a, IamRules.action(a)));
    s.resources().forEach(r -> PropChecks.check(scope, prop + ".resources", r, IamRules.resource(r)));
    s.conditions().forEach((op, keys) -> {
      PropChecks.check(scope, prop + ".conditions", op, IamRules.conditionOperator(op));
      keys.keySet().forEach(k -> PropChecks.check(scope, prop + ".conditions." + op, k, IamRules.conditionKey(k)));
    });
    List<String> wild = wildcards(s);
    boolean reasoned = s.reason().filter(r -> !r.isBlank()).isPresent();
    if (!wild.isEmpty() && !reasoned) {
      throw ExoException.invalidProp(scope, prop + ".reason", "none", "a reason for the wildcards " + wild,
          "name exact actions and resources, or give the reason (the cdk-nag AwsSolutions-IAM5 suppression's)");
    }
    if (wild.isEmpty() && s.reason().isPresent()) {
      throw ExoException.invalidProp(scope, prop + ".reason", s.reason().get(), "no reason: the statement has no "
          + "wildcard to explain", "drop the reason");
    }
  }

  /** The actions and resources cdk-nag's AwsSolutions-IAM5 reports. */
  static List<String> wildcards(ServiceStatement s) {
    return Stream.concat(s.actions().stream(), s.resources().stream()).filter(IamRules::hasWildcard).toList();
  }
}
