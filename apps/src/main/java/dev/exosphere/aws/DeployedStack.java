package dev.exosphere.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;

/**
 * A deployed stack and its nested stacks: every resource with its physical id, and the root's outputs.
 *
 * @param name      the root stack's name
 * @param status    its CloudFormation status, e.g. {@code UPDATE_COMPLETE}
 * @param outputs   output key to value, in the stack's order
 * @param resources every resource of the root and nested stacks (nested stacks themselves included)
 */
public record DeployedStack(String name, String status, Map<String, String> outputs, List<Resource> resources) {
  /** How deep nested stacks are followed: ours nest one level; CloudFormation allows few more. */
  private static final int MAX_DEPTH = 5;

  /**
   * One resource.
   *
   * @param stack      the (nested) stack's name or id it belongs to
   * @param logicalId  its logical id in that stack
   * @param type       e.g. {@code AWS::ECS::Service}
   * @param physicalId its physical id (an ARN or a name); empty while being created
   */
  public record Resource(String stack, String logicalId, String type, String physicalId) {}

  public DeployedStack {
    outputs = Map.copyOf(outputs);
    resources = List.copyOf(resources);
  }

  /** Reads {@code name} and its nested stacks; a missing stack is an {@link AwsException} saying where it looked. */
  public static DeployedStack read(AwsClients aws, String name) {
    Stack stack = describe(aws, name);
    Map<String, String> outputs = new LinkedHashMap<>();
    for (Output o : stack.outputs()) {
      outputs.put(o.outputKey(), o.outputValue());
    }
    List<Resource> resources = new ArrayList<>();
    collect(aws, name, 0, resources);
    return new DeployedStack(name, stack.stackStatusAsString(), outputs, resources);
  }

  private static Stack describe(AwsClients aws, String name) {
    try {
      return aws.cloudFormation().describeStacks(r -> r.stackName(name)).stacks().get(0);
    } catch (AwsServiceException e) {
      if (e.statusCode() == 400 && String.valueOf(e.getMessage()).contains("does not exist")) {
        throw new AwsException("no stack " + name + " in " + aws.where() + " (deploy it with 'cdk deploy', or "
            + "name its environment with --env, its region with --region, its account with --profile)");
      }
      throw AwsErrors.translate(aws, "reading stack " + name, e);
    } catch (software.amazon.awssdk.core.exception.SdkException e) {
      throw AwsErrors.translate(aws, "reading stack " + name, e);
    }
  }

  private static void collect(AwsClients aws, String stack, int depth, List<Resource> into) {
    List<StackResourceSummary> summaries = AwsErrors.call(aws, "listing the resources of stack " + stack,
        () -> aws.cloudFormation().listStackResourcesPaginator(r -> r.stackName(stack))
            .stackResourceSummaries().stream().toList());
    for (StackResourceSummary s : summaries) {
      String physical = s.physicalResourceId() == null ? "" : s.physicalResourceId();
      into.add(new Resource(stack, s.logicalResourceId(), s.resourceType(), physical));
      if (s.resourceType().equals("AWS::CloudFormation::Stack") && !physical.isEmpty() && depth < MAX_DEPTH) {
        collect(aws, physical, depth + 1, into);
      }
    }
  }

  /** Resources of one type, in stack order. */
  public List<Resource> ofType(String type) {
    return resources.stream().filter(r -> r.type().equals(type) && !r.physicalId().isEmpty()).toList();
  }

  /** The output whose key is {@code id} plus CDK's 8-character hash (e.g. {@code Url} for {@code AppUrlC89C55C1}). */
  public java.util.Optional<String> output(String id) {
    return outputs.entrySet().stream()
        .filter(e -> e.getKey().matches("(.*[a-z0-9])?" + id + "[0-9A-F]{8}"))
        .map(Map.Entry::getValue).findFirst();
  }
}
