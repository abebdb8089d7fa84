package dev.exosphere.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * AWS permissions of a service's task role ({@code permissions}), the application's added to every service's.
 *
 * @param managedPolicies managed policies by AWS-managed name or ARN, each with the reason it is needed (the
 *                        reason of the cdk-nag AwsSolutions-IAM4 suppression)
 * @param statements      inline Allow statements
 */
public record Permissions(SortedMap<String, String> managedPolicies, List<Statement> statements) {
  public Permissions {
    managedPolicies = Guard.sortedMap(managedPolicies, "Permissions.managedPolicies");
    statements = Guard.list(statements, "Permissions.statements");
  }

  public static Permissions none() {
    return new Permissions(new TreeMap<>(), List.of());
  }

  public boolean isEmpty() {
    return managedPolicies.isEmpty() && statements.isEmpty();
  }

  /** This service's permissions and the application's: both apply (a service's reason wins for a shared policy). */
  public Permissions plus(Permissions app) {
    SortedMap<String, String> policies = new TreeMap<>(app.managedPolicies);
    policies.putAll(managedPolicies);
    List<Statement> all = new ArrayList<>(app.statements);
    all.addAll(statements);
    return new Permissions(policies, all);
  }

  /**
   * One inline Allow statement.
   *
   * @param actions    IAM actions, {@code service:Action}, wildcards allowed with a reason
   * @param resources  ARNs, or {@code *} with a reason
   * @param conditions condition operator to condition key to values, e.g. {@code StringEquals: {aws:SourceVpc: [..]}}
   * @param reason     why its wildcards are needed: the reason of the cdk-nag AwsSolutions-IAM5 suppression; empty
   *                   when it has no wildcard
   */
  public record Statement(List<String> actions, List<String> resources,
      SortedMap<String, SortedMap<String, List<String>>> conditions, java.util.Optional<String> reason) {
    public Statement {
      actions = Guard.list(actions, "Statement.actions");
      resources = Guard.list(resources, "Statement.resources");
      SortedMap<String, SortedMap<String, List<String>>> copy = new TreeMap<>();
      Objects.requireNonNull(conditions, "Statement.conditions").forEach((op, keys) -> {
        SortedMap<String, List<String>> k = new TreeMap<>();
        keys.forEach((key, values) -> k.put(key, Guard.list(values, "Statement.conditions")));
        copy.put(op, java.util.Collections.unmodifiableSortedMap(k));
      });
      conditions = java.util.Collections.unmodifiableSortedMap(copy);
      Objects.requireNonNull(reason, "Statement.reason");
    }
  }
}
