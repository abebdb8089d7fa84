package dev.exosphere.model;

import dev.exosphere.rules.Defaults;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Task auto-scaling.
 *
 * @param min            minimum tasks
 * @param max            maximum tasks (at least {@code min})
 * @param targetCpu      keep average CPU near this percentage (1-100); default 70 when no target is given
 * @param targetRequests keep requests per task per minute near this (public services only)
 */
public record Scaling(int min, int max, OptionalInt targetCpu, OptionalInt targetRequests) {
  public static final int DEFAULT_TARGET_CPU = Defaults.SCALING_TARGET_CPU_PERCENT;

  public Scaling {
    Guard.notNegative(min, "Scaling.min");
    Guard.notNegative(max, "Scaling.max");
    Objects.requireNonNull(targetCpu, "Scaling.targetCpu");
    Objects.requireNonNull(targetRequests, "Scaling.targetRequests");
  }

  /** Between {@code min} and {@code max} tasks, no target set (so CPU at {@value #DEFAULT_TARGET_CPU}%). */
  public static ScalingBuilder builder(int min, int max) {
    return new ScalingBuilder(new Scaling(min, max, OptionalInt.empty(), OptionalInt.empty()));
  }

  public ScalingBuilder toBuilder() {
    return new ScalingBuilder(this);
  }
}
