package dev.exosphere.model;

import dev.exosphere.rules.Defaults;
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
}
