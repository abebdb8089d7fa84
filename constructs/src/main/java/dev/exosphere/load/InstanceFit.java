package dev.exosphere.load;

import dev.exosphere.rules.InstanceType;
import dev.exosphere.rules.InstanceTypes;
import dev.exosphere.rules.Complaint;
import dev.exosphere.rules.Limits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

  /**
   * {@code owner.key} as a list of 1-40 known instance types of one architecture, without repeats; reports each that
   * is not (and leaves it out).
   */
  List<String> instanceTypes(Obj owner, String key) {
    YamlNode node = owner.get(key).orElseThrow();
    String path = owner.path(key);
    if (!(node instanceof YamlNode.SeqNode seq)) {
      values.ctx().expected(node, path, "a list of instance types", "write [t3.small, t3a.small]");
      return List.of();
    }
    if (!Limits.CLUSTER_INSTANCE_TYPES.contains(seq.items().size())) {
      values.ctx().error(node.position(), path, "expected " + Limits.CLUSTER_INSTANCE_TYPES + " instance types (a mixed "
          + "instances policy takes at most " + Limits.CLUSTER_INSTANCE_TYPES.max() + "), got " + seq.items().size(),
          seq.items().isEmpty() ? "list at least one, or write instanceType instead" : "list fewer instance types");
    }
    List<String> known = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < seq.items().size(); i++) {
      YamlNode item = seq.items().get(i);
      String itemPath = path + "[" + i + "]";
      Optional<String> name = values.string(item, itemPath);
      if (name.isEmpty()) {
        continue;
      }
      Optional<Complaint> problem = InstanceTypes.problem(name.get())
          .or(() -> InstanceTypes.mixedArchitecture(known.isEmpty() ? List.of() : List.of(known.get(0), name.get()))
              .map(java.util.Map.Entry::getValue));
      if (problem.isPresent()) {
        values.ctx().error(item.position(), itemPath, problem.get().message(), problem.get().fix());
      } else if (!seen.add(name.get())) {
        values.ctx().error(item.position(), itemPath, "instance type '" + name.get() + "' is listed twice",
            "list each instance type once");
      } else {
        known.add(name.get());
      }
    }
    return known;
  }

  /**
   * Reports a {@code cpu} or {@code memory} of {@code owner} that an instance of one of {@code types} could not run
   * (a task may be placed on any of them): cpu against the type with the fewest CPU units, memory against the one
   * with the least memory.
   */
  void check(Obj owner, int cpu, int memory, List<InstanceType> types, String instanceTypePath) {
    if (types.isEmpty()) {
      return;
    }
    checkCpu(owner, cpu, InstanceTypes.fewestCpuUnits(types), instanceTypePath);
    checkMemory(owner, memory, InstanceTypes.leastMemory(types), instanceTypePath);
  }

  /** Reports a {@code cpu} or {@code memory} of {@code owner} that no instance of {@code type} could run. */
  void check(Obj owner, int cpu, int memory, InstanceType type, String instanceTypePath) {
    check(owner, cpu, memory, List.of(type), instanceTypePath);
  }

  private void checkCpu(Obj owner, int cpu, InstanceType type, String instanceTypePath) {
    if (cpu > type.cpuUnits()) {
      values.ctx().error(owner.position("cpu"), owner.path("cpu"),
          "expected at most " + type.cpuUnits() + " CPU units (" + type.name() + " has " + type.vcpus() + " vCPUs), got " + cpu,
          "lower cpu or use a larger " + instanceTypePath);
    }
  }

  private void checkMemory(Obj owner, int memory, InstanceType type, String instanceTypePath) {
    if (memory > type.usableMemoryMib()) {
      values.ctx().error(owner.position("memory"), owner.path("memory"),
          "expected at most " + type.usableMemoryMib() + " MiB (" + type.name() + " has " + type.memoryMib() + " MiB, "
              + InstanceType.reservedMemoryMib(type.memoryMib()) + " kept for the OS and ECS agent), got " + memory
              + (owner.has("memory") ? "" : ", the default"),
          "lower memory or use a larger " + instanceTypePath);
    }
  }
}
