package dev.exosphere.load;

import dev.exosphere.rules.Typos;
import java.util.Collection;
import java.util.Optional;

/** "Did you mean" for misspelt keys, names and instance types. */
public final class Suggestions {
  private Suggestions() {}

  /** The candidate closest to {@code typed} when it is close enough to be a typo, case ignored. */
  public static Optional<String> closest(String typed, Collection<String> candidates) {
    return Typos.closest(typed, candidates);
  }

  /** {@code did you mean 'x'?}, or the list of what is allowed when nothing is close. */
  public static String didYouMean(String typed, Collection<String> candidates) {
    return closest(typed, candidates)
        .map(c -> "did you mean '" + c + "'?")
        .orElseGet(() -> candidates.isEmpty() ? "" : "expected one of: " + String.join(", ", candidates));
  }
}
