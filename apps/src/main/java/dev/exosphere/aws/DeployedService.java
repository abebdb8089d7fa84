package dev.exosphere.aws;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;

/**
 * One ECS service of a deployed application, named as in exosphere.yml: its task definition's family is
 * {@code <app>-<service>} (ExoService sets it); the ExoCom bus, whose container is {@code ExoCom}, is
 * {@value #EXOCOM}.
 *
 * @param name    the service's name in exosphere.yml, or {@value #EXOCOM}
 * @param service what ECS says of it
 * @param task    its current task definition
 */
public record DeployedService(String name, Service service, TaskDefinition task) {
  public static final String EXOCOM = "exocom";
  private static final int DESCRIBE_BATCH = 10; // DescribeServices takes at most 10

  /** Every ECS service of {@code stack}, sorted by name. */
  public static List<DeployedService> of(AwsClients aws, DeployedStack stack, String app) {
    Map<String, List<String>> byCluster = new HashMap<>();
    for (DeployedStack.Resource r : stack.ofType("AWS::ECS::Service")) {
      byCluster.computeIfAbsent(clusterOf(r.physicalId()), c -> new ArrayList<>()).add(r.physicalId());
    }
    List<DeployedService> found = new ArrayList<>();
    Map<String, TaskDefinition> tasks = new HashMap<>();
    byCluster.forEach((cluster, arns) -> {
      for (int i = 0; i < arns.size(); i += DESCRIBE_BATCH) {
        List<String> batch = arns.subList(i, Math.min(arns.size(), i + DESCRIBE_BATCH));
        List<Service> services = AwsErrors.call(aws, "describing the ECS services of cluster " + cluster,
            () -> aws.ecs().describeServices(r -> r.cluster(cluster).services(batch)).services());
        for (Service s : services) {
          TaskDefinition task = tasks.computeIfAbsent(s.taskDefinition(), td -> AwsErrors.call(aws,
              "describing task definition " + td,
              () -> aws.ecs().describeTaskDefinition(r -> r.taskDefinition(td)).taskDefinition()));
          found.add(new DeployedService(nameOf(app, task), s, task));
        }
      }
    });
    found.sort(java.util.Comparator.comparing(DeployedService::name));
    return found;
  }

  /** The cluster in a service ARN of the long format {@code arn:...:service/<cluster>/<name>}. */
  static String clusterOf(String serviceArn) {
    String[] parts = serviceArn.substring(serviceArn.indexOf(":service/") + ":service/".length()).split("/");
    if (parts.length != 2) {
      throw new AwsException("the ECS service " + serviceArn + " has an ARN without its cluster: opt in to the "
          + "long ARN format (aws ecs put-account-setting --name serviceLongArnFormat --value enabled)");
    }
    return parts[0];
  }

  static String nameOf(String app, TaskDefinition task) {
    String prefix = app + "-";
    if (task.family().startsWith(prefix)) {
      return task.family().substring(prefix.length());
    }
    boolean exocom = task.containerDefinitions().stream().anyMatch(c -> c.name().equals("ExoCom"));
    return exocom ? EXOCOM : task.family();
  }

  /** The first container's awslogs group and stream prefix; empty when it logs elsewhere. */
  public Optional<LogTarget> logTarget() {
    for (ContainerDefinition c : task.containerDefinitions()) {
      if (c.logConfiguration() != null && "awslogs".equals(c.logConfiguration().logDriverAsString())) {
        Map<String, String> o = c.logConfiguration().options();
        if (o.containsKey("awslogs-group")) {
          String prefix = o.getOrDefault("awslogs-stream-prefix", "");
          return Optional.of(new LogTarget(o.get("awslogs-group"),
              prefix.isEmpty() ? "" : prefix + "/" + c.name() + "/"));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Where a service's container logs go.
   *
   * @param group        the CloudWatch Logs group
   * @param streamPrefix streams are {@code <streamPrefix><task id>}; empty: any stream of the group
   */
  public record LogTarget(String group, String streamPrefix) {}

  public String clusterArn() {
    return service.clusterArn();
  }
}
