package dev.exosphere.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.ecs.BuiltInAttributes;
import software.amazon.awscdk.services.ecs.PlacementStrategy;

/**
 * Immutable CDK values shared by every service. Each {@code Duration.seconds(..)} or {@code PlacementStrategy}
 * is a round trip to the jsii kernel, and an application of hundreds of services asks for the same few values
 * hundreds of times (measured: about 0.3 s of a 150-service synth).
 */
final class JsiiValues {
  private static final Map<Integer, Duration> SECONDS = new ConcurrentHashMap<>();

  private JsiiValues() {}

  static Duration seconds(int seconds) {
    return SECONDS.computeIfAbsent(seconds, Duration::seconds);
  }

  /** Tasks spread over the availability zones. */
  static PlacementStrategy spreadOverZones() {
    return SpreadHolder.SPREAD;
  }

  /** Created on first use, not when the class loads. */
  private static final class SpreadHolder {
    static final PlacementStrategy SPREAD = PlacementStrategy.spreadAcross(BuiltInAttributes.AVAILABILITY_ZONE);
  }
}
