package dev.exosphere.load;

/**
 * One value an environment changes, for the {@code exo validate} summary.
 *
 * @param path     its YAML path in the merged document, e.g. {@code services.web.replicas}
 * @param base     the base's value in flow style, or {@code (not set)} when the base leaves it to the default
 * @param override the environment's value in flow style
 */
public record EnvironmentDifference(String path, String base, String override) {
  @Override
  public String toString() {
    return path + ": " + base + " -> " + override;
  }
}
