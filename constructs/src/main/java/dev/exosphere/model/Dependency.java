package dev.exosphere.model;

import java.util.Objects;
import java.util.SortedMap;

/**
 * A third-party service the application uses (a hosted MongoDB, ...). Services that list it in their
 * {@code dependencies} get its variables.
 *
 * @param name        its key under {@code dependencies}
 * @param type        free-form kind, e.g. {@code mongodb}; default the name
 * @param environment variable name to where its value comes from (plain value, SSM parameter, Secrets Manager)
 */
public record Dependency(String name, String type, SortedMap<String, ValueSource> environment) {
  public Dependency {
    Objects.requireNonNull(name, "Dependency.name");
    Objects.requireNonNull(type, "Dependency.type");
    environment = Guard.sortedMap(environment, "Dependency.environment");
  }
}
