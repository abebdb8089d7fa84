package dev.exosphere.testsupport;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/** Test stacks with a fixed environment and three pinned availability zones, so synths never look anything up. */
public final class PinnedStacks {
  public static final List<String> AZS = List.of("us-east-1a", "us-east-1b", "us-east-1c");

  private PinnedStacks() {}

  /** A new app with one empty stack in account 123456789012, region us-east-1. */
  public static Stack newStack() {
    App app = TestApps.builder(Map.of("availability-zones:account=123456789012:region=us-east-1", AZS)).build();
    return new Stack(app, "Test", StackProps.builder()
        .env(Environment.builder().account("123456789012").region("us-east-1").build())
        .build());
  }
}
