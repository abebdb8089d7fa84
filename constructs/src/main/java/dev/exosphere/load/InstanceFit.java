package dev.exosphere.load;

import dev.exosphere.rules.InstanceType;
import dev.exosphere.rules.InstanceTypes;
import java.util.Optional;

/** Instance types by name, and whether a container's cpu and memory fit on one. */
final class InstanceFit {
  private final Values values;

  InstanceFit(Values values) {
    this.values = values;
  }

  /** {@code owner.key} as a known instance type, {@code def} when absent; empty after reporting an unknown one. */
  Optional<InstanceType> instanceType(Obj owner, String key, String def) {
    if (!owner.has(key)) {
      return InstanceTypes.find(def);
    }
    return owner.string(key).flatMap(name -> {
      InstanceTypes.problem(name).ifPresent(p ->
          values.ctx().error(owner.position(key), owner.path(key), p.message(), p.fix()));
      return InstanceTypes.find(name);
    });
  }

  /** Reports a {@code cpu} or {@code memory} of {@code owner} that no instance of {@code type} could run. */
  void check(Obj owner, int cpu, int memory, InstanceType type, String instanceTypePath) {
    if (cpu > type.cpuUnits()) {
      values.ctx().error(owner.position("cpu"), owner.path("cpu"),
          "expected at most " + type.cpuUnits() + " CPU units (" + type.name() + " has " + type.vcpus() + " vCPUs), got " + cpu,
          "lower cpu or use a larger " + instanceTypePath);
    }
    if (memory > type.usableMemoryMib()) {
      values.ctx().error(owner.position("memory"), owner.path("memory"),
          "expected at most " + type.usableMemoryMib() + " MiB (" + type.name() + " has " + type.memoryMib() + " MiB, "
              + InstanceType.reservedMemoryMib(type.memoryMib()) + " kept for the OS and ECS agent), got " + memory
              + (owner.has("memory") ? "" : ", the default"),
          "lower memory or use a larger " + instanceTypePath);
    }
  }
}
