package dev.exosphere.application;

import dev.exosphere.bus.ExoComBus;
import dev.exosphere.model.ExoModel;
import dev.exosphere.model.ServiceStack;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awscdk.NestedStack;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.constructs.Construct;

/**
 * Each stack of {@code type: stack} as its own CloudFormation unit and network segment: a nested stack (inside its
 * parent's, so the tree of stacks is the tree of templates) holding a security group its members' tasks share.
 *
 * <p>The group admits its own members on every TCP port and nothing else; {@link dev.exosphere.service.ExoService}
 * adds the load balancer on the members' container ports, and the bus admits the group on its port. Nothing of a
 * parent depends on a child, so CloudFormation deletes a child's services before the cluster, load balancer and bus
 * they depend on (Ailtire's bottom-up {@code shutdown()}).
 *
 * <p>Construct ids: {@code Stack<Name>} (its name, first letter upper-case, so the path of ids follows the stack's path, never the
 * YAML order), and {@code Segment} for its group.
 */
final class StackSegments {
  /** The nested stack and security group of one stack. */
  record Segment(ServiceStack stack, NestedStack scope, SecurityGroup group) {}

  private StackSegments() {}

  /** The segment of every stack member, by its qualified service name. */
  static Map<String, Segment> of(Construct app, ExoModel model, IVpc vpc, Optional<ExoComBus> bus) {
    Map<String, Segment> byMember = new TreeMap<>();
    model.stacks().values().forEach(s -> add(app, model, s, vpc, bus, byMember));
    return Collections.unmodifiableMap(byMember);
  }

  private static void add(Construct parent, ExoModel model, ServiceStack stack, IVpc vpc, Optional<ExoComBus> bus,
      Map<String, Segment> byMember) {
    NestedStack scope = new NestedStack(parent, id(stack.name()));
    SecurityGroup group = SecurityGroup.Builder.create(scope, "Segment")
        .vpc(vpc)
        .description("Network segment of stack " + stack.path() + " of " + model.deploymentName())
        .allowAllOutbound(true)
        .build();
    group.addIngressRule(group, Port.allTcp(), "Members of stack " + stack.path() + " reach each other");
    // a lean application without messages has no bus to admit the segment to
    bus.ifPresent(b -> b.allowFrom(group));
    Segment segment = new Segment(stack, scope, group);
    stack.services().forEach(m -> byMember.put(m, segment));
    stack.stacks().values().forEach(child -> add(scope, model, child, vpc, bus, byMember));
  }

  /**
   * {@code customer} into {@code StackCustomer}, {@code customer-care} into {@code StackCustomer-care}: one to one
   * (dropping the dashes would give {@code a-b} and {@code a--b} one id), and never the id of another child.
   */
  static String id(String name) {
    return "Stack" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * Ailtire's variables, so that an Ailtire package finds its place: the application's name, the stack's path, its
   * parent's path (the application's name for a stack of the root) and the parent's segment.
   */
  static Map<String, String> variables(ExoModel model, ServiceStack stack) {
    Map<String, String> v = new TreeMap<>();
    v.put("AILTIRE_APPNAME", model.name());
    v.put("AILTIRE_STACKNAME", stack.path());
    v.put("AILTIRE_PARENT", stack.parentPath().orElse(model.name()));
    v.put("AILTIRE_PARENT_NETWORK", stack.parentPath().map(p -> model.deploymentName() + "-" + p.replace('/', '-'))
        .orElse(model.deploymentName()));
    return v;
  }
}
