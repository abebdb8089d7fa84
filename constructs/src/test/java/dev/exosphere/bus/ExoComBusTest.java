package dev.exosphere.bus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exosphere.ExoException;
import dev.exosphere.network.ExoNetwork;
import dev.exosphere.network.ExoNetworkProps;
import dev.exosphere.testsupport.Namespaces;
import dev.exosphere.testsupport.PinnedStacks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.servicediscovery.PrivateDnsNamespace;
import software.amazon.awscdk.services.servicediscovery.PrivateDnsNamespaceAttributes;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExoComBusTest {
  private static final String ROUTES_JSON = "[{\"role\":\"users\",\"receives\":[\"users.list\"],"
      + "\"sends\":[\"users.listed\"],\"namespace\":\"mongo\"},"
      + "{\"role\":\"web\",\"receives\":[\"users.listed\"],\"sends\":[\"users.list\"]}]";

  private ExoComBus defaultBus;
  private Template defaults;
  private ExoComBus customBus;
  private Template custom;
  private Object peerGroupId;

  @BeforeAll
  void synth() {
    // GIVEN a bus with the defaults and two services' routes, nobody admitted
    Stack stack = PinnedStacks.newStack();
    IVpc vpc = new ExoNetwork(stack, "Network", ExoNetworkProps.builder().build()).getVpc();
    defaultBus = new ExoComBus(stack, "Bus", ExoComBusProps.builder().vpc(vpc)
        .namespace(Namespaces.create(stack, vpc, "space-tweet"))
        .route(new ExoComRoute("web", List.of("users.listed"), List.of("users.list"), Optional.empty()))
        .route(new ExoComRoute("users", List.of("users.list"), List.of("users.listed"), Optional.of("mongo")))
        .build());
    defaults = Template.fromStack(stack);
    // and a bus on an existing namespace with its own image and port, admitting one peer
    stack = PinnedStacks.newStack();
    vpc = new ExoNetwork(stack, "Network", ExoNetworkProps.builder().build()).getVpc();
    SecurityGroup peer = SecurityGroup.Builder.create(stack, "Peer").vpc(vpc).build();
    customBus = new ExoComBus(stack, "Bus", ExoComBusProps.builder().vpc(vpc)
        .namespace(PrivateDnsNamespace.fromPrivateDnsNamespaceAttributes(stack, "Ns",
            PrivateDnsNamespaceAttributes.builder().namespaceName("shop.internal").namespaceId("ns-1")
                .namespaceArn("arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-1").build()))
        .image("registry.example.com/exocom:dev").port(4000).build());
    customBus.allowFrom(peer);
    custom = Template.fromStack(stack);
    peerGroupId = stack.resolve(peer.getSecurityGroupId());
  }

  @Test
  void runsTheExoComImageOfTheDefaultVersion() {
    defaults.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", List.of(
        Map.of("Image", "originate/exocom:0.21.3"))));
  }

  @Test
  void runsTheGivenImage() {
    custom.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", List.of(
        Map.of("Image", "registry.example.com/exocom:dev"))));
  }

  @Test
  void listensOnTheBusPort() {
    defaults.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", List.of(Map.of(
        "PortMappings", List.of(Map.of("ContainerPort", 3100, "Protocol", "tcp")),
        "Environment", Match.arrayWith(List.of(Map.of("Name", "PORT", "Value", "3100")))))));
    custom.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", List.of(Map.of(
        "PortMappings", List.of(Map.of("ContainerPort", 4000))))));
    assertEquals(3100, defaultBus.getPort());
    assertEquals(4000, customBus.getPort());
  }

  @Test
  void serviceRoutesAreEveryServicesMessagesSortedByRole() {
    defaults.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", List.of(Map.of(
        "Environment", Match.arrayWith(List.of(Map.of("Name", "SERVICE_ROUTES", "Value", ROUTES_JSON)))))));
  }

  @Test
  void containerCpuAndMemoryDefaultTo256() {
    defaults.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", List.of(
        Map.of("Cpu", 256, "Memory", 256))));
  }

  @Test
  void taskHasItsOwnNetworkInterface() {
    defaults.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("NetworkMode", "awsvpc"));
  }

  @Test
  void runsOneTaskReplacedStopFirst() {
    defaults.hasResourceProperties("AWS::ECS::Service", Map.of("DesiredCount", 1, "DeploymentConfiguration",
        Map.of("MinimumHealthyPercent", 0, "MaximumPercent", 100)));
  }

  @Test
  void runsOnASingleInstanceClusterInThePrivateSubnets() {
    defaults.hasResourceProperties("AWS::AutoScaling::AutoScalingGroup", Map.of("MinSize", "1", "MaxSize", "1",
        "VPCZoneIdentifier", List.of(Map.of("Ref", Match.stringLikeRegexp("^NetworkPrivateSubnet1.*")),
            Map.of("Ref", Match.stringLikeRegexp("^NetworkPrivateSubnet2.*")))));
    defaults.hasResourceProperties("AWS::EC2::LaunchTemplate",
        Map.of("LaunchTemplateData", Map.of("InstanceType", "t3.micro")));
    defaults.hasResourceProperties("AWS::ECS::Service", Map.of("CapacityProviderStrategy", List.of(Map.of(
        "CapacityProvider", Map.of("Ref", Match.stringLikeRegexp("^BusClusterCapacityProvider.*"))))));
  }

  @Test
  void serviceIsDeletedBeforeTheInstancesAndTheCapacityProviderAssociation() {
    Map<String, Map<String, Object>> associations =
        defaults.findResources("AWS::ECS::ClusterCapacityProviderAssociations");
    defaults.hasResource("AWS::ECS::Service", Map.of("DependsOn", Match.arrayWith(List.of(
        Match.stringLikeRegexp("^BusClusterAutoScalingGroup.*"), associations.keySet().iterator().next()))));
  }

  @Test
  void cloudMapNamesTheBusExocomDotAppDotInternal() {
    defaults.hasResourceProperties("AWS::ServiceDiscovery::PrivateDnsNamespace", Map.of("Name",
        "space-tweet.internal"));
    defaults.hasResourceProperties("AWS::ServiceDiscovery::Service", Map.of("Name", "exocom",
        "DnsConfig", Map.of("DnsRecords", List.of(Map.of("Type", "A", "TTL", 10)))));
    defaults.hasResourceProperties("AWS::ECS::Service", Map.of("ServiceRegistries", List.of(Map.of(
        "RegistryArn", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("^BusServiceCloudmapService.*"),
            "Arn"))))));
    assertEquals("exocom.space-tweet.internal", defaultBus.getHost());
  }

  @Test
  void aGivenNamespaceIsUsedNotCreated() {
    custom.resourceCountIs("AWS::ServiceDiscovery::PrivateDnsNamespace", 0);
    custom.hasResourceProperties("AWS::ServiceDiscovery::Service", Map.of("Name", "exocom",
        "DnsConfig", Map.of("NamespaceId", "ns-1")));
    assertEquals("exocom.shop.internal", customBus.getHost());
  }

  @Test
  void busAdmitsNobodyByDefault() {
    defaults.hasResourceProperties("AWS::EC2::SecurityGroup", Map.of(
        "GroupDescription", Match.stringLikeRegexp("^ExoCom bus.*"), "SecurityGroupIngress", Match.absent()));
    defaults.resourceCountIs("AWS::EC2::SecurityGroupIngress", 0);
  }

  @Test
  void allowFromAdmitsExactlyThePeerOnTheBusPort() {
    custom.resourceCountIs("AWS::EC2::SecurityGroupIngress", 1);
    custom.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Map.of("IpProtocol", "tcp", "FromPort", 4000,
        "ToPort", 4000, "SourceSecurityGroupId", peerGroupId, "GroupId", Map.of("Fn::GetAtt", List.of(
            Match.stringLikeRegexp("^BusSecurityGroup.*"), "GroupId"))));
  }

  @Test
  void taskSecurityGroupHasNoEgress() {
    defaults.hasResourceProperties("AWS::EC2::SecurityGroup", Map.of(
        "GroupDescription", Match.stringLikeRegexp("^ExoCom bus.*"),
        "SecurityGroupEgress", List.of(Map.of("CidrIp", "255.255.255.255/32", "Description", "Disallow all traffic"))));
  }

  @Test
  void taskRoleHasNoPolicy() {
    // ExoCom calls no AWS API.
    Map<String, Map<String, Object>> taskRoles = defaults.findResources("AWS::IAM::Role");
    String taskRole = taskRoles.keySet().stream().filter(id -> id.startsWith("BusTaskDefinitionTaskRole"))
        .findFirst().orElseThrow();
    assertEquals(java.util.Set.of("AssumeRolePolicyDocument"),
        ((Map<?, ?>) taskRoles.get(taskRole).get("Properties")).keySet());
    assertEquals(0, defaults.findResources("AWS::IAM::Policy", Map.of("Properties", Map.of("Roles",
        Match.arrayWith(List.of(Map.of("Ref", taskRole)))))).size());
  }

  @Test
  void executionRoleMayOnlyWriteTheBusLogs() {
    defaults.hasResourceProperties("AWS::IAM::Policy", Map.of(
        "Roles", List.of(Map.of("Ref", Match.stringLikeRegexp("^BusTaskDefinitionExecutionRole.*"))),
        "PolicyDocument", Map.of("Statement", List.of(Map.of(
            "Action", List.of("logs:CreateLogStream", "logs:PutLogEvents"),
            "Resource", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("^BusLogs.*"), "Arn")))))));
  }

  @Test
  void logsAreKeptThirtyDays() {
    defaults.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", List.of(Map.of(
        "LogConfiguration", Map.of("LogDriver", "awslogs", "Options", Map.of(
            "awslogs-group", Map.of("Ref", Match.stringLikeRegexp("^BusLogs.*"))))))));
    defaults.hasResourceProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 30));
  }

  @Test
  void aMissingNamespaceIsAnError() {
    // GIVEN no namespace: the application owns it, the bus only registers in it
    Stack stack = PinnedStacks.newStack();
    IVpc vpc = new ExoNetwork(stack, "Network", ExoNetworkProps.builder().build()).getVpc();
    ExoException e = assertThrows(ExoException.class,
        () -> new ExoComBus(stack, "Bus", ExoComBusProps.builder().vpc(vpc).build()));
    assertEquals("Test/Bus: namespace = none is invalid: expected a value: it is required. Fix: pass the"
        + " application's private DNS namespace, e.g. PrivateDnsNamespace.Builder.create(this, \"Namespace\")"
        + ".name(\"shop.internal\").vpc(vpc).build()", e.getMessage());
  }

  @Test
  void imageAndVersionTogetherIsAnError() {
    assertError(b -> b.image("my/exocom:1").version("0.21.3"), "Test/Bus: image = my/exocom:1 is "
        + "invalid: expected either image or version, not both. Fix: drop version (0.21.3) or drop image");
  }

  @Test
  void portOutOfRangeIsAnError() {
    assertError(b -> b.port(0), "Test/Bus: port = 0 is invalid: expected 1-65535. "
        + "Fix: use 3100");
  }

  @Test
  void twoRoutesOfOneRoleIsAnError() {
    ExoComRoute web = new ExoComRoute("web", List.of(), List.of(), Optional.empty());
    assertError(b -> b.route(web).route(web), "Test/Bus: routes = web is invalid: expected one "
        + "route per role. Fix: merge the routes of web into one ExoComRoute");
  }

  private static void assertError(UnaryOperator<ExoComBusProps.Builder> props, String message) {
    Stack stack = PinnedStacks.newStack();
    IVpc vpc = new ExoNetwork(stack, "Network", ExoNetworkProps.builder().build()).getVpc();
    ExoException e = assertThrows(ExoException.class,
        () -> new ExoComBus(stack, "Bus", props.apply(ExoComBusProps.builder().vpc(vpc)
            .namespace(Namespaces.create(stack, vpc, "shop"))).build()));
    assertEquals(message, e.getMessage());
  }
}
