package dev.exosphere.model;

import dev.exosphere.rules.Defaults;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Ailtire-style policies, application-wide or per service (a service's own win).
 *
 * @param logRetentionDays CloudWatch Logs retention ({@code logging.retentionDays}); default 30
 * @param logLevel         {@code logging.level}, handed to containers as {@code LOG_LEVEL}; default none
 * @param requestTimeout   {@code timeout.requestTimeout} in seconds: the load balancer's idle timeout; default 60
 * @param scaling          {@code scaling {min, max, ...}}: the default task scaling of services that set none
 */
public record Policies(OptionalInt logRetentionDays, Optional<String> logLevel, OptionalInt requestTimeout, Optional<Scaling> scaling) {
  public static final int DEFAULT_LOG_RETENTION_DAYS = Defaults.LOG_RETENTION_DAYS;
  public static final int DEFAULT_REQUEST_TIMEOUT = Defaults.IDLE_TIMEOUT_SECONDS;

  public Policies {
    Objects.requireNonNull(logRetentionDays, "Policies.logRetentionDays");
    Objects.requireNonNull(logLevel, "Policies.logLevel");
    Objects.requireNonNull(requestTimeout, "Policies.requestTimeout");
    Objects.requireNonNull(scaling, "Policies.scaling");
  }

  /** Policies that set nothing; set some with the builder's setters. */
  public static PoliciesBuilder builder() {
    return none().toBuilder();
  }

  public PoliciesBuilder toBuilder() {
    return new PoliciesBuilder(this);
  }

  public static Policies none() {
    return new Policies(OptionalInt.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty());
  }

  /** This service's policies over the application's: each value set here wins. */
  public Policies over(Policies app) {
    return new Policies(
        logRetentionDays.isPresent() ? logRetentionDays : app.logRetentionDays,
        logLevel.or(() -> app.logLevel),
        requestTimeout.isPresent() ? requestTimeout : app.requestTimeout,
        scaling.or(() -> app.scaling));
  }
}
