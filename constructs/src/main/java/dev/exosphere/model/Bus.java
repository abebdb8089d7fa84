package dev.exosphere.model;

import dev.exosphere.rules.Defaults;
import java.util.Objects;
import java.util.Optional;

/**
 * The ExoCom message bus: one instance in the private subnets.
 *
 * @param version      ExoCom version, image {@code originate/exocom:<version>}; default {@value #DEFAULT_VERSION}
 * @param image        a full image reference instead of {@code originate/exocom:<version>}
 * @param port         default {@value #DEFAULT_PORT}
 * @param instanceType default {@value #DEFAULT_INSTANCE_TYPE}
 * @param cpu          CPU units of the ExoCom container; default 256
 * @param memory       MiB of the ExoCom container; default 256
 * @param enabled      {@code enabled}: true creates the bus even when no service sends or receives a message, false
 *                     refuses messages; true as well when other settings are written under {@code bus} (they ask for
 *                     it); default empty: the bus exists when some service sends or receives one
 */
public record Bus(String version, Optional<String> image, int port, String instanceType, int cpu, int memory,
    Optional<Boolean> enabled) {
  public static final String DEFAULT_VERSION = Defaults.BUS_VERSION;
  public static final int DEFAULT_PORT = Defaults.BUS_PORT;
  public static final String DEFAULT_INSTANCE_TYPE = Defaults.BUS_INSTANCE_TYPE;

  public Bus {
    Objects.requireNonNull(version, "Bus.version");
    Objects.requireNonNull(image, "Bus.image");
    Objects.requireNonNull(instanceType, "Bus.instanceType");
    Guard.port(port, "Bus.port");
    Guard.positive(cpu, "Bus.cpu");
    Guard.positive(memory, "Bus.memory");
    Objects.requireNonNull(enabled, "Bus.enabled");
  }

  /** A bus that exists when some service sends or receives a message. */
  public Bus(String version, Optional<String> image, int port, String instanceType, int cpu, int memory) {
    this(version, image, port, instanceType, cpu, memory, Optional.empty());
  }

  /** ExoCom as exo-cdk runs it when nothing is said. */
  public static Bus defaults() {
    return new Bus(DEFAULT_VERSION, Optional.empty(), DEFAULT_PORT, DEFAULT_INSTANCE_TYPE, Defaults.BUS_CPU, Defaults.BUS_MEMORY_MIB);
  }

  /** The image actually run. */
  public String imageReference() {
    return image.orElse("originate/exocom:" + version);
  }
}
