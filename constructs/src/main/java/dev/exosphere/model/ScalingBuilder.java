package dev.exosphere.model;

import java.util.OptionalInt;

/** Builds a {@link Scaling}, from {@link Scaling#builder} or {@link Scaling#toBuilder}. */
public final class ScalingBuilder {
  private int min;
  private int max;
  private OptionalInt targetCpu;
  private OptionalInt targetRequests;

  ScalingBuilder(Scaling s) {
    min = s.min();
    max = s.max();
    targetCpu = s.targetCpu();
    targetRequests = s.targetRequests();
  }

  public ScalingBuilder min(int tasks) {
    this.min = tasks;
    return this;
  }

  public ScalingBuilder max(int tasks) {
    this.max = tasks;
    return this;
  }

  public ScalingBuilder targetCpu(int percent) {
    this.targetCpu = OptionalInt.of(percent);
    return this;
  }

  public ScalingBuilder targetRequests(int perTaskPerMinute) {
    this.targetRequests = OptionalInt.of(perTaskPerMinute);
    return this;
  }

  public Scaling build() {
    return new Scaling(min, max, targetCpu, targetRequests);
  }
}
