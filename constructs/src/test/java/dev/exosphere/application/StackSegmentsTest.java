package dev.exosphere.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A stack's construct id comes from its name alone, one to one. */
class StackSegmentsTest {
  @Test
  void idsKeepTheNameSoThatNoTwoStacksShareOne() {
    // GIVEN names that differ only in their dashes WHEN turned into ids THEN distinct, and readable
    assertEquals("StackCustomer", StackSegments.id("customer"));
    assertEquals("StackA-b", StackSegments.id("a-b"));
    assertNotEquals(StackSegments.id("a-b"), StackSegments.id("a--b"));
    assertNotEquals(StackSegments.id("ab"), StackSegments.id("a-b"));
  }
}
