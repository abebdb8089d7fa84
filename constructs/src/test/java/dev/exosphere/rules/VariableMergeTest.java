package dev.exosphere.rules;

import static dev.exosphere.EdgeFixtures.service;
import static dev.exosphere.EdgeFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exosphere.model.Dependency;
import dev.exosphere.model.Policies;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import dev.exosphere.model.ValueSource;
import dev.exosphere.rules.VariableMerge.Conflict;
import dev.exosphere.rules.VariableMerge.Kind;
import dev.exosphere.rules.VariableMerge.Origin;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class VariableMergeTest {
  private static Dependency dep(String name, String variable, ValueSource source) {
    return new Dependency(name, name, new TreeMap<>(Map.of(variable, source)));
  }

  private static Policies logLevel(String level) {
    return new Policies(OptionalInt.empty(), Optional.of(level), OptionalInt.empty(), Optional.empty());
  }

  @Test
  void everySourceEndsUpPlainOrSecretSorted() {
    Service s = with(service("users", ServiceType.WORKER), Map.of("A", "1"), Map.of("S", ValueSource.value("x")),
        Optional.empty(), List.of("mongo"), logLevel("info"));
    Service secret = with(s, s.environment(), Map.of("S", new ValueSource(ValueSource.Kind.SSM, "/s", Optional.empty())),
        Optional.empty(), List.of("mongo"), logLevel("info"));
    VariableMerge.Merged m = VariableMerge.of(secret, "bus.internal", 3100, List.of(dep("mongo", "DB", ValueSource.value("d"))));
    assertEquals(List.of("A", "DB", "EXOCOM_HOST", "EXOCOM_PORT", "LOG_LEVEL", "ROLE", "SERVICE_NAME"), List.copyOf(m.plain().keySet()));
    assertEquals("3100", m.plain().get("EXOCOM_PORT"));
    assertEquals(List.of("S"), List.copyOf(m.secrets().keySet()));
    assertEquals(List.of(), m.conflicts());
  }

  @Test
  void aNameDefinedTwiceIsAConflictNamingBothSourcesAndTheFirstIsKept() {
    // GIVEN LOG_LEVEL from the logging policy and the environment, DB from two dependencies
    Service s = with(service("users", ServiceType.WORKER), Map.of("LOG_LEVEL", "debug"), Map.of(), Optional.empty(),
        List.of("a", "b"), logLevel("info"));
    VariableMerge.Merged m = VariableMerge.of(s, "h", 1, List.of(dep("a", "DB", ValueSource.value("1")),
        dep("b", "DB", ValueSource.value("2"))));
    assertEquals(List.of(
        new Conflict("LOG_LEVEL", new Origin(Kind.LOG_LEVEL, ""), new Origin(Kind.ENVIRONMENT, "")),
        new Conflict("DB", new Origin(Kind.DEPENDENCY, "a"), new Origin(Kind.DEPENDENCY, "b"))), m.conflicts());
    assertEquals("info", m.plain().get("LOG_LEVEL"));
    assertEquals("dependencies.b", m.conflicts().get(1).second().label());
  }
}
