package dev.exosphere.rules;

/**
 * An EC2 instance type as ECS sees it.
 *
 * @param name         e.g. {@code t3.small}
 * @param vcpus        virtual CPUs
 * @param memoryMib    the instance's memory in MiB
 * @param architecture what its images must be built for
 */
public record InstanceType(String name, int vcpus, int memoryMib, Architecture architecture) {

  /** MiB kept back for the OS and the ECS agent: 10% of the memory, at least 256 MiB. */
  public static int reservedMemoryMib(int memoryMib) {
    return Math.max(256, memoryMib / 10);
  }

  public enum Architecture {
    X86_64,
    ARM64
  }

  /** CPU units ECS can hand to tasks: 1024 per vCPU. */
  public int cpuUnits() {
    return vcpus * 1024;
  }

  /** MiB ECS can hand to tasks: the memory less {@link #reservedMemoryMib(int)}. */
  public int usableMemoryMib() {
    return memoryMib - reservedMemoryMib(memoryMib);
  }
}
