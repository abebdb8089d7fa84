package dev.exosphere.load;

import dev.exosphere.model.Permissions;
import dev.exosphere.rules.IamRules;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code permissions} of the application or of a service: managed policies, each with its reason, and inline Allow
 * statements whose wildcards carry a reason (the cdk-nag suppressions' reasons).
 */
final class PermissionsBinder {
  private final Values values;
  private final LoadContext ctx;

  PermissionsBinder(Values values) {
    this.values = values;
    this.ctx = values.ctx();
  }

  Permissions bind(Obj owner) {
    return owner.child("permissions", YamlShape.PERMISSIONS).map(this::permissions).orElse(Permissions.none());
  }

  private Permissions permissions(Obj p) {
    Map<String, String> policies = p.get("managedPolicies").map(n -> values.map(n, p.path("managedPolicies"),
        "a mapping of managed policy names or ARNs to the reason each is needed", this::policy)).orElse(Map.of());
    List<Permissions.Statement> statements = p.get("statements")
        .map(n -> values.list(n, p.path("statements"), this::statement)).orElse(List.of());
    return new Permissions(new TreeMap<>(policies), statements);
  }

  private Optional<String> policy(YamlNode.Entry e, String path) {
    if (!ctx.check(e.keyPosition(), path, IamRules.managedPolicy(e.key()))) {
      return Optional.empty();
    }
    return reason(e.value(), path, "why the service needs " + e.key());
  }

  private Optional<String> reason(YamlNode n, String path, String what) {
    if (Values.isNull(n)) {
      ctx.error(n.position(), path, "expected a reason: " + what + ", got nothing",
          "write one sentence a reviewer can check; it becomes the cdk-nag suppression's reason");
      return Optional.empty();
    }
    return values.string(n, path).filter(r -> {
      if (r.isBlank()) {
        ctx.error(n.position(), path, "expected a reason: " + what + ", got an empty one",
            "write one sentence a reviewer can check");
        return false;
      }
      return true;
    });
  }

  private Optional<Permissions.Statement> statement(YamlNode n, String path) {
    return Obj.open(values, n, path, YamlShape.STATEMENT).flatMap(s -> {
      int before = ctx.problems().size();
      List<String> actions = strings(s, "actions", IamRules::action);
      List<String> resources = strings(s, "resources", IamRules::resource);
      SortedMap<String, SortedMap<String, List<String>>> conditions = s.get("conditions")
          .map(c -> conditions(c, s.path("conditions"))).orElse(new TreeMap<>());
      List<String> wild = java.util.stream.Stream.concat(actions.stream(), resources.stream())
          .filter(IamRules::hasWildcard).toList();
      Optional<String> reason = Optional.empty();
      if (s.has("reason")) {
        reason = reason(s.get("reason").get(), s.path("reason"), "why " + String.join(", ", wild) + " is needed");
        if (reason.isPresent() && wild.isEmpty()) {
          ctx.error(s.keyPosition("reason"), s.path("reason"), "'reason' explains wildcards, and this statement has"
              + " none: it would do nothing", "remove it");
        }
      } else if (!wild.isEmpty()) {
        ctx.error(s.node().position(), s.path(), "expected a 'reason' for the wildcards " + String.join(", ", wild)
            + ": least privilege names actions and resources exactly", "name the exact actions and resources, or add "
            + "'reason: <why>': it becomes the cdk-nag AwsSolutions-IAM5 suppression's reason");
      }
      Optional<String> why = reason;
      return ctx.problems().size() != before ? Optional.empty()
          : Optional.of(new Permissions.Statement(actions, resources, conditions, why));
    });
  }

  private List<String> strings(Obj s, String key, java.util.function.Function<String, Optional<dev.exosphere.rules.Complaint>> rule) {
    List<String> out = s.get(key).map(n -> values.list(n, s.path(key), (item, p) -> values.checked(item, p, rule)))
        .orElse(List.of());
    boolean empty = s.get(key).map(n -> Values.isNull(n) || n instanceof YamlNode.SeqNode q && q.items().isEmpty())
        .orElse(false);
    if (empty) {
      ctx.error(s.position(key), s.path(key), "expected at least one of the " + key + ", got none",
          "list them, e.g. " + (key.equals("actions") ? "[s3:GetObject]" : "[arn:aws:s3:::my-bucket/*]"));
    }
    return out;
  }

  private SortedMap<String, SortedMap<String, List<String>>> conditions(YamlNode n, String path) {
    SortedMap<String, SortedMap<String, List<String>>> out = new TreeMap<>();
    values.map(n, path, "a mapping of condition operators to {key: values}", (op, opPath) -> {
      if (!ctx.check(op.keyPosition(), opPath, IamRules.conditionOperator(op.key()))) {
        return Optional.empty();
      }
      SortedMap<String, List<String>> keys = new TreeMap<>(values.map(op.value(), opPath,
          "a mapping of condition keys to values", (key, keyPath) -> {
            if (!ctx.check(key.keyPosition(), keyPath, IamRules.conditionKey(key.key()))) {
              return Optional.empty();
            }
            List<String> vs = key.value() instanceof YamlNode.SeqNode
                ? values.list(key.value(), keyPath, values::string)
                : values.string(key.value(), keyPath).map(List::of).orElse(List.of());
            return vs.isEmpty() ? Optional.empty() : Optional.of(vs);
          }));
      return Optional.of(keys);
    }).forEach(out::put);
    return out;
  }
}
