package dev.exosphere.load;

import dev.exosphere.model.ClusterSpec;
import dev.exosphere.model.Spot;
import dev.exosphere.model.SpotAllocation;
import dev.exosphere.rules.Defaults;
import dev.exosphere.rules.InstanceType;
import dev.exosphere.rules.Limits;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** {@code clusters.public} and {@code clusters.private} into {@link ClusterSpec}s. */
final class ClusterBinder {
  private final Values values;
  private final LoadContext ctx;
  private final InstanceFit fit;

  ClusterBinder(Values values, InstanceFit fit) {
    this.values = values;
    this.ctx = values.ctx();
    this.fit = fit;
  }

  /** The cluster at {@code clusters.<key>}, the defaults when absent. */
  ClusterSpec cluster(Optional<Obj> clusters, String key) {
    Optional<Obj> o = clusters.flatMap(c -> c.child(key, YamlShape.CLUSTER));
    if (o.isEmpty()) {
      return ClusterSpec.defaults();
    }
    Obj c = o.get();
    List<String> types = instanceTypes(c);
    int min = c.integer("minCapacity", 1, 0, 1000, "an instance count");
    int max = c.integer("maxCapacity", Math.max(3, min), 1, 1000, "an instance count");
    OptionalInt desired = c.read("desiredCapacity", (n, p) -> values.integer(n, p, 0, 1000, "an instance count"))
        .map(OptionalInt::of).orElse(OptionalInt.empty());
    if (min > max) {
      ctx.error(c.position("maxCapacity"), c.path("maxCapacity"), "expected maxCapacity at least minCapacity (" + min + "), got " + max,
          "raise maxCapacity or lower minCapacity");
    } else if (desired.isPresent() && (desired.getAsInt() < min || desired.getAsInt() > max)) {
      ctx.error(c.position("desiredCapacity"), c.path("desiredCapacity"),
          "expected desiredCapacity from minCapacity to maxCapacity (" + min + "-" + max + "), got " + desired.getAsInt(),
          "use a value in that range or leave it out");
    }
    Optional<Spot> spot = c.child("spot", YamlShape.SPOT).map(this::spot);
    return new ClusterSpec(types, min, max, desired, spot);
  }

  private List<String> instanceTypes(Obj c) {
    if (c.has("instanceType") && c.has("instanceTypes")) {
      ctx.error(c.keyPosition("instanceTypes"), c.path("instanceTypes"), "'instanceType' and 'instanceTypes' exclude each other",
          "move the instanceType into the instanceTypes list, first, and delete instanceType");
    }
    if (c.has("instanceTypes")) {
      List<String> types = fit.instanceTypes(c, "instanceTypes");
      return types.isEmpty() ? List.of(ClusterSpec.DEFAULT_INSTANCE_TYPE) : types;
    }
    return List.of(fit.instanceType(c, "instanceType", ClusterSpec.DEFAULT_INSTANCE_TYPE).map(InstanceType::name)
        .orElse(ClusterSpec.DEFAULT_INSTANCE_TYPE));
  }

  private Spot spot(Obj s) {
    int base = s.integer("onDemandBase", Defaults.SPOT_ON_DEMAND_BASE, Limits.ON_DEMAND_BASE.min(),
        Limits.ON_DEMAND_BASE.max(), "a number of on-demand instances");
    int percent = s.integer("onDemandPercentAboveBase", Defaults.SPOT_ON_DEMAND_PERCENT_ABOVE_BASE,
        Limits.ON_DEMAND_PERCENT.min(), Limits.ON_DEMAND_PERCENT.max(), "a percentage");
    SpotAllocation strategy = s.read("allocationStrategy", this::allocation).orElse(defaultAllocation());
    return new Spot(base, percent, strategy);
  }

  private Optional<SpotAllocation> allocation(YamlNode n, String path) {
    return values.choice(n, path, List.of(SpotAllocation.values()), SpotAllocation::yamlName,
        "use " + Defaults.SPOT_ALLOCATION_STRATEGY + ", AWS's recommendation, unless you have a reason not to");
  }

  private static SpotAllocation defaultAllocation() {
    return Arrays.stream(SpotAllocation.values()).filter(a -> a.yamlName().equals(Defaults.SPOT_ALLOCATION_STRATEGY))
        .findFirst().orElseThrow();
  }
}
