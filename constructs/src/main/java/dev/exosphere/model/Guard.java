package dev.exosphere.model;

import dev.exosphere.rules.Limits;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The records' guards against programming errors: a null where a value belongs, a collection the caller may still
 * change. User-facing checks with positions stay in the loader; these only name the record component.
 */
final class Guard {
  private Guard() {}

  /**
   * An unmodifiable copy in the keys' natural order (whatever the caller's comparator: templates must not depend on
   * it); rejects a null map, key or value, naming {@code what}.
   */
  static <K, V> SortedMap<K, V> sortedMap(SortedMap<K, V> map, String what) {
    Objects.requireNonNull(map, what);
    SortedMap<K, V> copy = new TreeMap<>();
    map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, () -> what + " key"), Objects.requireNonNull(v, () -> what + "[" + k + "]")));
    return Collections.unmodifiableSortedMap(copy);
  }

  /** An unmodifiable copy; rejects a null list or element, naming {@code what}. */
  static <T> List<T> list(List<T> list, String what) {
    Objects.requireNonNull(list, what);
    for (int i = 0; i < list.size(); i++) {
      Objects.requireNonNull(list.get(i), what + "[" + i + "]");
    }
    return List.copyOf(list);
  }

  /** {@code value} if it is a port (1-65535). */
  static int port(int value, String what) {
    return range(value, Limits.PORT.min(), Limits.PORT.max(), what);
  }

  static int positive(int value, String what) {
    return range(value, 1, Integer.MAX_VALUE, what);
  }

  static int notNegative(int value, String what) {
    return range(value, 0, Integer.MAX_VALUE, what);
  }

  private static int range(int value, int min, int max, String what) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(what + " must be " + (max == Integer.MAX_VALUE ? "at least " + min : min + "-" + max)
          + ", got " + value);
    }
    return value;
  }
}
