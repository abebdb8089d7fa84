package dev.exosphere.rules;

import dev.exosphere.rules.InstanceType.Architecture;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The EC2 instance types exosphere.yml accepts for its clusters and bus: the general purpose (t3, t3a, t4g, m5, m6i,
 * m6g, m7i, m7g), compute (c5, c6i, c6g, c7g) and memory (r5, r6i, r6g) families, sizes nano to 4xlarge where AWS
 * offers them. Graviton families (t4g, m6g, m7g, c6g, c7g, r6g) are {@link Architecture#ARM64}.
 */
public final class InstanceTypes {
  private static final Map<String, InstanceType> TYPES = build();

  private InstanceTypes() {}

  public static Optional<InstanceType> find(String name) {
    return Optional.ofNullable(TYPES.get(name));
  }

  /** What is wrong with {@code name} as an instance type, with the closest known one as the fix. */
  public static Optional<Complaint> problem(String name) {
    if (TYPES.containsKey(name)) {
      return Optional.empty();
    }
    String fix = Typos.closest(name, names()).map(c -> "did you mean '" + c + "'?")
        .orElse("use a type of the t3, t3a, t4g, m5, m6i, m6g, m7i, m7g, c5, c6i, c6g, c7g, r5, r6i or r6g families, "
            + "e.g. " + Defaults.CLUSTER_INSTANCE_TYPE);
    return Complaint.of("unknown instance type '" + name + "'", fix);
  }

  /**
   * What images for {@code name} must be built for: Graviton families (the family's name ends in {@code g}:
   * t4g, m7g...) are {@link Architecture#ARM64}. A name that is not known yet (e.g. a token) is x86_64.
   */
  public static Architecture architectureOf(String name) {
    return find(name).map(InstanceType::architecture).orElse(Architecture.X86_64);
  }

  /**
   * What is wrong with {@code names} as the instance types of one cluster: they must all be of the architecture of
   * the first, since one launch template (one AMI) and one image build serve them all. Unknown names are left to
   * {@link #problem(String)}. Empty when they agree, else the index of the first that does not and the complaint.
   */
  public static Optional<Map.Entry<Integer, Complaint>> mixedArchitecture(List<String> names) {
    if (names.isEmpty()) {
      return Optional.empty();
    }
    Architecture first = architectureOf(names.get(0));
    for (int i = 1; i < names.size(); i++) {
      Optional<InstanceType> t = find(names.get(i));
      if (t.isPresent() && t.get().architecture() != first) {
        return Optional.of(Map.entry(i, new Complaint("expected an instance type of the " + first + " architecture like "
            + names.get(0) + ", got " + names.get(i) + " (" + t.get().architecture() + ")",
            "keep one cluster's instance types all Graviton (t4g, m7g...) or all x86 (t3, m7i...)")));
      }
    }
    return Optional.empty();
  }

  /** Of known {@code types}, the one with the fewest CPU units: tasks must fit on it, wherever they are placed. */
  public static InstanceType fewestCpuUnits(List<InstanceType> types) {
    return types.stream().min(java.util.Comparator.comparingInt(InstanceType::cpuUnits)).orElseThrow();
  }

  /** Of known {@code types}, the one with the least memory for tasks. */
  public static InstanceType leastMemory(List<InstanceType> types) {
    return types.stream().min(java.util.Comparator.comparingInt(InstanceType::usableMemoryMib)).orElseThrow();
  }

  /** Every known name, sorted. */
  public static Set<String> names() {
    return TYPES.keySet();
  }

  private static Map<String, InstanceType> build() {
    TreeMap<String, InstanceType> m = new TreeMap<>();
    // Burstable: 2 vCPUs up to large, memory doubling from 0.5 GiB.
    int[][] burstable = {{2, 512}, {2, 1024}, {2, 2048}, {2, 4096}, {2, 8192}, {4, 16384}, {8, 32768}};
    List<String> burstSizes = List.of("nano", "micro", "small", "medium", "large", "xlarge", "2xlarge");
    for (String family : List.of("t3", "t3a", "t4g")) {
      for (int i = 0; i < burstSizes.size(); i++) {
        add(m, family, burstSizes.get(i), burstable[i][0], burstable[i][1]);
      }
    }
    // Fixed performance: GiB per vCPU by family kind; "medium" (1 vCPU) exists only for Graviton.
    sized(m, List.of("m5", "m6i", "m7i"), List.of("m6g", "m7g"), 4);
    sized(m, List.of("c5", "c6i"), List.of("c6g", "c7g"), 2);
    sized(m, List.of("r5", "r6i"), List.of("r6g"), 8);
    return Collections.unmodifiableMap(m);
  }

  private static void sized(Map<String, InstanceType> m, List<String> intel, List<String> graviton, int gibPerVcpu) {
    List<String> sizes = List.of("medium", "large", "xlarge", "2xlarge", "4xlarge");
    int[] vcpus = {1, 2, 4, 8, 16};
    for (String family : intel) {
      for (int i = 1; i < sizes.size(); i++) {
        add(m, family, sizes.get(i), vcpus[i], vcpus[i] * gibPerVcpu * 1024);
      }
    }
    for (String family : graviton) {
      for (int i = 0; i < sizes.size(); i++) {
        add(m, family, sizes.get(i), vcpus[i], vcpus[i] * gibPerVcpu * 1024);
      }
    }
  }

  private static void add(Map<String, InstanceType> m, String family, String size, int vcpus, int memoryMib) {
    // the one place the architecture is decided
    Architecture arch = family.endsWith("g") ? Architecture.ARM64 : Architecture.X86_64;
    String name = family + "." + size;
    m.put(name, new InstanceType(name, vcpus, memoryMib, arch));
  }
}
