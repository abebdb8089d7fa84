package dev.exosphere.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exosphere.ExoException;
import dev.exosphere.app.ExoApp;
import dev.exosphere.lock.ImageLock;
import dev.exosphere.lock.LockedImage;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;

/**
 * An application without NAT gateways, as the issue's "push to ECR, then cdk deploy" flow makes it: the bus and a
 * private service from ECR (one in another account), a worker built and locked in ECR by {@code exo images push},
 * a public service from Docker Hub. Its templates must deploy: endpoints, pull permissions, cdk-nag clean.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IsolatedAppTest {
  static final String DIGEST = "sha256:" + "5e".repeat(32);
  static final String LOCKED = "123456789012.dkr.ecr.us-east-1.amazonaws.com/shop-mailer@" + DIGEST;
  static final String YAML = """
      name: shop
      version: 1.0.0
      network:
        natGateways: 0
      bus:
        image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/mirror/exocom:0.21.3
      services:
        api:
          type: private
          image: 210987654321.dkr.ecr.us-east-1.amazonaws.com/shared/api:2.0
          interface:
            /: {port: 80}
        mailer:
          type: worker
          build: ./mailer
        web:
          type: public
          image: nginx:1.27
          interface:
            /: {port: 80}
      """;

  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, JsonNode> resources = new TreeMap<>();
  private List<String> nagFindings;

  static Path writeApp(Path dir, String yaml, LockedImage mailer) throws IOException {
    Files.createDirectories(dir.resolve("mailer"));
    Files.writeString(dir.resolve("mailer/Dockerfile"), "FROM scratch\n");
    Path yml = dir.resolve("exosphere.yml");
    Files.writeString(yml, yaml);
    ImageLock.empty().with("mailer", mailer).writeBeside(yml);
    return yml;
  }

  @BeforeAll
  void synth(@TempDir Path dir) throws IOException {
    // GIVEN the application, its worker locked to a digest in ECR
    Path yml = writeApp(dir, YAML, new LockedImage(LOCKED, "unused:tag", "sha256:" + "00".repeat(32)));
    // WHEN it is synthesized with the AwsSolutions checks
    App app = PinnedSynth.app(yml, Files.createDirectories(dir.resolve("cdk.out")));
    ExoApp.build(app);
    Aspects.of(app).add(new AwsSolutionsChecks());
    nagFindings = NagFindings.of(app.synth());
    for (String template : PinnedSynth.readTemplates(dir.resolve("cdk.out")).values()) {
      json.readTree(template).path("Resources").fields().forEachRemaining(e -> resources.put(e.getKey(), e.getValue()));
    }
  }

  private List<JsonNode> ofType(String type) {
    return resources.values().stream().filter(r -> r.path("Type").asText().equals(type)).toList();
  }

  /** Every statement of the policies on the execution role of the task definition of {@code family}. */
  private List<JsonNode> executionRoleStatements(String family) {
    JsonNode task = ofType("AWS::ECS::TaskDefinition").stream()
        .filter(t -> t.path("Properties").path("Family").asText().equals(family)).findFirst().orElseThrow();
    String role = task.path("Properties").path("ExecutionRoleArn").path("Fn::GetAtt").get(0).asText();
    List<JsonNode> statements = new ArrayList<>();
    ofType("AWS::IAM::Policy").stream()
        .filter(p -> p.path("Properties").path("Roles").toString().contains("\"" + role + "\""))
        .forEach(p -> p.path("Properties").path("PolicyDocument").path("Statement").forEach(statements::add));
    return statements.stream().map(IsolatedAppTest::actionsSorted).toList();
  }

  /** The statement with its actions in order: CDK sorts them under minimizePolicies, not under its defaults. */
  private static JsonNode actionsSorted(JsonNode statement) {
    if (!statement.path("Action").isArray()) {
      return statement;
    }
    List<String> actions = new ArrayList<>();
    statement.path("Action").forEach(a -> actions.add(a.asText()));
    ObjectNode copy = statement.deepCopy();
    copy.set("Action", new ObjectMapper().valueToTree(actions.stream().sorted().toList()));
    return copy;
  }

  private static JsonNode pull(String repositoryArn) {
    return new ObjectMapper().valueToTree(Map.of("Action", List.of("ecr:BatchCheckLayerAvailability",
        "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"), "Effect", "Allow", "Resource", repositoryArn));
  }

  @Test
  void theImageOfAnotherAccountIsPulledWithPermissionOnItsRepository() {
    // THEN api's execution role may pull from exactly the repository of its image, in the image's account
    List<JsonNode> statements = executionRoleStatements("shop-api");
    assertTrue(statements.contains(pull("arn:aws:ecr:us-east-1:210987654321:repository/shared/api")),
        statements.toString());
  }

  @Test
  void theLockedEcrDigestIsPulledWithPermissionOnItsRepository() {
    // THEN the worker runs its locked digest and may pull from the lock's repository
    List<JsonNode> statements = executionRoleStatements("shop-mailer");
    assertTrue(statements.contains(pull("arn:aws:ecr:us-east-1:123456789012:repository/shop-mailer")),
        statements.toString());
    JsonNode task = ofType("AWS::ECS::TaskDefinition").stream()
        .filter(t -> t.path("Properties").path("Family").asText().equals("shop-mailer")).findFirst().orElseThrow();
    assertTrue(task.path("Properties").path("ContainerDefinitions").get(0).path("Image").toString()
        .contains("/shop-mailer@" + DIGEST), task.toString());
  }

  @Test
  void theDockerHubImageGetsNoEcrPermission() {
    List<JsonNode> statements = executionRoleStatements("shop-web");
    assertFalse(statements.toString().contains("ecr:"), statements.toString());
  }

  @Test
  void theVpcHasItsEndpointsAndNoNatGateway() {
    assertEquals(0, ofType("AWS::EC2::NatGateway").size());
    assertEquals(11, ofType("AWS::EC2::VPCEndpoint").size());
  }

  @Test
  void cdkNagFindsNothingUnsuppressed() {
    assertEquals(List.of(), nagFindings, String.join("\n", nagFindings));
  }

  @Test
  void aLockedDigestOutsideEcrIsAnErrorWithoutNat(@TempDir Path dir) throws IOException {
    // GIVEN the worker locked to a digest in a registry outside AWS
    Path yml = writeApp(dir, YAML, new LockedImage("127.0.0.1:5000/shop-mailer@" + DIGEST, "unused:tag",
        "sha256:" + "00".repeat(32)));
    App app = PinnedSynth.app(yml, Files.createDirectories(dir.resolve("cdk.out")));
    // WHEN the CDK app builds THEN it refuses, saying why and how
    ExoException e = assertThrows(ExoException.class, () -> ExoApp.build(app));
    assertEquals("shop/App: imageLock = service mailer on 127.0.0.1:5000/shop-mailer@" + DIGEST + " is invalid: "
        + "expected an image it can pull: image '127.0.0.1:5000/shop-mailer@" + DIGEST + "' is not in "
        + "Amazon ECR: with natGateways: 0 the private subnets reach only ECR (through VPC endpoints), not other "
        + "registries. Fix: run 'exo images push --registry <account>.dkr.ecr.<region>.amazonaws.com' to push and "
        + "lock it in ECR, or delete its entry from exo-images.lock.json (cdk deploy then builds it into the "
        + "bootstrap ECR repository), or use natGateways: 1", e.getMessage());
  }

  @Test
  void anEcrImageOfAnotherRegionIsAnErrorOnceTheStacksRegionIsKnown(@TempDir Path dir) throws IOException {
    // GIVEN no region in the file (exo validate cannot tell), the bus image in ECR of eu-west-1
    Path yml = writeApp(dir, YAML.replace("123456789012.dkr.ecr.us-east-1.amazonaws.com/mirror/exocom",
        "123456789012.dkr.ecr.eu-west-1.amazonaws.com/mirror/exocom"), new LockedImage(LOCKED, "unused:tag",
        "sha256:" + "00".repeat(32)));
    // WHEN the CDK app builds for us-east-1 THEN it refuses
    App app = PinnedSynth.app(yml, Files.createDirectories(dir.resolve("cdk.out")));
    ExoException e = assertThrows(ExoException.class, () -> ExoApp.build(app));
    assertEquals("shop/App: model = the bus on 123456789012.dkr.ecr.eu-west-1.amazonaws.com/mirror/exocom:0.21.3 is "
        + "invalid: expected an image it can pull: image '123456789012.dkr.ecr.eu-west-1.amazonaws.com/mirror/"
        + "exocom:0.21.3' is in ECR of eu-west-1: with natGateways: 0 only the ECR of us-east-1 is reachable (through "
        + "the VPC endpoints). Fix: copy or replicate the repository to us-east-1 and name that copy, or use "
        + "natGateways: 1", e.getMessage());
  }
}
