package dev.exosphere.service;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import software.amazon.awscdk.services.ecs.Secret;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.ssm.SecureStringParameterAttributes;
import software.amazon.awscdk.services.ssm.StringParameter;
import software.constructs.Construct;

/**
 * ECS secrets from SSM parameters and Secrets Manager secrets. ECS grants their reading to the task's execution
 * role (it fetches them at task start); the task role, the application's own identity, gets nothing. Each store entry
 * is imported once per service even when several variables read fields of it.
 */
final class SecretImports {
  /** Secrets Manager appends {@code -} and 6 random characters to a secret's complete ARN. */
  private static final java.util.regex.Pattern COMPLETE_ARN = java.util.regex.Pattern.compile(".*-[A-Za-z0-9]{6}$");

  private SecretImports() {}

  static SortedMap<String, Secret> of(Construct scope, SortedMap<String, ServiceSecret> sources) {
    Map<String, Object> imported = new HashMap<>();
    SortedMap<String, Secret> secrets = new TreeMap<>();
    sources.forEach((name, source) -> {
      // "SSM" and "SECRET": the ids these imports always had
      String id = (source.store() == ServiceSecret.Store.SSM ? "SSM" : "SECRET") + " " + source.ref().replace("/", "|");
      Object store = imported.computeIfAbsent(id, k -> importStore(scope, k, source));
      secrets.put(name, store instanceof ISecret secret
          ? source.field().map(f -> Secret.fromSecretsManager(secret, f)).orElseGet(() -> Secret.fromSecretsManager(secret))
          : Secret.fromSsmParameter((software.amazon.awscdk.services.ssm.IParameter) store));
    });
    return secrets;
  }

  private static Object importStore(Construct scope, String id, ServiceSecret source) {
    String ref = source.ref();
    if (source.store() == ServiceSecret.Store.SSM) {
      return StringParameter.fromSecureStringParameterAttributes(scope, id,
          SecureStringParameterAttributes.builder().parameterName(ref).build());
    }
    if (!ref.startsWith("arn:")) {
      return software.amazon.awscdk.services.secretsmanager.Secret.fromSecretNameV2(scope, id, ref);
    }
    return COMPLETE_ARN.matcher(ref).matches()
        ? software.amazon.awscdk.services.secretsmanager.Secret.fromSecretCompleteArn(scope, id, ref)
        : software.amazon.awscdk.services.secretsmanager.Secret.fromSecretPartialArn(scope, id, ref);
  }
}
