package dev.exosphere.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exosphere.app.ExoApp;
import dev.exosphere.bench.AppGenerator;
import dev.exosphere.load.ModelLoader;
import dev.exosphere.load.StackSizes;
import dev.exosphere.model.ExoModel;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.cxapi.CloudAssembly;

/**
 * A generated application of 150 services (50 public on two load balancers, 50 private, 50 workers): every
 * template within CloudFormation's limits, a reviewed snapshot of which service lives in which stack, no service
 * moved by adding another, and the real cdk-nag rules with nothing unsuppressed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeAppTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private Map<String, String> templates;
  private ExoModel model;
  private List<String> nagFindings;

  @BeforeAll
  void synth(@TempDir Path dir) throws Exception {
    // GIVEN a 150-service application, synthesized with the AwsSolutions rule pack on
    Path yml = AppGenerator.write(dir.resolve("app"), 150);
    model = ModelLoader.load(yml).orThrow();
    Path out = Files.createDirectories(dir.resolve("out"));
    App app = PinnedSynth.app(yml, out);
    ExoApp.build(app);
    Aspects.of(app).add(new AwsSolutionsChecks());
    CloudAssembly assembly = app.synth();
    templates = PinnedSynth.readTemplates(out);
    nagFindings = NagFindings.of(assembly);
  }

  /** Service name to the template it lives in, from the task definitions' families. */
  static Map<String, String> layout(Map<String, String> templates, String app) throws Exception {
    Map<String, String> layout = new TreeMap<>();
    for (Map.Entry<String, String> t : templates.entrySet()) {
      for (JsonNode r : JSON.readTree(t.getValue()).path("Resources")) {
        String family = r.at("/Properties/Family").asText();
        if (r.path("Type").asText().equals("AWS::ECS::TaskDefinition") && family.startsWith(app + "-")) {
          layout.put(family.substring(app.length() + 1), t.getKey());
        }
      }
    }
    return layout;
  }

  @Test
  void everyTemplateStaysWellWithinCloudFormationsLimits() throws Exception {
    // THEN no template comes near 500 resources, 200 outputs, 200 parameters or 1 MB
    for (Map.Entry<String, String> t : templates.entrySet()) {
      JsonNode root = JSON.readTree(t.getValue());
      assertTrue(root.path("Resources").size() <= 400, t.getKey() + ": " + root.path("Resources").size());
      assertTrue(root.path("Outputs").size() <= 150, t.getKey());
      assertTrue(root.path("Parameters").size() <= 150, t.getKey());
      assertTrue(t.getValue().getBytes(StandardCharsets.UTF_8).length <= 800_000, t.getKey());
    }
  }

  @Test
  void whichServiceLivesInWhichStackIsTheReviewedLayout() throws Exception {
    // THEN the placement of all 150 services matches its snapshot
    Map<String, String> layout = layout(templates, "bench-150");
    assertEquals(150, layout.size());
    StringBuilder text = new StringBuilder();
    layout.forEach((service, stack) -> text.append(service).append(' ').append(stack).append('\n'));
    Snapshots.assertMatches("layout-150", Map.of("layout.txt", text.toString()));
  }

  @Test
  void addingAServiceMovesNoOther(@TempDir Path dir) throws Exception {
    // GIVEN the same application with one service more
    Path yml = AppGenerator.write(dir.resolve("app"), 151);
    Files.writeString(yml, Files.readString(yml).replace("bench-151", "bench-150"));
    // WHEN it is synthesized
    Map<String, String> bigger = layout(PinnedSynth.templates(yml, Files.createDirectories(dir.resolve("out"))),
        "bench-150");
    // THEN every one of the 150 services is in the stack it was in
    Map<String, String> before = layout(templates, "bench-150");
    before.forEach((service, stack) -> assertEquals(stack, bigger.get(service), service));
    assertEquals(151, bigger.size());
  }

  @Test
  void theLoadersStackSizesAreTheSynthesizedResourceCounts() throws Exception {
    // GIVEN the resources StackSizes predicts from the model alone (what exo validate checks against 500)
    Map<String, Integer> predicted = new TreeMap<>();
    predicted.put("bench-150.template.json", StackSizes.parent(model));
    StackSizes.shards(model).forEach((id, n) -> predicted.put(id, n));
    // WHEN counting the synthesized templates' resources
    Map<String, Integer> actual = new TreeMap<>();
    for (Map.Entry<String, String> t : templates.entrySet()) {
      String key = t.getKey().contains("App" + "Services")
          ? t.getKey().replaceFirst(".*App(Services\\d\\d).*", "$1") : t.getKey();
      actual.put(key, JSON.readTree(t.getValue()).path("Resources").size());
    }
    // THEN each stack's prediction is exact
    assertEquals(actual, predicted);
  }

  @Test
  void awsSolutionsChecksFindNothingUnsuppressed() {
    // THEN cdk-nag is as clean at 150 services as for the example
    assertEquals(List.of(), nagFindings, String.join("\n", nagFindings));
  }
}
