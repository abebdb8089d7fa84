package dev.exosphere.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

/** Assertions on what a rule says: nothing, or a complaint whose message contains a given text. */
final class RuleAssertions {
  private RuleAssertions() {}

  static void accepted(Optional<Complaint> c) {
    assertEquals(Optional.empty(), c);
  }

  static Complaint rejected(Optional<Complaint> c, String messagePart) {
    assertTrue(c.isPresent(), "expected a complaint containing: " + messagePart);
    assertTrue(c.get().message().contains(messagePart), c.get().message());
    assertTrue(!c.get().fix().isEmpty(), "every complaint says how to fix it");
    return c.get();
  }
}
