package dev.exosphere.load;

import dev.exosphere.model.ExoModel;
import dev.exosphere.model.NatGateways;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import dev.exosphere.rules.ImagePulls;

/**
 * Images the network cannot deliver. With {@code natGateways: 0} the private subnets, where private services,
 * workers and the bus run, reach only the VPC endpoints: ECR of the application's region, not Docker Hub or any
 * other registry. Public services run in the public subnets, whose instances have public addresses. Services with
 * {@code build} become CDK image assets in the bootstrap ECR repository: always reachable. (Digests locked by
 * {@code exo images push} are checked by the CDK app, which reads the lock.) And a load balancer the zones cannot
 * hold.
 */
final class NetworkChecks {
  private final LoadContext ctx;
  private final SourceMap sources;

  NetworkChecks(LoadContext ctx, SourceMap sources) {
    this.ctx = ctx;
    this.sources = sources;
  }

  void check(ExoModel model) {
    boolean nat = model.network().natGateways() != NatGateways.NONE;
    String registry = model.account().orElse("<account>") + ".dkr.ecr." + model.region().orElse("<region>")
        + ".amazonaws.com";
    for (Service s : model.services().values()) {
      boolean internet = nat || s.type() == ServiceType.PUBLIC;
      s.image().ifPresent(image -> report("services." + s.name() + ".image", image, internet, model,
          "copy it to ECR and name that copy, or replace image with build and run 'exo images push --registry "
              + registry + "'"));
    }
    loadBalancerZones(model);
    String busPath = model.bus().image().isPresent() ? "bus.image" : "network.natGateways";
    report(busPath, model.bus().imageReference(), nat, model,
        "copy it to ECR and set bus.image to that copy, e.g. " + registry + "/exocom:" + model.bus().version());
  }

  /** An application load balancer needs subnets in two zones: CloudFormation refuses one with one (cfn-lint E3680). */
  private void loadBalancerZones(ExoModel model) {
    boolean balanced = model.services().values().stream().anyMatch(s -> s.type() == ServiceType.PUBLIC);
    if (balanced && model.network().vpcId().isEmpty() && model.network().azs() < 2) {
      ctx.error(sources.at("network.azs"), "network.azs", "expected at least 2 availability zones with a public service, got "
          + model.network().azs() + ": its application load balancer needs subnets in two zones",
          "use azs: 2, or make the services private");
    }
  }

  private void report(String path, String image, boolean internet, ExoModel model, String notEcrFix) {
    ImagePulls.problem(image, internet, model.region(), notEcrFix)
        .ifPresent(p -> ctx.error(sources.at(path), path, p.message(), p.fix()));
  }
}
