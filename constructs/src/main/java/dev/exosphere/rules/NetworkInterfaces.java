package dev.exosphere.rules;

import java.util.Map;
import java.util.Optional;

/**
 * Elastic network interfaces per instance, from EC2's table of maximum network interfaces per instance type
 * (docs.aws.amazon.com/AWSEC2/latest/UserGuide/AvailableIpPerENI.html). A task in {@code awsvpc} mode (a stack's
 * member) takes an interface of its own, and the instance keeps its primary one: without ECS ENI trunking an
 * instance runs {@code interfaces - 1} such tasks, whatever CPU and memory it has left.
 *
 * <p>With the account setting {@code awsvpcTrunking} enabled, ECS attaches a trunk interface to instances of the
 * supported (Nitro, non-burstable) types and many more tasks fit (e.g. 10 on an m5.large instead of 2); t3, t3a and
 * t4g are not supported. The application cannot see that setting, so the density check is a warning.
 */
public final class NetworkInterfaces {
  /** By size; the same for every family we allow, except the 1-vCPU Graviton "medium" (2) and t-family nano/micro. */
  private static final Map<String, Integer> BY_SIZE = Map.of("nano", 2, "micro", 2, "small", 3, "medium", 3,
      "large", 3, "xlarge", 4, "2xlarge", 4, "4xlarge", 8);

  private NetworkInterfaces() {}

  /** The most interfaces an instance of {@code instanceType} takes; empty for a type we do not know. */
  public static Optional<Integer> max(String instanceType) {
    if (InstanceTypes.find(instanceType).isEmpty()) {
      return Optional.empty();
    }
    String family = instanceType.substring(0, instanceType.indexOf('.'));
    String size = instanceType.substring(instanceType.indexOf('.') + 1);
    if (size.equals("medium") && !family.startsWith("t")) {
      return Optional.of(2);
    }
    return Optional.ofNullable(BY_SIZE.get(size));
  }

  /** {@code awsvpc} tasks an instance runs without trunking: its interfaces but the primary one. */
  public static Optional<Integer> awsvpcTasks(String instanceType) {
    return max(instanceType).map(n -> n - 1);
  }
}
