package dev.exosphere.routing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A hash that never changes between JVMs, runs or Java versions (unlike {@code String.hashCode} of a future JDK, or
 * anything seeded): the first 32 bits of the SHA-256 of the key's UTF-8 bytes. For placements that must stay put
 * from one deploy to the next.
 */
public final class StableHash {
  private StableHash() {}

  /** The first 32 bits of SHA-256({@code key}), unsigned. */
  public static long of(String key) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return ((d[0] & 0xFFL) << 24) | ((d[1] & 0xFFL) << 16) | ((d[2] & 0xFFL) << 8) | (d[3] & 0xFFL);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** {@code key}'s bucket among {@code buckets}: 0..buckets-1. */
  public static int bucket(String key, int buckets) {
    if (buckets < 1) {
      throw new IllegalArgumentException("buckets must be at least 1: " + buckets);
    }
    return (int) (of(key) % buckets);
  }
}
