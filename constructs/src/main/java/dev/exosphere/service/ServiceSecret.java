package dev.exosphere.service;

import java.util.Optional;

/**
 * A variable ECS fetches at task start, through the task's execution role: never written into the template.
 *
 * @param store where it is kept
 * @param ref   the SSM parameter's name, or the secret's name or ARN
 * @param field a JSON key inside a Secrets Manager secret; empty: the whole secret
 */
public record ServiceSecret(Store store, String ref, Optional<String> field) {
  /** Where a secret is kept. */
  public enum Store {
    /** An SSM Parameter Store SecureString. */
    SSM,
    /** A Secrets Manager secret. */
    SECRETS_MANAGER
  }

  /** The SecureString parameter {@code name}. */
  public static ServiceSecret ssm(String name) {
    return new ServiceSecret(Store.SSM, name, Optional.empty());
  }

  /** The whole Secrets Manager secret {@code nameOrArn}. */
  public static ServiceSecret secretsManager(String nameOrArn) {
    return new ServiceSecret(Store.SECRETS_MANAGER, nameOrArn, Optional.empty());
  }

  /** The JSON key {@code field} of the Secrets Manager secret {@code nameOrArn}. */
  public static ServiceSecret secretsManager(String nameOrArn, String field) {
    return new ServiceSecret(Store.SECRETS_MANAGER, nameOrArn, Optional.of(field));
  }
}
