package dev.exosphere.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exosphere.load.Suggestions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> KEYS = List.of("cpu", "memory", "replicas", "instanceType");

  @Test
  void typosSuggestTheClosestKey() {
    assertEquals(Optional.of("memory"), Suggestions.closest("memroy", KEYS));
    assertEquals(Optional.of("instanceType"), Suggestions.closest("InstanceType", KEYS));
    assertEquals(Optional.of("cpu"), Suggestions.closest("cpus", KEYS));
  }

  @Test
  void nothingCloseListsWhatIsAllowed() {
    assertEquals(Optional.empty(), Suggestions.closest("loadBalancing", KEYS));
    assertEquals("expected one of: cpu, memory, replicas, instanceType", Suggestions.didYouMean("loadBalancing", KEYS));
    assertEquals("did you mean 'replicas'?", Suggestions.didYouMean("replica", KEYS));
  }
}
