package dev.exosphere.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a variable's value comes from. YAML: a plain string ({@code value}), {@code {ssm: /path}},
 * or {@code {secret: name-or-arn, field: password}}.
 *
 * @param kind  which store
 * @param ref   the value itself, the SSM parameter name, or the secret's name or ARN
 * @param field a JSON key inside a Secrets Manager secret; empty: the whole secret
 */
public record ValueSource(Kind kind, String ref, Optional<String> field) {
  public enum Kind {
    /** A plain value, in the task definition's environment. */
    VALUE,
    /** An SSM Parameter Store parameter, injected as an ECS secret. */
    SSM,
    /** A Secrets Manager secret, injected as an ECS secret. */
    SECRET
  }

  public ValueSource {
    Objects.requireNonNull(kind, "ValueSource.kind");
    Objects.requireNonNull(ref, "ValueSource.ref");
    Objects.requireNonNull(field, "ValueSource.field");
  }

  public static ValueSource value(String v) {
    return new ValueSource(Kind.VALUE, v, Optional.empty());
  }

  /** True when ECS must fetch it at task start (SSM or Secrets Manager) rather than store it in the template. */
  public boolean isSecret() {
    return kind != Kind.VALUE;
  }
}
