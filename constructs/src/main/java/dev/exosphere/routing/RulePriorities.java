package dev.exosphere.routing;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stable listener rule priorities.
 *
 * <p>The ALB evaluates the lowest priority first, so the 1..50000 range is cut into bands ordered from the most
 * specific rules to the least: host-qualified rules before host-less ones, and within each, deeper prefixes before
 * shallower ones ({@code /api/v2} before {@code /api} before {@code /}). Inside its band a rule's slot is a SHA-256
 * hash of its key (service, prefix, hosts), so a rule's priority depends on nothing but itself: map order does not
 * matter, and adding or removing another service leaves it unchanged.
 *
 * <p>The rare case: two rules of the same band hashing to the same slot (about n²/3000 for n rules in one band).
 * The one whose key sorts first keeps the slot, the other takes the next free slot of the band. So adding a rule can
 * move one existing rule by a slot when it collides with it. Rules of one band have prefixes of the same depth, so
 * they match the same request only when their prefixes are equal and their hosts overlap (a wildcard host and a host
 * it covers); only then does their relative order follow their slots.
 */
final class RulePriorities {
  /** Deepest prefix (in path segments) that gets its own band. */
  static final int MAX_DEPTH = 15;
  private static final int DEPTHS = MAX_DEPTH + 1;
  private static final int BANDS = 2 * DEPTHS;
  static final int BAND_SIZE = 50_000 / BANDS;

  private RulePriorities() {}

  /** A rule waiting for its priority. */
  record Candidate(String key, boolean hasHosts, int depth) {}

  /** Priorities of {@code candidates}, by key; independent of the list's order. */
  static Map<String, Integer> assign(List<Candidate> candidates) {
    List<Candidate> sorted = candidates.stream()
        .sorted(Comparator.comparingInt(RulePriorities::band)
            .thenComparingInt(c -> preferredSlot(c.key()))
            .thenComparing(Candidate::key))
        .toList();
    Map<String, Integer> priorities = new HashMap<>();
    Set<Integer> taken = new HashSet<>();
    for (Candidate c : sorted) {
      int base = band(c) * BAND_SIZE + 1;
      int slot = preferredSlot(c.key());
      while (taken.contains(base + slot)) {
        slot = (slot + 1) % BAND_SIZE;
      }
      taken.add(base + slot);
      priorities.put(c.key(), base + slot);
    }
    return priorities;
  }

  /** 0 for the most specific band (hosts, deepest prefix). */
  static int band(Candidate c) {
    return (c.hasHosts() ? 0 : DEPTHS) + (MAX_DEPTH - c.depth());
  }

  static int preferredSlot(String key) {
    return StableHash.bucket(key, BAND_SIZE);
  }
}
