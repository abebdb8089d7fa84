package dev.exosphere.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Which nested stack a service lives in: a hash of its name alone, over a fixed number of shards.
 *
 * <p>Why a hash of the name and a fixed count: moving a service to another stack replaces its real resources, so the
 * placement of a service may depend on nothing but the service itself. Not on the YAML order, not on the other
 * services, not on how many there are: adding or removing services never moves the others. Why nested stacks and
 * not sibling stacks: references from a parent into a nested stack are CloudFormation parameters, not exports, so
 * removing every consumer of a value never deadlocks a deploy (CDK's automatic exports between sibling stacks do).
 */
public final class ServicePlacement {
  /**
   * Shards. With about 11 resources a service, 32 shards keep every nested stack far below CloudFormation's 500
   * resources for applications of hundreds of services (500 services: about 16 a shard).
   */
  public static final int SHARDS = 32;

  private ServicePlacement() {}

  /** The shard of {@code service}, 0 to {@link #SHARDS} - 1. */
  public static int shardOf(String service) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(service.getBytes(StandardCharsets.UTF_8));
      int v = ((h[0] & 0xff) << 8) | (h[1] & 0xff);
      return v % SHARDS;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** The nested stack's construct id, e.g. {@code Services07}. Stable: renaming it would replace real resources. */
  public static String stackId(int shard) {
    return String.format("Services%02d", shard);
  }
}
