package dev.exosphere.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.exosphere.ExoException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/** {@code network.azs: 3} gives 3 AZs with a concrete environment, and an error that says why and how without. */
class ExoAppZonesTest {
  private static final String YAML = "name: shop\nversion: 1.0.0\nnetwork:\n  azs: 3\n";

  @TempDir Path dir;
  private Path yml;

  @BeforeEach
  void write() throws IOException {
    // the CDK CLI's environment would make every stack concrete: these tests are about its absence
    assumeTrue(System.getenv("CDK_DEFAULT_ACCOUNT") == null && System.getenv("CDK_DEFAULT_REGION") == null,
        "CDK_DEFAULT_ACCOUNT/REGION are set");
    yml = dir.resolve("exosphere.yml");
    Files.writeString(yml, YAML);
  }

  private App app(Map<String, Object> context) {
    Map<String, Object> all = new HashMap<>(context);
    all.put("app", yml.toString());
    return App.Builder.create().context(all).outdir(dir.resolve("cdk.out").toString()).build();
  }

  @Test
  void withoutAccountAndRegionItIsAnErrorAtNetworkAzs() {
    ExoException e = assertThrows(ExoException.class, () -> ExoApp.build(app(Map.of())));
    assertEquals(yml + ":4:8: error: network.azs: azs: 3 needs a concrete account and region, but neither is known: "
        + "CDK knows only 2 availability zones without them (set account and region in exosphere.yml, or run cdk "
        + "with AWS credentials so that CDK_DEFAULT_ACCOUNT and CDK_DEFAULT_REGION are set (CDK then looks the "
        + "zones up and caches them in cdk.context.json), or use azs: 2)", e.getMessage());
  }

  @Test
  void aRegionAloneIsNotEnough() {
    ExoException e = assertThrows(ExoException.class, () -> ExoApp.build(app(Map.of("region", "eu-west-1"))));
    assertEquals(true, e.getMessage().contains("but the account is not known"), e.getMessage());
  }

  @Test
  void withAConcreteEnvironmentTheZonesComeFromTheContext() {
    // GIVEN account, region and the zones cdk.context.json caches for them
    Stack stack = ExoApp.build(app(Map.of("account", "123456789012", "region", "eu-west-1",
        "availability-zones:account=123456789012:region=eu-west-1", List.of("eu-west-1a", "eu-west-1b", "eu-west-1c"))));
    // THEN three public and three private subnets, one of each per zone
    Template.fromStack(stack).resourceCountIs("AWS::EC2::Subnet", 6);
  }

  @Test
  void moreZonesThanTheRegionHasIsAnError() {
    ExoException e = assertThrows(ExoException.class, () -> ExoApp.build(app(Map.of("account", "123456789012",
        "region", "us-west-1",
        "availability-zones:account=123456789012:region=us-west-1", List.of("us-west-1a", "us-west-1c")))));
    assertEquals("shop/App/Network: azs = 3 is invalid: expected at most 2: account 123456789012 has 2 availability "
        + "zones in us-west-1 (us-west-1a, us-west-1c, from the context key "
        + "availability-zones:account=123456789012:region=us-west-1). Fix: use azs: 2, or another region; if "
        + "cdk.context.json is out of date, run cdk context --reset with that key", e.getMessage());
  }
}
