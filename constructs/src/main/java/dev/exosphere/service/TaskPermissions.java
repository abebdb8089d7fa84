package dev.exosphere.service;

import dev.exosphere.Nag;
import dev.exosphere.rules.IamRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awscdk.services.ecs.TaskDefinition;
import software.amazon.awscdk.services.iam.IManagedPolicy;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.constructs.Construct;

/**
 * Grants {@link ServicePermissions} to a task role: managed policies attached, statements in the role's default
 * policy, and each wildcard suppressed for cdk-nag with exactly the findings it causes and the reason given.
 */
final class TaskPermissions {
  private TaskPermissions() {}

  static void grant(Construct scope, TaskDefinition task, ServicePermissions p) {
    IRole role = task.getTaskRole();
    Map<String, String> iam4 = new LinkedHashMap<>();
    p.managedPolicies().forEach((policy, reason) -> {
      IManagedPolicy managed;
      if (policy.startsWith("arn:")) {
        // imports create no resource: the id only has to be unique and stable
        managed = ManagedPolicy.fromManagedPolicyArn(scope, "ManagedPolicy" + Integer.toHexString(policy.hashCode()),
            policy);
      } else {
        managed = ManagedPolicy.fromAwsManagedPolicyName(policy);
      }
      role.addManagedPolicy(managed);
      if (IamRules.isAwsManaged(policy)) {
        String finding = "Policy::" + (policy.startsWith("arn:") ? policy
            : "arn:<AWS::Partition>:iam::aws:policy/" + policy);
        iam4.put(finding, reason);
      }
    });
    iam4.forEach((finding, reason) -> Nag.suppress(role, "AwsSolutions-IAM4", List.of(finding), reason));
    for (ServiceStatement s : p.statements()) {
      PolicyStatement.Builder b = PolicyStatement.Builder.create().actions(s.actions()).resources(s.resources());
      if (!s.conditions().isEmpty()) {
        Map<String, Object> conditions = new LinkedHashMap<>();
        // one value is written as IAM's documents write it, a string
        s.conditions().forEach((op, keys) -> {
          Map<String, Object> values = new LinkedHashMap<>();
          keys.forEach((k, v) -> values.put(k, v.size() == 1 ? v.get(0) : v));
          conditions.put(op, values);
        });
        b.conditions(conditions);
      }
      task.addToTaskRolePolicy(b.build());
      List<String> findings = Stream.concat(
          s.actions().stream().filter(IamRules::hasWildcard).map(a -> "Action::" + a),
          s.resources().stream().filter(IamRules::hasWildcard).map(r -> "Resource::" + r)).toList();
      if (!findings.isEmpty() && role instanceof Role r) {
        Nag.suppress(r, "AwsSolutions-IAM5", findings, s.reason().orElseThrow());
      }
    }
  }
}
