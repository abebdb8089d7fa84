package dev.exosphere.aws;

import java.util.Optional;

/** The CloudFormation stack of an application: {@code <app>}, or {@code <app>-<env>} for an environment. */
public final class StackNames {
  private StackNames() {}

  public static String of(String app, Optional<String> env) {
    return env.map(e -> app + "-" + e).orElse(app);
  }
}
