package dev.exosphere.rules;

import java.util.Optional;

/**
 * How large an application the generated stacks can hold, checked before synth.
 *
 * <p>ECS service quotas: a task definition is at most 64 KiB ("Task definition size", not adjustable). ExoCom's task
 * definition carries {@code SERVICE_ROUTES}, every service's messages as JSON, so it grows with every service; the
 * rest of that task definition is under 1 KiB, {@link #BUS_TASK_DEFINITION_RESERVE} keeps 2 KiB for it. The size
 * counted is the JSON as sent to ECS, the value's quotes escaped. CloudFormation quotas: at most 500 resources per
 * stack, nested stacks included ("Resources", AWSCloudFormation/latest/UserGuide/cloudformation-limits). The
 * parent stack holds the network, clusters, bus and load balancers, one Route53 alias record per route host in the
 * zone and the nested stacks; each nested stack holds its share of the services (see {@code ServicePlacement}).
 */
public final class SizeLimits {
  public static final int TASK_DEFINITION_MAX_BYTES = 64 * 1024;
  public static final int BUS_TASK_DEFINITION_RESERVE = 2 * 1024;
  public static final int SERVICE_ROUTES_MAX_BYTES = TASK_DEFINITION_MAX_BYTES - BUS_TASK_DEFINITION_RESERVE;
  public static final int STACK_RESOURCES_MAX = 500;

  private SizeLimits() {}

  /** {@code escapedBytes}: the length of SERVICE_ROUTES as a JSON string value (quotes escaped). */
  public static Optional<Complaint> serviceRoutes(int escapedBytes, int services) {
    if (escapedBytes <= SERVICE_ROUTES_MAX_BYTES) {
      return Optional.empty();
    }
    return Complaint.of("ExoCom's SERVICE_ROUTES for these " + services + " services takes " + escapedBytes
        + " bytes, more than the " + SERVICE_ROUTES_MAX_BYTES + " that fit in its task definition (ECS allows "
        + TASK_DEFINITION_MAX_BYTES / 1024 + " KiB per task definition)",
        "use fewer or shorter message names, or split the application into several exosphere.yml files");
  }

  /** {@code resources}: the resources a stack of the layout will hold. */
  public static Optional<Complaint> stack(String stack, int resources, int services, String fix) {
    if (resources <= STACK_RESOURCES_MAX) {
      return Optional.empty();
    }
    return Complaint.of("with these " + services + " services the " + stack + " would hold " + resources
        + " resources, more than CloudFormation's " + STACK_RESOURCES_MAX + " per stack", fix);
  }
}
