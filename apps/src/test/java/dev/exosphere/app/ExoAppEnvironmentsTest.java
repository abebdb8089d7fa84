package dev.exosphere.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** {@code -c env=NAME}: the stack {@code <app>-<env>} with that environment's values and names. */
class ExoAppEnvironmentsTest {
  private static final String YAML = """
      name: shop
      version: 1.0.0
      account: "123456789012"
      region: us-east-1
      services:
        orders: {type: private, image: shop/orders:2, interface: {/: {port: 3000}}, replicas: 1}
      environments:
        staging: {}
        production:
          services: {orders: {replicas: 3}}
      """;

  @TempDir Path dir;
  private Path yml;

  @BeforeEach
  void write() throws IOException {
    yml = Files.writeString(dir.resolve("exosphere.yml"), YAML);
  }

  private App app(Map<String, Object> context) {
    Map<String, Object> all = new HashMap<>(context);
    all.put("app", yml.toString());
    all.put("availability-zones:account=123456789012:region=us-east-1", List.of("us-east-1a", "us-east-1b"));
    return App.Builder.create().context(all).outdir(dir.resolve("cdk.out").toString()).build();
  }

  @Test
  void theEnvironmentIsItsOwnStackWithItsOwnNamesAndValues() {
    // GIVEN -c env=production WHEN the app is built
    Stack stack = ExoApp.build(app(Map.of("env", "production")));
    // THEN the stack is shop-production, and names and values are production's
    assertEquals("shop-production", stack.getStackName());
    Template t = Template.fromStack(stack);
    t.hasResourceProperties("AWS::ServiceDiscovery::PrivateDnsNamespace", Map.of("Name", "shop-production.internal"));
    assertEquals("Exosphere application shop 1.0.0, environment production (exo-cdk)", stack.getTemplateOptions().getDescription());
    Template services = Template.fromStack((Stack) stack.getNode().findChild("App").getNode().getChildren().stream()
        .filter(c -> c.getNode().getId().startsWith("Services")).findFirst().orElseThrow());
    services.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("Family", "shop-production-orders"));
    services.hasResourceProperties("AWS::ECS::Service", Match.objectLike(Map.of("DesiredCount", 3)));
  }

  @Test
  void withoutEnvItIsAnErrorNamingTheEnvironments() {
    ExoException e = assertThrows(ExoException.class, () -> ExoApp.build(app(Map.of())));
    assertEquals(yml + ":7:1: error: environments: the application has environments (staging, production): name the one "
        + "to use (add -c env=NAME, e.g. cdk deploy -c env=staging (the same for synth, diff and destroy))", e.getMessage());
  }

  @Test
  void anUnknownEnvIsAnErrorWithDidYouMean() {
    ExoException e = assertThrows(ExoException.class, () -> ExoApp.build(app(Map.of("env", "stagign"))));
    assertEquals(yml + ":7:1: error: environments: no environment 'stagign'; the application has staging, production "
        + "(did you mean -c env=staging?)", e.getMessage());
  }

  @Test
  void envOnAnAppWithoutEnvironmentsIsAnError() throws IOException {
    Files.writeString(yml, YAML.substring(0, YAML.indexOf("environments:")));
    ExoException e = assertThrows(ExoException.class, () -> ExoApp.build(app(Map.of("env", "staging"))));
    assertEquals(yml + ":1:1: error: env=staging names an environment, but the application has none (drop -c env, or add "
        + "'environments:' to " + yml + " (docs/exosphere-yml.md))", e.getMessage());
  }
}
