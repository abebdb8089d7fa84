package dev.exosphere.load;

import dev.exosphere.application.ServicePlacement;
import dev.exosphere.model.ExoModel;
import dev.exosphere.model.Route;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import dev.exosphere.rules.Limits;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How many CloudFormation resources each stack of the layout will hold, from the model alone (no synth): the parent
 * (network, clusters, bus, load balancers, alias records, one nested stack per used shard) and each nested stack of
 * services. Counts measured on synthesized templates; {@code LargeAppTest} compares them with a real synth.
 */
public final class StackSizes {
  /** The parent's own resources with the default network, the three clusters and the bus, no load balancer. */
  static final int PARENT_BASE = 68;
  /** A created hosted zone and a requested certificate. */
  static final int DOMAIN = 2;
  /** Per load balancer: the ALB, its security group, an ingress and an egress rule; plus one per listener. */
  static final int PER_LOAD_BALANCER = 4;
  /** Every service: log group, task and execution roles, the execution role's policy, task definition, ECS service. */
  static final int PER_SERVICE = 6;
  /** A created alarm topic: its KMS key, the topic and its TLS-only policy (plus one subscription per address). */
  static final int ALARM_TOPIC = 3;

  private StackSizes() {}

  /** The parent stack's resource count. */
  public static int parent(ExoModel model) {
    int n = PARENT_BASE + shards(model).size();
    n += model.operate().dashboard() ? 1 : 0;
    if (model.operate().alarms() && !model.operate().alarmEmails().isEmpty()) {
      n += ALARM_TOPIC + model.operate().alarmEmails().size();
    }
    boolean hasPublic = model.services().values().stream().anyMatch(s -> s.type() == ServiceType.PUBLIC);
    if (hasPublic) {
      n += model.gateway().loadBalancers() * (PER_LOAD_BALANCER + model.gateway().ports().size());
    }
    if (model.domain().isPresent()) {
      n += model.domain().get().hostedZoneId().isPresent() ? 0 : 1;
      n += model.domain().get().certificateArn().isPresent() ? 0 : 1;
      n += hasPublic ? 1 + hostsInZone(model).size() : 0;
    }
    return n;
  }

  /** Each used shard (by its nested stack's id) to its resource count. */
  public static SortedMap<String, Integer> shards(ExoModel model) {
    SortedMap<String, Integer> shards = new TreeMap<>();
    for (Service s : model.services().values()) {
      shards.merge(ServicePlacement.stackId(ServicePlacement.shardOf(s.name())),
          resources(s) + (model.operate().alarms() ? alarms(s) : 0), Integer::sum);
    }
    return shards;
  }

  static int resources(Service s) {
    int n = PER_SERVICE;
    if (s.type() == ServiceType.PRIVATE && !s.routes().isEmpty()) {
      n += 1; // its Cloud Map service
    }
    if (s.type() == ServiceType.PUBLIC) {
      n += targetGroups(s);
      for (Route r : s.routes().values()) {
        n += Math.max(1, (r.hosts().size() + Limits.ALB_VALUES_PER_CONDITION - 1) / Limits.ALB_VALUES_PER_CONDITION);
      }
    }
    if (s.scaling().isPresent()) {
      n += 1 + (s.scaling().get().targetCpu().isPresent() ? 1 : 0) + (s.scaling().get().targetRequests().isPresent() ? 1 : 0);
    }
    return n;
  }

  /** Its alarms: CPU, and per target group unhealthy hosts and 5xx rate. */
  static int alarms(Service s) {
    return 1 + 2 * targetGroups(s);
  }

  private static int targetGroups(Service s) {
    return s.type() == ServiceType.PUBLIC
        ? (int) s.routes().values().stream().map(r -> r.protocol() + r.port()).distinct().count() : 0;
  }

  /** Route hosts with an alias record in the zone: below the domain, the apex excluded (it has its own). */
  static TreeSet<String> hostsInZone(ExoModel model) {
    String domain = model.domain().orElseThrow().name().toLowerCase(Locale.ROOT);
    TreeSet<String> hosts = new TreeSet<>();
    model.services().values().stream().filter(s -> s.type() == ServiceType.PUBLIC)
        .flatMap(s -> s.routes().values().stream()).flatMap(r -> r.hosts().stream())
        .map(h -> h.toLowerCase(Locale.ROOT)).filter(h -> h.endsWith("." + domain)).forEach(hosts::add);
    return hosts;
  }
}
