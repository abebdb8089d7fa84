package dev.exosphere;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import software.constructs.IConstruct;

/** cdk-nag suppressions, each with the reason a reviewer reads next to the resource it covers. */
public final class Nag {
  private Nag() {}

  /** Suppresses {@code rule} on {@code construct} and its children. */
  public static void suppress(IConstruct construct, String rule, String reason) {
    NagSuppressions.addResourceSuppressions(construct,
        List.of(NagPackSuppression.builder().id(rule).reason(reason).build()), true);
  }

  /** Suppresses only the findings of {@code rule} named in {@code appliesTo}, e.g. {@code Resource::*}. */
  public static void suppress(IConstruct construct, String rule, List<String> appliesTo, String reason) {
    NagSuppressions.addResourceSuppressions(construct,
        List.of(NagPackSuppression.builder().id(rule).appliesTo(List.copyOf(appliesTo)).reason(reason).build()), true);
  }
}
