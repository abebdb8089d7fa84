package dev.exosphere.load;

import dev.exosphere.model.ClusterSpec;
import dev.exosphere.model.ExoModel;
import dev.exosphere.model.Scaling;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import dev.exosphere.rules.NetworkInterfaces;
import java.util.List;

/**
 * Stacks' members run in {@code awsvpc} mode, an ENI each: a cluster whose instances, all of them at maxCapacity,
 * have fewer free interfaces than the members' tasks at their most leaves tasks pending. A warning: with ECS ENI
 * trunking ({@code awsvpcTrunking}) enabled in the account, supported instance types take many more.
 */
final class SegmentChecks {
  private final LoadContext ctx;
  private final SourceMap sources;

  SegmentChecks(LoadContext ctx, SourceMap sources) {
    this.ctx = ctx;
    this.sources = sources;
  }

  void check(ExoModel model) {
    check(model, "public", model.clusters().publicCluster(), true);
    check(model, "private", model.clusters().privateCluster(), false);
  }

  private void check(ExoModel model, String key, ClusterSpec cluster, boolean onPublic) {
    List<Service> members = model.services().values().stream()
        .filter(s -> (s.type() == ServiceType.PUBLIC) == onPublic && model.stackOf(s.name()).isPresent()).toList();
    int tasks = members.stream().mapToInt(s -> s.scaling().map(Scaling::max).orElse(s.replicas())).sum();
    NetworkInterfaces.awsvpcTasks(cluster.instanceType()).ifPresent(perInstance -> {
      int room = perInstance * cluster.maxCapacity();
      if (tasks > room) {
        String path = "clusters." + key + ".maxCapacity";
        ctx.warning(sources.at(path), path, "the stacks' members on the " + key + " cluster run up to " + tasks
            + " tasks in awsvpc mode, an ENI each, but " + cluster.maxCapacity() + " " + cluster.instanceType()
            + " instances take " + room + " (" + perInstance + " each without ENI trunking)",
            "raise maxCapacity, choose a larger instance type, or enable ECS ENI trunking (awsvpcTrunking) on a"
                + " supported type such as m5.large");
      }
    });
  }
}
