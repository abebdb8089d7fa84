package dev.exosphere.gateway;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnResource;
import software.constructs.IConstruct;

/** cdk-nag suppressions in cdk-nag's metadata format, written directly: cdk-nag is not a runtime dependency here. */
final class NagSuppression {
  private NagSuppression() {}

  /** Suppresses {@code rule} on {@code construct}'s CloudFormation resource, with the reason a reviewer reads. */
  static void add(IConstruct construct, String rule, String reason) {
    ((CfnResource) construct.getNode().getDefaultChild()).addMetadata("cdk_nag",
        Map.of("rules_to_suppress", List.of(Map.of("id", rule, "reason", reason))));
  }
}
