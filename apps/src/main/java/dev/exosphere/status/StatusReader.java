package dev.exosphere.status;

import dev.exosphere.aws.AwsClients;
import dev.exosphere.aws.AwsErrors;
import dev.exosphere.aws.DeployedService;
import dev.exosphere.aws.DeployedStack;
import dev.exosphere.status.AppStatus.ClusterStatus;
import dev.exosphere.status.AppStatus.LoadBalancerStatus;
import dev.exosphere.status.AppStatus.ServiceStatus;
import dev.exosphere.status.AppStatus.TargetGroupHealth;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.ecs.model.ContainerInstance;
import software.amazon.awssdk.services.ecs.model.Deployment;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.ServiceEvent;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription;

/** Reads the health of a deployed application from ECS and ELB, starting at its CloudFormation stack. */
public final class StatusReader {
  /** Events of the current rollout shown per service, at most. */
  static final int EVENTS = 5;

  private final AwsClients aws;
  private final List<String> problems = new ArrayList<>();

  private StatusReader(AwsClients aws) {
    this.aws = aws;
  }

  public static AppStatus read(AwsClients aws, String app, String stackName) {
    return new StatusReader(aws).read(app, stackName);
  }

  private AppStatus read(String app, String stackName) {
    DeployedStack stack = DeployedStack.read(aws, stackName);
    if (stack.status().endsWith("FAILED") || stack.status().contains("ROLLBACK")) {
      problems.add("stack " + stackName + ": " + stack.status() + " (see its events in the CloudFormation console)");
    }
    List<LoadBalancerStatus> lbs = loadBalancers(stack);
    Map<String, String> clusterLabels = new TreeMap<>();
    stack.ofType("AWS::ECS::Cluster").forEach(r -> clusterLabels.put(r.physicalId(), label(r.logicalId())));
    List<ServiceStatus> services = new ArrayList<>();
    Map<String, Integer> desiredByCluster = new TreeMap<>();
    Set<String> linked = new HashSet<>();
    for (DeployedService d : DeployedService.of(aws, stack, app)) {
      ServiceStatus s = service(d, linked);
      services.add(s);
      desiredByCluster.merge(s.cluster(), s.desired(), Integer::sum);
    }
    // target groups no service names (a listener's, or ECS not reporting the link): still the routes' health
    List<TargetGroupHealth> others = stack.ofType("AWS::ElasticLoadBalancingV2::TargetGroup").stream()
        .map(DeployedStack.Resource::physicalId).filter(arn -> !linked.contains(arn)).sorted()
        .map(arn -> targetGroup("load balancer", arn, 0)).toList();
    // ExoCom's instance is the one of the cluster running it: say so, it is what every service needs
    services.stream().filter(s -> s.name().equals(DeployedService.EXOCOM))
        .forEach(s -> clusterLabels.computeIfPresent(s.cluster(), (name, label) -> label + " (ExoCom)"));
    List<ClusterStatus> clusters = new ArrayList<>();
    clusterLabels.forEach((name, label) -> clusters.add(cluster(name, label,
        desiredByCluster.getOrDefault(name, 0))));
    return new AppStatus(app, stackName, stack.status(), aws.where(), stack.output("Url"), lbs, others, services, clusters,
        List.copyOf(problems));
  }

  /** {@code AppPublicCluster03B0FFF9} reads {@code AppPublicCluster}: CDK's hash is noise to a person. */
  static String label(String logicalId) {
    return logicalId.replaceFirst("[0-9A-F]{8}$", "");
  }

  private List<LoadBalancerStatus> loadBalancers(DeployedStack stack) {
    List<String> arns = stack.ofType("AWS::ElasticLoadBalancingV2::LoadBalancer").stream()
        .map(DeployedStack.Resource::physicalId).toList();
    if (arns.isEmpty()) {
      return List.of();
    }
    List<LoadBalancer> found = AwsErrors.call(aws, "describing the load balancers",
        () -> aws.elb().describeLoadBalancers(r -> r.loadBalancerArns(arns)).loadBalancers());
    List<LoadBalancerStatus> result = new ArrayList<>();
    for (LoadBalancer lb : found) {
      String state = lb.state() == null ? "unknown" : lb.state().codeAsString();
      if (!"active".equals(state)) {
        problems.add("load balancer " + lb.loadBalancerName() + ": " + state
            + (lb.state() != null && lb.state().reason() != null ? " (" + lb.state().reason() + ")" : ""));
      }
      result.add(new LoadBalancerStatus(lb.loadBalancerName(), lb.dnsName(), state));
    }
    result.sort(Comparator.comparing(LoadBalancerStatus::name));
    return result;
  }

  private ServiceStatus service(DeployedService d, Set<String> linked) {
    Service s = d.service();
    String cluster = s.clusterArn().substring(s.clusterArn().lastIndexOf('/') + 1);
    if (s.runningCount() < s.desiredCount()) {
      problems.add(d.name() + ": " + s.runningCount() + " of " + s.desiredCount() + " tasks running"
          + (s.pendingCount() > 0 ? ", " + s.pendingCount() + " pending" : ""));
    }
    List<String> deployments = new ArrayList<>();
    Instant since = Instant.EPOCH;
    for (Deployment dep : s.deployments()) {
      String rollout = dep.rolloutStateAsString() == null ? "" : " " + dep.rolloutStateAsString();
      deployments.add(dep.status() + rollout + ": " + dep.runningCount() + "/" + dep.desiredCount() + " running, "
          + dep.pendingCount() + " pending, " + dep.failedTasks() + " failed, task definition "
          + dep.taskDefinition().substring(dep.taskDefinition().lastIndexOf('/') + 1));
      if ("FAILED".equals(dep.rolloutStateAsString())) {
        problems.add(d.name() + ": deployment " + dep.id() + " failed: " + dep.rolloutStateReason());
      }
      if ("PRIMARY".equals(dep.status()) && dep.createdAt() != null) {
        since = dep.createdAt();
      }
    }
    List<TargetGroupHealth> groups = s.loadBalancers().stream()
        .map(lb -> lb.targetGroupArn()).filter(arn -> arn != null && linked.add(arn))
        .map(arn -> targetGroup(d.name(), arn, s.desiredCount())).toList();
    return new ServiceStatus(d.name(), cluster, s.desiredCount(), s.runningCount(), s.pendingCount(), deployments,
        groups, events(s.events(), since));
  }

  /** The current rollout's events (newest first, at most {@value #EVENTS}), else the newest event. */
  static List<String> events(List<ServiceEvent> events, Instant since) {
    List<ServiceEvent> sorted = events.stream()
        .sorted(Comparator.comparing(ServiceEvent::createdAt, Comparator.nullsLast(Comparator.reverseOrder())))
        .toList();
    List<ServiceEvent> recent = sorted.stream()
        .filter(e -> e.createdAt() != null && !e.createdAt().isBefore(since)).limit(EVENTS).toList();
    List<ServiceEvent> shown = recent.isEmpty() ? sorted.stream().limit(1).toList() : recent;
    return shown.stream().map(e -> (e.createdAt() == null ? "" : e.createdAt().truncatedTo(ChronoUnit.SECONDS)
        + " ") + e.message()).toList();
  }

  /** {@code desired}: the tasks meant to serve it; a group with targets (or tasks meant) but none healthy is down. */
  private TargetGroupHealth targetGroup(String owner, String arn, int desired) {
    List<TargetHealthDescription> targets = AwsErrors.call(aws, "reading the health of target group " + arn,
        () -> aws.elb().describeTargetHealth(r -> r.targetGroupArn(arn)).targetHealthDescriptions());
    TreeMap<String, Integer> states = new TreeMap<>();
    targets.forEach(t -> states.merge(t.targetHealth().stateAsString(), 1, Integer::sum));
    String name = arn.replaceFirst(".*:targetgroup/([^/]+)/.*", "$1");
    if (states.containsKey("unhealthy")) {
      String reason = targets.stream().filter(t -> "unhealthy".equals(t.targetHealth().stateAsString()))
          .map(t -> t.targetHealth().description()).filter(x -> x != null).findFirst().orElse("");
      problems.add(owner + ": target group " + name + ": " + states.get("unhealthy") + " unhealthy target(s)"
          + (reason.isEmpty() ? "" : " (" + reason + ")"));
    }
    if (!states.containsKey("healthy") && (desired > 0 || !targets.isEmpty())) {
      problems.add(owner + ": target group " + name + ": no healthy target"
          + (targets.isEmpty() ? "" : " (" + targets.size() + " registered: " + String.join(", ", states.keySet())
              + ")"));
    }
    return new TargetGroupHealth(name, states);
  }

  private ClusterStatus cluster(String name, String label, int desired) {
    List<String> arns = AwsErrors.call(aws, "listing the instances of cluster " + name,
        () -> aws.ecs().listContainerInstancesPaginator(r -> r.cluster(name)).containerInstanceArns().stream()
            .toList());
    List<ContainerInstance> instances = new ArrayList<>();
    for (int i = 0; i < arns.size(); i += 100) { // DescribeContainerInstances takes at most 100
      List<String> batch = arns.subList(i, Math.min(arns.size(), i + 100));
      instances.addAll(AwsErrors.call(aws, "describing the instances of cluster " + name,
          () -> aws.ecs().describeContainerInstances(r -> r.cluster(name).containerInstances(batch))
              .containerInstances()));
    }
    instances.sort(Comparator.comparing(ContainerInstance::ec2InstanceId, Comparator.nullsLast(Comparator.naturalOrder())));
    List<String> lines = new ArrayList<>();
    int active = 0;
    for (ContainerInstance ci : instances) {
      boolean connected = Boolean.TRUE.equals(ci.agentConnected());
      if ("ACTIVE".equals(ci.status())) {
        active++;
        if (!connected) {
          problems.add(label + ": instance " + ci.ec2InstanceId() + ": the ECS agent is disconnected");
        }
      }
      lines.add(ci.ec2InstanceId() + " " + ci.status() + ", agent " + (connected ? "connected" : "disconnected")
          + ", " + ci.runningTasksCount() + " running, " + ci.pendingTasksCount() + " pending tasks");
    }
    if (active == 0 && desired > 0) {
      problems.add(label + ": no active container instance for " + desired + " desired task(s)"
          + " (see the cluster's auto-scaling group activity)");
    }
    return new ClusterStatus(name, label, lines, active);
  }
}
