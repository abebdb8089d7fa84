package dev.exosphere.service;

import dev.exosphere.rules.Defaults;
import java.util.OptionalInt;

/**
 * Task auto-scaling.
 *
 * @param min            fewest tasks, 0 or more; required
 * @param max            most tasks, at least {@code min}; required
 * @param targetCpu      keep average CPU near this percentage, 1-100.
 *                       @default {@value Defaults#SCALING_TARGET_CPU_PERCENT} when {@code targetRequests} is unset
 * @param targetRequests keep requests per task and minute near this (public services only). @default none
 */
public record ServiceScaling(int min, int max, OptionalInt targetCpu, OptionalInt targetRequests) {

  /** Between {@code min} and {@code max} tasks on CPU at {@value Defaults#SCALING_TARGET_CPU_PERCENT}%. */
  public static ServiceScaling between(int min, int max) {
    return new ServiceScaling(min, max, OptionalInt.empty(), OptionalInt.empty());
  }

  /** The same, keeping CPU near {@code percent}. */
  public ServiceScaling onCpu(int percent) {
    return new ServiceScaling(min, max, OptionalInt.of(percent), targetRequests);
  }

  /** The same, keeping requests per task and minute near {@code perTarget}. */
  public ServiceScaling onRequests(int perTarget) {
    return new ServiceScaling(min, max, targetCpu, OptionalInt.of(perTarget));
  }
}
