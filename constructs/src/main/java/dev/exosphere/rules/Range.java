package dev.exosphere.rules;

/**
 * An inclusive range of whole numbers, as AWS documents most limits.
 *
 * @param min the smallest allowed value
 * @param max the largest allowed value
 */
public record Range(int min, int max) {
  public Range {
    if (min > max) {
      throw new IllegalArgumentException("range " + min + "-" + max + " is empty");
    }
  }

  public static Range of(int min, int max) {
    return new Range(min, max);
  }

  public boolean contains(int value) {
    return value >= min && value <= max;
  }

  /** {@code 1-65535}: the form error messages use. */
  @Override
  public String toString() {
    return min + "-" + max;
  }
}
