package dev.exosphere.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.assertions.Template;

/**
 * The statements of the IAM policies on a role, each {@code Action} as a sorted list: the order of actions is CDK's
 * business ({@code @aws-cdk/aws-iam:minimizePolicies} sorts them, CDK's defaults keep the order of the grants), what
 * a role may do is ours, under either flag set.
 */
public final class PolicyStatements {
  private PolicyStatements() {}

  /** The statements of every AWS::IAM::Policy whose Roles has a {@code Ref} matching {@code roleRefRegex}. */
  public static List<Map<String, Object>> ofRole(Template template, String roleRefRegex) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> policy : template.findResources("AWS::IAM::Policy").values()) {
      Map<?, ?> props = (Map<?, ?>) policy.get("Properties");
      boolean onRole = ((List<?>) props.get("Roles")).stream()
          .anyMatch(r -> r instanceof Map<?, ?> m && String.valueOf(m.get("Ref")).matches(roleRefRegex));
      if (onRole) {
        for (Object s : (List<?>) ((Map<?, ?>) props.get("PolicyDocument")).get("Statement")) {
          out.add(normalized((Map<?, ?>) s));
        }
      }
    }
    return out;
  }

  /** {@code actions} sorted, as {@link #ofRole} gives them. */
  public static List<String> actions(String... actions) {
    return List.of(actions).stream().sorted().toList();
  }

  private static Map<String, Object> normalized(Map<?, ?> statement) {
    Map<String, Object> out = new LinkedHashMap<>();
    statement.forEach((k, v) -> out.put(String.valueOf(k), v));
    Object action = out.get("Action");
    out.put("Action", action instanceof List<?> l
        ? l.stream().map(String::valueOf).sorted().toList() : List.of(String.valueOf(action)));
    return out;
  }
}
