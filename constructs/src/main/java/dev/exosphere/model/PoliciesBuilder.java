package dev.exosphere.model;

import java.util.Optional;
import java.util.OptionalInt;

/** Builds {@link Policies}, from {@link Policies#builder} (nothing set) or {@link Policies#toBuilder}. */
public final class PoliciesBuilder {
  private OptionalInt logRetentionDays;
  private Optional<String> logLevel;
  private OptionalInt requestTimeout;
  private Optional<Scaling> scaling;

  PoliciesBuilder(Policies p) {
    logRetentionDays = p.logRetentionDays();
    logLevel = p.logLevel();
    requestTimeout = p.requestTimeout();
    scaling = p.scaling();
  }

  public PoliciesBuilder logRetentionDays(int days) {
    this.logRetentionDays = OptionalInt.of(days);
    return this;
  }

  public PoliciesBuilder logLevel(String level) {
    this.logLevel = Optional.of(level);
    return this;
  }

  public PoliciesBuilder requestTimeout(int seconds) {
    this.requestTimeout = OptionalInt.of(seconds);
    return this;
  }

  public PoliciesBuilder scaling(Scaling tasks) {
    this.scaling = Optional.of(tasks);
    return this;
  }

  public Policies build() {
    return new Policies(logRetentionDays, logLevel, requestTimeout, scaling);
  }
}
