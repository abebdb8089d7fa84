package dev.exosphere.rules;

import dev.exosphere.model.Dependency;
import dev.exosphere.model.Service;
import dev.exosphere.model.ValueSource;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How a container's variables are put together, in one place for the YAML checks and {@code ExoService}:
 * Exosphere's own ({@code ROLE}, {@code SERVICE_NAME}, {@code EXOCOM_HOST}, {@code EXOCOM_PORT}), {@code LOG_LEVEL}
 * from {@code policies.logging.level}, the service's {@code environment} and {@code secrets}, then each dependency's
 * variables in the order the service lists them. A name defined twice is a {@link Conflict}, never an override.
 */
public final class VariableMerge {
  /** Set by Exosphere on every service. */
  public static final List<String> EXOSPHERE = List.of("ROLE", "SERVICE_NAME", "EXOCOM_HOST", "EXOCOM_PORT");
  /** Set from {@code policies.logging.level}. */
  public static final String LOG_LEVEL = "LOG_LEVEL";

  private VariableMerge() {}

  /** Where a variable came from. */
  public enum Kind {
    EXOSPHERE,
    LOG_LEVEL,
    ENVIRONMENT,
    SECRETS,
    DEPENDENCY
  }

  /**
   * One source of variables.
   *
   * @param kind       which
   * @param dependency the dependency's name for {@link Kind#DEPENDENCY}, else empty
   */
  public record Origin(Kind kind, String dependency) {
    /** How messages name it: {@code environment}, {@code dependencies.mongo}... */
    public String label() {
      return switch (kind) {
        case EXOSPHERE -> "Exosphere";
        case LOG_LEVEL -> "policies.logging.level";
        case ENVIRONMENT -> "environment";
        case SECRETS -> "secrets";
        case DEPENDENCY -> "dependencies." + dependency;
      };
    }
  }

  /** {@code name} defined by {@code first}, then again by {@code second}. */
  public record Conflict(String name, Origin first, Origin second) {}

  /**
   * The merged variables.
   *
   * @param plain     values written into the task definition, sorted
   * @param secrets   values ECS fetches at task start, sorted
   * @param conflicts every name defined more than once, in merge order; the first definition is kept
   */
  public record Merged(SortedMap<String, String> plain, SortedMap<String, ValueSource> secrets, List<Conflict> conflicts) {}

  /** The variables of {@code service}, using {@code dependencies} (the ones it lists, in its order). */
  public static Merged of(Service service, String exocomHost, int exocomPort, List<Dependency> dependencies) {
    Builder b = new Builder();
    Origin exo = new Origin(Kind.EXOSPHERE, "");
    b.add("ROLE", ValueSource.value(service.name()), exo);
    b.add("SERVICE_NAME", ValueSource.value(service.name()), exo);
    b.add("EXOCOM_HOST", ValueSource.value(exocomHost), exo);
    b.add("EXOCOM_PORT", ValueSource.value(Integer.toString(exocomPort)), exo);
    service.policies().logLevel().ifPresent(l -> b.add(LOG_LEVEL, ValueSource.value(l), new Origin(Kind.LOG_LEVEL, "")));
    service.environment().forEach((k, v) -> b.add(k, ValueSource.value(v), new Origin(Kind.ENVIRONMENT, "")));
    service.secrets().forEach((k, v) -> b.add(k, v, new Origin(Kind.SECRETS, "")));
    for (Dependency d : dependencies) {
      d.environment().forEach((k, v) -> b.add(k, v, new Origin(Kind.DEPENDENCY, d.name())));
    }
    return new Merged(b.plain, b.secrets, List.copyOf(b.conflicts));
  }

  private static final class Builder {
    private final SortedMap<String, String> plain = new TreeMap<>();
    private final SortedMap<String, ValueSource> secrets = new TreeMap<>();
    private final SortedMap<String, Origin> origins = new TreeMap<>();
    private final List<Conflict> conflicts = new ArrayList<>();

    void add(String name, ValueSource source, Origin origin) {
      Origin first = origins.putIfAbsent(name, origin);
      if (first != null) {
        conflicts.add(new Conflict(name, first, origin));
      } else if (source.isSecret()) {
        secrets.put(name, source);
      } else {
        plain.put(name, source.ref());
      }
    }
  }
}
