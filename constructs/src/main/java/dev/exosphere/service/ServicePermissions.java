package dev.exosphere.service;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * AWS permissions of a service's task role: what the service's own code may do.
 *
 * @param managedPolicies managed policies by AWS-managed name (e.g. {@code AmazonS3ReadOnlyAccess}) or policy ARN,
 *                        each with the reason it is needed (an AWS-managed one's becomes the cdk-nag AwsSolutions-IAM4
 *                        suppression's reason). @default none
 * @param statements      inline Allow statements. @default none
 */
public record ServicePermissions(SortedMap<String, String> managedPolicies, List<ServiceStatement> statements) {
  public ServicePermissions {
    managedPolicies = new TreeMap<>(managedPolicies);
    statements = List.copyOf(statements);
  }

  /** No permission at all: the least privilege. */
  public static ServicePermissions none() {
    return new ServicePermissions(new TreeMap<>(), List.of());
  }

  public static ServicePermissions of(Map<String, String> managedPolicies, List<ServiceStatement> statements) {
    return new ServicePermissions(new TreeMap<>(managedPolicies), statements);
  }
}
