package dev.exosphere.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.EdgeFixtures;
import dev.exosphere.testsupport.TestApps;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.SynthesisMessage;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerImage;

/**
 * GIVEN a worker with a command, entry point, working directory, user, stop timeout, its own health check and task
 * role permissions (an AWS-managed policy, a customer-managed one, an exact statement with a condition, a wildcard
 * statement with its reason), a worker with an AWS-managed policy by ARN, a {@code *} resource and wildcard actions,
 * and a worker with none of them, WHEN synthesized with the AwsSolutions checks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExoServiceContainerTest {
  private Template template;
  private Annotations annotations;
  private ExoService worker;

  static ServicePermissions permissions() {
    return ServicePermissions.of(Map.of(
        "AmazonSQSReadOnlyAccess", "reads the orders queue's attributes for its metrics",
        "arn:aws:iam::123456789012:policy/shop-orders", "the account's own orders policy"), List.of(
        ServiceStatement.allow(List.of("sqs:ReceiveMessage", "sqs:DeleteMessage"),
            List.of("arn:aws:sqs:us-east-1:123456789012:orders"))
            .when(Map.of("Bool", Map.of("aws:SecureTransport", List.of("true")))),
        ServiceStatement.allow(List.of("s3:GetObject"), List.of("arn:aws:s3:::shop-invoices/*"))
            .because("reads every invoice the web service writes under the bucket")));
  }

  @BeforeAll
  void synth() {
    // CDK's defaults: under the recommended flags (core:annotationsInValidationReport) the plain VPC and cluster of
    // the fixture, which are not under test, fail synth with their own cdk-nag errors before any can be read
    Stack stack = EdgeFixtures.stack(TestApps.Flags.DEFAULTS);
    Cluster cluster = EdgeFixtures.ec2Cluster(stack);
    worker = new ExoService(stack, "Worker", ExoServiceProps.builder().name("orders").appName("shop")
        .cluster(cluster).image(ContainerImage.fromRegistry("example/orders:1.0"))
        .container(ServiceContainer.builder()
            .command(List.of("--queue", "orders", "--batch=10"))
            .entryPoint(List.of("/bin/orders-worker"))
            .workingDirectory("/srv")
            .user("1000:1000")
            .stopTimeoutSeconds(90)
            .healthCheck(new ServiceContainerCheck(List.of("CMD", "/bin/orders-worker", "--check"), 20, 3, 4, 15))
            .build())
        .permissions(permissions())
        .build());
    new ExoService(stack, "Plain", ExoServiceProps.builder().name("plain").appName("shop")
        .cluster(cluster).image(ContainerImage.fromRegistry("example/plain:1.0")).build());
    new ExoService(stack, "Wild", ExoServiceProps.builder().name("wild").appName("shop")
        .cluster(cluster).image(ContainerImage.fromRegistry("example/wild:1.0"))
        .permissions(ServicePermissions.of(Map.of("arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess",
            "reads the catalog tables"), List.of(
            ServiceStatement.allow(List.of("cloudwatch:PutMetricData"), List.of("*"))
                .because("PutMetricData has no resource-level permissions"),
            ServiceStatement.allow(List.of("s3:Get*", "s3:List*"), List.of("arn:aws:s3:::assets", "arn:aws:s3:::assets/*"))
                .because("serves any asset of the bucket"))))
        .build());
    Aspects.of(stack).add(new AwsSolutionsChecks());
    annotations = Annotations.fromStack(stack);
    template = Template.fromStack(stack);
  }

  private Map<String, Object> container(String family) {
    Map<String, Map<String, Object>> tds = template.findResources("AWS::ECS::TaskDefinition",
        Map.of("Properties", Map.of("Family", family)));
    assertEquals(1, tds.size(), family);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> defs = (List<Map<String, Object>>) ((Map<String, Object>) tds.values().iterator().next()
        .get("Properties")).get("ContainerDefinitions");
    return defs.get(0);
  }

  @Test
  void theContainerRunsTheGivenCommandAsTheGivenUserWithoutAShell() {
    Map<String, Object> c = container("shop-orders");
    assertEquals(List.of("--queue", "orders", "--batch=10"), c.get("Command"));
    assertEquals(List.of("/bin/orders-worker"), c.get("EntryPoint"));
    assertEquals("/srv", c.get("WorkingDirectory"));
    assertEquals("1000:1000", c.get("User"));
    assertEquals(90, c.get("StopTimeout"));
  }

  @Test
  void theContainerHealthCheckIsTheOneGiven() {
    assertEquals(Map.of("Command", List.of("CMD", "/bin/orders-worker", "--check"), "Interval", 20, "Timeout", 3,
        "Retries", 4, "StartPeriod", 15), container("shop-orders").get("HealthCheck"));
  }

  @Test
  void withoutSettingsTheImagesOwnAreKeptAndThereIsNoHealthCheck() {
    Map<String, Object> c = container("shop-plain");
    for (String key : List.of("Command", "EntryPoint", "WorkingDirectory", "User", "StopTimeout", "HealthCheck")) {
      assertTrue(!c.containsKey(key), key + " in " + c);
    }
  }

  @Test
  void theTaskRoleHasTheManagedPolicies() {
    template.hasResourceProperties("AWS::IAM::Role", Map.of(
        "AssumeRolePolicyDocument", Match.objectLike(Map.of("Statement", List.of(Match.objectLike(Map.of(
            "Principal", Map.of("Service", "ecs-tasks.amazonaws.com")))))),
        "ManagedPolicyArns", List.of(Map.of("Fn::Join", List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"),
            ":iam::aws:policy/AmazonSQSReadOnlyAccess"))), "arn:aws:iam::123456789012:policy/shop-orders")));
  }

  @Test
  void theTaskRolesPolicyHoldsTheStatementsWithTheirConditions() {
    template.hasResourceProperties("AWS::IAM::Policy", Map.of(
        "Roles", List.of(Map.of("Ref", Match.stringLikeRegexp("WorkerTaskDefinitionTaskRole.*"))),
        "PolicyDocument", Match.objectLike(Map.of("Statement", List.of(
            Map.of("Effect", "Allow", "Action", List.of("sqs:ReceiveMessage", "sqs:DeleteMessage"),
                "Resource", "arn:aws:sqs:us-east-1:123456789012:orders",
                "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "true"))),
            Map.of("Effect", "Allow", "Action", "s3:GetObject", "Resource", "arn:aws:s3:::shop-invoices/*"))))));
  }

  @Test
  void aServiceWithoutPermissionsHasAnEmptyTaskRole() {
    assertEquals(Map.of(), template.findResources("AWS::IAM::Policy", Map.of("Properties", Map.of("Roles",
        List.of(Map.of("Ref", Match.stringLikeRegexp("PlainTaskDefinitionTaskRole.*")))))));
    assertEquals(worker.getTaskDefinition().getTaskRole(), worker.getTaskRole());
  }

  @Test
  void eachWildcardAndAwsManagedPolicyIsSuppressedWithItsOwnReasonOnly() {
    Map<String, Map<String, Object>> roles = template.findResources("AWS::IAM::Policy", Map.of("Properties",
        Map.of("Roles", List.of(Map.of("Ref", Match.stringLikeRegexp("WorkerTaskDefinitionTaskRole.*"))))));
    String metadata = roles.values().iterator().next().get("Metadata").toString();
    assertTrue(metadata.contains("Resource::arn:aws:s3:::shop-invoices/*"), metadata);
    assertTrue(metadata.contains("reads every invoice the web service writes under the bucket"), metadata);
    assertTrue(!metadata.contains("ecr:GetAuthorizationToken"), "the execution role's reason stays on it: " + metadata);
  }

  @Test
  void theSuppressionsNameExactlyTheWildcardFindings() {
    String role = template.findResources("AWS::IAM::Role", Map.of("Properties", Map.of("ManagedPolicyArns",
        List.of("arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess")))).values().iterator().next().get("Metadata")
        .toString();
    assertTrue(role.contains("applies_to=[Policy::arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess]"), role);
    String policy = template.findResources("AWS::IAM::Policy", Map.of("Properties", Map.of("Roles",
        List.of(Map.of("Ref", Match.stringLikeRegexp("WildTaskDefinitionTaskRole.*")))))).values().iterator().next()
        .get("Metadata").toString();
    assertTrue(policy.contains("applies_to=[Resource::*]"), policy);
    assertTrue(policy.contains("applies_to=[Action::s3:Get*, Action::s3:List*, Resource::arn:aws:s3:::assets/*]"), policy);
  }

  @Test
  void cdkNagFindsNothingLeftOnTheServices() {
    List<SynthesisMessage> left = new java.util.ArrayList<>(annotations.findError("*",
        Match.stringLikeRegexp("AwsSolutions-.*")));
    left.addAll(annotations.findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*")));
    String mine = left.stream().filter(m -> m.getId().startsWith("/Test/Worker") || m.getId().startsWith("/Test/Plain")
            || m.getId().startsWith("/Test/Wild"))
        .map(m -> m.getId() + ": " + m.getEntry().getData()).collect(Collectors.joining("\n"));
    assertEquals("", mine);
  }
}
