package dev.exosphere.app;

import dev.exosphere.ExoException;
import dev.exosphere.load.SourceMap;
import dev.exosphere.load.Problem;
import dev.exosphere.model.ExoModel;
import java.util.List;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;

/**
 * {@code network.azs} beyond 2 needs a concrete account and region: an environment-agnostic stack knows only 2
 * availability zones (CDK's {@code Fn::GetAZs} fallback), so the VPC would silently get 2. {@code exo validate}
 * cannot tell (the CLI's environment is not known then); the CDK app can, and says so at the YAML's position
 * before any construct is built. With a concrete environment CDK looks the zones up through the context
 * ({@code cdk.context.json}) and {@link dev.exosphere.network.ExoNetwork} checks the count against them.
 */
final class ZoneCheck {
  /** The zones CDK knows in a stack without account and region. */
  static final int AGNOSTIC_AZS = 2;
  private static final String FALLBACK_CONTEXT = "aws:cdk:availability-zones:fallback";

  private ZoneCheck() {}

  static void check(App app, SourceMap sources, ExoModel model, Environment env) {
    int azs = model.network().azs();
    boolean agnostic = env.getAccount() == null || env.getRegion() == null;
    if (!agnostic || azs <= AGNOSTIC_AZS || model.network().vpcId().isPresent()
        || app.getNode().tryGetContext(FALLBACK_CONTEXT) != null) {
      return;
    }
    throw ExoException.of(List.of(new Problem(Problem.Severity.ERROR, sources.at("network.azs"),
        "network.azs", "azs: " + azs + " needs a concrete account and region, but "
            + (env.getAccount() == null && env.getRegion() == null ? "neither is" : env.getAccount() == null
                ? "the account is not" : "the region is not")
            + " known: CDK knows only " + AGNOSTIC_AZS + " availability zones without them",
        "set account and region in exosphere.yml, or run cdk with AWS credentials so that CDK_DEFAULT_ACCOUNT and "
            + "CDK_DEFAULT_REGION are set (CDK then looks the zones up and caches them in cdk.context.json), or use "
            + "azs: " + AGNOSTIC_AZS)));
  }
}
