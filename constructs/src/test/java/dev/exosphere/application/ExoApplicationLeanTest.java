package dev.exosphere.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.EdgeFixtures;
import dev.exosphere.load.ModelLoader;
import dev.exosphere.model.ExoModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Only what an application uses is created: clusters for their services, the bus for messages. */
class ExoApplicationLeanTest {
  @TempDir Path dir;

  private ExoApplication app(String services) throws IOException {
    Path yml = Files.writeString(dir.resolve("exosphere.yml"), "name: shop\nversion: 1.0.0\n" + services);
    ExoModel model = ModelLoader.load(yml).orThrow();
    Stack stack = EdgeFixtures.stack();
    return new ExoApplication(stack, "App", ExoApplicationProps.builder().model(model).build());
  }

  private static java.util.Set<String> outputs(Template t) {
    return t.findOutputs("*").keySet();
  }

  private static Template template(ExoApplication app) {
    return Template.fromStack(Stack.of(app));
  }

  @Test
  void aOneServiceAppHasOnlyThePublicClusterAndNoBus() throws IOException {
    // GIVEN one public service that sends no message WHEN synthesized
    ExoApplication app = app("services:\n  web:\n    type: public\n    image: nginx:1.27\n    interface: {/: {port: 80}}\n");
    Template t = template(app);
    // THEN one auto-scaling group (the public cluster's), no bus instance, no namespace, no ExoCom output
    t.resourceCountIs("AWS::AutoScaling::AutoScalingGroup", 1);
    t.resourceCountIs("AWS::ECS::Cluster", 1);
    t.resourceCountIs("AWS::ServiceDiscovery::PrivateDnsNamespace", 0);
    assertTrue(app.getPrivateCluster().isEmpty());
    assertTrue(app.getBus().isEmpty());
    assertTrue(app.getNamespace().isEmpty());
    assertTrue(outputs(t).stream().noneMatch(o -> o.contains("ExoComAddress")), outputs(t).toString());
    assertTrue(outputs(t).stream().anyMatch(o -> o.contains("Url")), outputs(t).toString());
    assertEquals("not created (no private service or worker)", app.getFootprint().privateClusterReason());
    assertEquals("not created (no service sends or receives messages)", app.getFootprint().busReason());
  }

  @Test
  void servicesWithoutABusGetNoExoComVariables() throws IOException {
    ExoApplication app = app("services:\n  web:\n    type: public\n    image: nginx:1.27\n    interface: {/: {port: 80}}\n");
    Template nested = Template.fromStack(Stack.of(app.getServices().get("web")));
    nested.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", List.of(Match.objectLike(
        Map.of("Environment", List.of(Map.of("Name", "ROLE", "Value", "web"), Map.of("Name", "SERVICE_NAME",
            "Value", "web")))))));
  }

  @Test
  void workersThatTalkGetThePrivateClusterAndTheBusButNoPublicCluster() throws IOException {
    ExoApplication app = app("services:\n"
        + "  a:\n    type: worker\n    image: shop/a:1\n    messages: {sends: [x.done]}\n"
        + "  b:\n    type: worker\n    image: shop/b:1\n    messages: {receives: [x.done]}\n");
    assertTrue(app.getPublicCluster().isEmpty());
    assertTrue(app.getPrivateCluster().isPresent());
    assertTrue(app.getBus().isPresent());
    assertTrue(app.getGateway().isEmpty());
    assertEquals("created (a, b send or receive messages)", app.getFootprint().busReason());
    // the private cluster's and the bus's own
    template(app).resourceCountIs("AWS::AutoScaling::AutoScalingGroup", 2);
    template(app).resourceCountIs("AWS::ServiceDiscovery::PrivateDnsNamespace", 1);
  }

  @Test
  void theBusIsCreatedWhenAskedFor() throws IOException {
    ExoApplication app = app("bus: {enabled: true}\nservices:\n"
        + "  web:\n    type: public\n    image: nginx:1.27\n    interface: {/: {port: 80}}\n");
    assertTrue(app.getBus().isPresent());
    assertEquals("created (asked for under bus)", app.getFootprint().busReason());
    assertTrue(outputs(template(app)).stream().anyMatch(o -> o.contains("ExoComAddress")));
  }

  @Test
  void aPrivateServiceWithARouteGetsTheNamespaceWithoutABus() throws IOException {
    ExoApplication app = app("services:\n  api:\n    type: private\n    image: shop/api:1\n    interface: {/: {port: 3000}}\n");
    assertTrue(app.getBus().isEmpty());
    assertTrue(app.getNamespace().isPresent());
    template(app).resourceCountIs("AWS::ServiceDiscovery::PrivateDnsNamespace", 1);
  }
}
