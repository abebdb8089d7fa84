package dev.exosphere;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.bus.ExoComBus;
import dev.exosphere.bus.ExoComBusProps;
import dev.exosphere.cluster.ExoCluster;
import dev.exosphere.cluster.ExoClusterProps;
import dev.exosphere.cluster.Placement;
import dev.exosphere.gateway.ExoGateway;
import dev.exosphere.gateway.ExoGatewayProps;
import dev.exosphere.network.ExoNetwork;
import dev.exosphere.network.ExoNetworkProps;
import dev.exosphere.service.ExoService;
import dev.exosphere.service.ExoServiceProps;
import dev.exosphere.service.ServiceHealthCheck;
import dev.exosphere.service.ServiceKind;
import dev.exosphere.service.ServiceMessages;
import dev.exosphere.service.ServiceRoute;
import dev.exosphere.service.ServiceScaling;
import dev.exosphere.service.ServiceSecret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.servicediscovery.PrivateDnsNamespace;

/**
 * GIVEN the README's "Using the constructs in your own CDK app": a public and a private service composed by hand
 * from ExoNetwork, ExoCluster, ExoGateway and ExoService in plain Java, no exosphere.yml, then a worker on a bus.
 * The code between the {@code README} markers is the README's, character for character (checked below).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComposeByHandTest {
  private Template template;

  /** The README's first example. */
  static void withoutBus(Stack stack) {
    // README:start without-bus
    ExoNetwork network = new ExoNetwork(stack, "Network", ExoNetworkProps.builder().build());
    ExoCluster publicCluster = new ExoCluster(stack, "PublicCluster", ExoClusterProps.builder()
        .vpc(network.getVpc()).placement(Placement.PUBLIC).build());
    ExoCluster privateCluster = new ExoCluster(stack, "PrivateCluster", ExoClusterProps.builder()
        .vpc(network.getVpc()).build());
    ExoGateway gateway = new ExoGateway(stack, "Gateway", ExoGatewayProps.builder().vpc(network.getVpc()).build());
    PrivateDnsNamespace namespace = PrivateDnsNamespace.Builder.create(stack, "Namespace")
        .name("shop.internal").vpc(network.getVpc()).build();

    ExoService web = new ExoService(stack, "Web", ExoServiceProps.builder()
        .name("web").kind(ServiceKind.PUBLIC).appName("shop").cluster(publicCluster)
        .image(ContainerImage.fromRegistry("public.ecr.aws/nginx/nginx:1.27"))
        .routes(ServiceRoute.builder("/", 80)
            .healthCheck(ServiceHealthCheck.builder().path("/health").build()).build())
        .environment(Map.of("GREETING", "hello"))
        .secrets(Map.of("API_KEY", ServiceSecret.ssm("/shop/api-key")))
        .scaling(ServiceScaling.between(1, 4))
        .build());
    web.attachTo(gateway);

    new ExoService(stack, "Users", ExoServiceProps.builder()
        .name("users").kind(ServiceKind.PRIVATE).appName("shop").cluster(privateCluster)
        .image(ContainerImage.fromRegistry("public.ecr.aws/example/users:1.0"))
        .routes(ServiceRoute.builder("/", 4000).build())   // users.shop.internal, an SRV record
        .namespace(namespace)
        .build());
    // README:end without-bus
  }

  /** The README's second example: a worker on the bus, in the same network. */
  static void withBus(Stack stack, ExoNetwork network, ExoCluster privateCluster, PrivateDnsNamespace namespace) {
    // README:start with-bus
    ExoComBus bus = new ExoComBus(stack, "Bus", ExoComBusProps.builder()
        .vpc(network.getVpc()).namespace(namespace).build());

    new ExoService(stack, "Mailer", ExoServiceProps.builder()
        .name("mailer").appName("shop").cluster(privateCluster)   // kind: WORKER, the default
        .image(ContainerImage.fromRegistry("public.ecr.aws/example/mailer:1.0"))
        .bus(bus)                      // EXOCOM_HOST, EXOCOM_PORT; the bus port opened to the cluster
        .messages(ServiceMessages.of(List.of("mail.send"), List.of("mail.sent")))   // into SERVICE_ROUTES
        .build());
    // README:end with-bus
  }

  @BeforeAll
  void synth() {
    Stack stack = EdgeFixtures.stack();
    withoutBus(stack);
    withBus(stack, (ExoNetwork) stack.getNode().findChild("Network"),
        (ExoCluster) stack.getNode().findChild("PrivateCluster"),
        (PrivateDnsNamespace) stack.getNode().findChild("Namespace"));
    template = Template.fromStack(stack);
  }

  private String logicalId(String type, String prefix) {
    return template.findResources(type).keySet().stream().filter(id -> id.startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " " + prefix));
  }

  @SuppressWarnings("unchecked")
  private List<String> environmentOf(String family) {
    Map<String, Object> td = template.findResources("AWS::ECS::TaskDefinition",
        Map.of("Properties", Map.of("Family", family))).values().iterator().next();
    Map<String, Object> container = ((List<Map<String, Object>>) ((Map<String, Object>) td.get("Properties"))
        .get("ContainerDefinitions")).get(0);
    return ((List<Map<String, Object>>) container.get("Environment")).stream().map(e -> (String) e.get("Name"))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private List<String> dependsOn(String servicePrefix) {
    return (List<String>) template.findResources("AWS::ECS::Service").get(
        logicalId("AWS::ECS::Service", servicePrefix)).get("DependsOn");
  }

  @Test
  void eachServiceIsDeletedBeforeItsClustersInstancesAndCapacityProvider() {
    // THEN without any addDependent call, each ECS service depends on its own cluster's ASG and association
    assertTrue(dependsOn("Web").containsAll(List.of(
        logicalId("AWS::AutoScaling::AutoScalingGroup", "PublicClusterAutoScalingGroup"),
        logicalId("AWS::ECS::ClusterCapacityProviderAssociations", "PublicCluster"))), dependsOn("Web").toString());
    assertTrue(dependsOn("Users").containsAll(List.of(
        logicalId("AWS::AutoScaling::AutoScalingGroup", "PrivateClusterAutoScalingGroup"),
        logicalId("AWS::ECS::ClusterCapacityProviderAssociations", "PrivateCluster"))), dependsOn("Users").toString());
  }

  @Test
  void withoutABusNoExocomVariableIsSet() {
    assertEquals(List.of("GREETING", "ROLE", "SERVICE_NAME"), environmentOf("shop-web"));
    assertEquals(List.of("ROLE", "SERVICE_NAME"), environmentOf("shop-users"));
  }

  @Test
  void withABusTheServiceIsToldWhereItIs() {
    assertEquals(List.of("EXOCOM_HOST", "EXOCOM_PORT", "ROLE", "SERVICE_NAME"), environmentOf("shop-mailer"));
    template.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("Family", "shop-mailer",
        "ContainerDefinitions", List.of(Match.objectLike(Map.of("Environment", Match.arrayWith(List.of(
            Map.of("Name", "EXOCOM_PORT", "Value", "3100"))))))));
  }

  @Test
  void theWorkerJoinsTheBusRoutesAndItsClusterReachesTheBusPort() {
    template.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", List.of(
        Match.objectLike(Map.of("Name", "ExoCom", "Environment", Match.arrayWith(List.of(Map.of(
            "Name", "SERVICE_ROUTES", "Value", "[{\"role\":\"mailer\",\"receives\":[\"mail.send\"],"
                + "\"sends\":[\"mail.sent\"]}]"))))))));
    template.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Map.of("FromPort", 3100, "ToPort", 3100,
        "SourceSecurityGroupId", Map.of("Fn::GetAtt", List.of(logicalId("AWS::EC2::SecurityGroup",
            "PrivateClusterSecurityGroup"), "GroupId"))));
  }

  @Test
  void thePublicServicesRuleIsOnTheGatewaysListenerAndForwardsToItsTargetGroup() {
    template.resourceCountIs("AWS::ElasticLoadBalancingV2::ListenerRule", 1);
    template.hasResourceProperties("AWS::ElasticLoadBalancingV2::ListenerRule", Map.of(
        "ListenerArn", Map.of("Ref", logicalId("AWS::ElasticLoadBalancingV2::Listener", "GatewayHttp")),
        "Actions", List.of(Map.of("Type", "forward", "TargetGroupArn",
            Map.of("Ref", logicalId("AWS::ElasticLoadBalancingV2::TargetGroup", "WebTargetGroupHttp80")))),
        "Priority", Match.anyValue()));
    template.hasResourceProperties("AWS::ElasticLoadBalancingV2::TargetGroup", Map.of("HealthCheckPath", "/health"));
  }

  @Test
  void thePrivateServiceIsAnSrvRecordInTheNamespace() {
    template.hasResourceProperties("AWS::ServiceDiscovery::Service", Map.of("Name", "users",
        "DnsConfig", Match.objectLike(Map.of("DnsRecords", List.of(Map.of("Type", "SRV", "TTL", 10)),
            "NamespaceId", Map.of("Fn::GetAtt", List.of(logicalId(
                "AWS::ServiceDiscovery::PrivateDnsNamespace", "Namespace"), "Id"))))));
  }

  @Test
  void theReadmeShowsThisCode() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String source = Files.readString(Path.of("src/test/java/dev/exosphere/ComposeByHandTest.java"));
    for (String part : List.of("without-bus", "with-bus")) {
      String start = "// README:start " + part + "\n";
      String code = source.substring(source.indexOf(start) + start.length(),
          source.indexOf("    // README:end " + part));
      String unindented = code.lines().map(l -> l.length() >= 4 ? l.substring(4) : l)
          .collect(Collectors.joining("\n", "", "\n"));
      assertTrue(readme.contains(unindented), "README.md lacks, as written here:\n" + unindented);
    }
  }
}
