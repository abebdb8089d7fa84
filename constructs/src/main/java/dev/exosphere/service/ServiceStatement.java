package dev.exosphere.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One Allow statement of the task role.
 *
 * @param actions    {@code service:Action}, e.g. {@code s3:GetObject}; required
 * @param resources  ARNs, or {@code *}; required
 * @param conditions operator to condition key to values, e.g. {@code StringEquals: {aws:SourceVpc: [vpc-1]}}.
 *                   @default none
 * @param reason     why its wildcards are needed, the reason of the cdk-nag AwsSolutions-IAM5 suppression; required
 *                   when an action or resource holds {@code *} or {@code ?}, refused otherwise. @default none
 */
public record ServiceStatement(List<String> actions, List<String> resources,
    SortedMap<String, SortedMap<String, List<String>>> conditions, Optional<String> reason) {
  public ServiceStatement {
    actions = List.copyOf(actions);
    resources = List.copyOf(resources);
    SortedMap<String, SortedMap<String, List<String>>> copy = new TreeMap<>();
    conditions.forEach((op, keys) -> copy.put(op, new TreeMap<>(keys)));
    conditions = copy;
  }

  /** Exact actions on exact resources, without conditions. */
  public static ServiceStatement allow(List<String> actions, List<String> resources) {
    return new ServiceStatement(actions, resources, new TreeMap<>(), Optional.empty());
  }

  /** The same statement, with {@code why} its wildcards are needed. */
  public ServiceStatement because(String why) {
    return new ServiceStatement(actions, resources, conditions, Optional.of(why));
  }

  /** The same statement, with conditions. */
  public ServiceStatement when(Map<String, ? extends Map<String, List<String>>> all) {
    SortedMap<String, SortedMap<String, List<String>>> c = new TreeMap<>();
    all.forEach((op, keys) -> c.put(op, new TreeMap<>(keys)));
    return new ServiceStatement(actions, resources, c, reason);
  }
}
