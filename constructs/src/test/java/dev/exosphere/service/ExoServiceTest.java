package dev.exosphere.service;

import static dev.exosphere.EdgeFixtures.route;
import static dev.exosphere.EdgeFixtures.service;
import static dev.exosphere.EdgeFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.EdgeFixtures;
import dev.exosphere.application.ServiceAdapter;
import dev.exosphere.bus.ExoComAddress;
import dev.exosphere.gateway.ExoGateway;
import dev.exosphere.gateway.ExoGatewayProps;
import dev.exosphere.model.Dependency;
import dev.exosphere.model.HealthCheck;
import dev.exosphere.model.Policies;
import dev.exosphere.model.Route;
import dev.exosphere.model.Scaling;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import dev.exosphere.model.ValueSource;
import dev.exosphere.testsupport.PolicyStatements;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.ICluster;
import software.amazon.awscdk.services.servicediscovery.PrivateDnsNamespace;

/**
 * GIVEN an application with a public service (two routes, one rewritten, variables, secrets, a dependency, scaling),
 * a private service and a worker, on a cluster with EC2 capacity.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExoServiceTest {
  private Template template;
  private ExoService web;

  static Service web() {
    Route api = new Route("/api", 3000, "http", "/", new HealthCheck("/health", 30, 5, 2, 3, "200-399"), List.of());
    Service s = service("web", ServiceType.PUBLIC, route("/", 3000), api);
    return with(s, Map.of("ZED", "last", "GREETING", "hello"),
        Map.of("SESSION_KEY", new ValueSource(ValueSource.Kind.SECRET, "space-tweet/session", Optional.empty())),
        Optional.of(new Scaling(2, 6, OptionalInt.of(60), OptionalInt.of(1000))), List.of("mongo"),
        new Policies(OptionalInt.of(14), Optional.of("debug"), OptionalInt.empty(), Optional.empty()));
  }

  static Dependency mongo() {
    return new Dependency("mongo", "mongodb", new TreeMap<>(Map.of(
        "MONGO_ADDRESS", new ValueSource(ValueSource.Kind.SSM, "/space-tweet/mongo/address", Optional.empty()),
        "MONGO_PASSWORD", new ValueSource(ValueSource.Kind.SECRET, "space-tweet/mongo", Optional.of("password")),
        "MONGO_DB_NAME", ValueSource.value("space-tweet"))));
  }

  @BeforeAll
  void synth() {
    Stack stack = EdgeFixtures.stack();
    Cluster cluster = EdgeFixtures.ec2Cluster(stack);
    IVpc vpc = cluster.getVpc();
    PrivateDnsNamespace ns = PrivateDnsNamespace.Builder.create(stack, "Ns").name("space-tweet.internal").vpc(vpc).build();
    Service users = service("users", ServiceType.PRIVATE, route("/", 4000));
    Service tweets = service("tweets", ServiceType.WORKER);
    ExoGateway gateway = new ExoGateway(stack, "Gateway", ExoGatewayProps.builder()
        .vpc(vpc).routes(EdgeFixtures.routesOf(List.of(web(), users, tweets))).build());
    web = new ExoService(stack, "Web", base(web(), cluster, List.of(mongo())).gateway(gateway).build());
    new ExoService(stack, "Users", base(users, cluster).namespace(ns).build());
    new ExoService(stack, "Tweets", base(tweets, cluster).build());
    template = Template.fromStack(stack);
  }

  static ExoServiceProps.Builder base(Service s, Cluster cluster) {
    return base(s, cluster, List.of());
  }

  /** The props of model service {@code s}, on {@code cluster}, with a bus. */
  static ExoServiceProps.Builder base(Service s, Cluster cluster, List<Dependency> deps) {
    return ServiceAdapter.props("space-tweet", s, deps).cluster((ICluster) cluster)
        .image(ContainerImage.fromRegistry("example/" + s.name() + ":1.0"))
        .bus(new ExoComAddress("exocom.space-tweet.internal", 3100));
  }

  private Map<String, Object> container(String family) {
    Map<String, Map<String, Object>> tds = template.findResources("AWS::ECS::TaskDefinition",
        Map.of("Properties", Map.of("Family", family)));
    assertEquals(1, tds.size(), family);
    @SuppressWarnings("unchecked")
    Map<String, Object> props = (Map<String, Object>) tds.values().iterator().next().get("Properties");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> defs = (List<Map<String, Object>>) props.get("ContainerDefinitions");
    return defs.get(0);
  }

  @Test
  void theEnvironmentIsSortedAndHoldsExosphereVariablesAndPlainDependencyValues() {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> env = (List<Map<String, Object>>) container("space-tweet-web").get("Environment");
    assertEquals(List.of("EXOCOM_HOST", "EXOCOM_PORT", "GREETING", "LOG_LEVEL", "MONGO_DB_NAME", "ROLE",
        "SERVICE_NAME", "ZED"), env.stream().map(e -> e.get("Name")).toList());
    assertTrue(env.contains(Map.of("Name", "ROLE", "Value", "web")));
    assertTrue(env.contains(Map.of("Name", "EXOCOM_PORT", "Value", "3100")));
    assertTrue(env.contains(Map.of("Name", "LOG_LEVEL", "Value", "debug")));
  }

  @Test
  void secretsComeFromSsmAndSecretsManagerWithFields() {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> secrets = (List<Map<String, Object>>) container("space-tweet-web").get("Secrets");
    assertEquals(List.of("MONGO_ADDRESS", "MONGO_PASSWORD", "SESSION_KEY"),
        secrets.stream().map(e -> e.get("Name")).toList());
    assertTrue(secrets.get(0).get("ValueFrom").toString().contains("parameter/space-tweet/mongo/address"),
        secrets.get(0).toString());
    assertTrue(secrets.get(1).get("ValueFrom").toString().contains(":password::"), secrets.get(1).toString());
  }

  @Test
  void secretsAreReadableByTheExecutionRoleOnly() {
    List<List<?>> actions = PolicyStatements.ofRole(template, "WebTaskDefinitionExecutionRole.*").stream()
        .<List<?>>map(s -> (List<?>) s.get("Action")).toList();
    assertTrue(actions.stream().anyMatch(a -> a.contains("ssm:GetParameters")), actions.toString());
    assertTrue(actions.contains(PolicyStatements.actions("secretsmanager:GetSecretValue",
        "secretsmanager:DescribeSecret")), actions.toString());
    Map<String, Map<String, Object>> taskRolePolicies = template.findResources("AWS::IAM::Policy", Map.of(
        "Properties", Map.of("Roles", Match.arrayWith(List.of(
            Map.of("Ref", Match.stringLikeRegexp("WebTaskDefinitionTaskRole.*")))))));
    assertEquals(Map.of(), taskRolePolicies);
  }

  @Test
  void theLogGroupKeepsLogsForTheServicesRetention() {
    template.hasResourceProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 14));
    template.hasResourceProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 30));
  }

  @Test
  void noContainerHealthCheckUnlessAskedTheLoadBalancerChecksTheRoute() {
    // nothing is assumed to be inside the image (no wget, no shell)
    assertTrue(!container("space-tweet-web").containsKey("HealthCheck"));
    assertTrue(!container("space-tweet-users").containsKey("HealthCheck"));
    template.hasResourceProperties("AWS::ElasticLoadBalancingV2::TargetGroup", Map.of("HealthCheckPath", "/health"));
  }

  @Test
  void tasksUseBridgeModeAndDynamicHostPorts() {
    template.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("Family", "space-tweet-web",
        "NetworkMode", "bridge"));
    assertEquals(List.of(Map.of("ContainerPort", 3000, "HostPort", 0, "Protocol", "tcp")),
        container("space-tweet-web").get("PortMappings"));
  }

  @Test
  void theTargetGroupChecksTheRoutesHealthPathOnTheTrafficPort() {
    template.hasResourceProperties("AWS::ElasticLoadBalancingV2::TargetGroup", Map.of(
        "Port", 3000, "Protocol", "HTTP", "TargetType", "instance",
        "HealthCheckPath", "/health", "HealthCheckProtocol", "HTTP", "Matcher", Map.of("HttpCode", "200-399"),
        "HealthCheckPort", "traffic-port"));
    assertTrue(web.getTargetGroup().isPresent());
  }

  @Test
  void listenerRulesForwardWithPlannedPrioritiesAndRewrite() {
    template.resourceCountIs("AWS::ElasticLoadBalancingV2::ListenerRule", 2);
    template.hasResourceProperties("AWS::ElasticLoadBalancingV2::ListenerRule", Map.of(
        "Conditions", List.of(Map.of("Field", "path-pattern", "PathPatternConfig", Map.of("Values",
            List.of("/api", "/api/*")))),
        "Transforms", List.of(Map.of("Type", "url-rewrite", "UrlRewriteConfig", Map.of("Rewrites",
            List.of(Map.of("Regex", "^/api/?([^?]*)([?].*)?$", "Replace", "/$1$2"))))),
        "Actions", List.of(Map.of("Type", "forward",
            "TargetGroupArn", Map.of("Ref", Match.stringLikeRegexp("WebTargetGroupHttp3000.*")))),
        "Priority", Match.anyValue()));
    template.hasResourceProperties("AWS::ElasticLoadBalancingV2::ListenerRule", Map.of(
        "Conditions", List.of(Map.of("Field", "path-pattern", "PathPatternConfig", Map.of("Values", List.of("/*")))),
        "Transforms", Match.absent()));
  }

  @Test
  void theServiceWaitsForItsRules() {
    template.hasResource("AWS::ECS::Service", Map.of("DependsOn", Match.arrayWith(List.of(
        Match.stringLikeRegexp("WebRuleapi.*")))));
  }

  @Test
  void theLoadBalancerReachesTheInstancesOnTheEphemeralPortsOnly() {
    template.resourceCountIs("AWS::EC2::SecurityGroupIngress", 1);
    template.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Map.of("FromPort", 32768, "ToPort", 65535,
        "IpProtocol", "tcp", "SourceSecurityGroupId", Map.of("Fn::GetAtt",
            List.of(Match.stringLikeRegexp("GatewaySecurityGroup.*"), "GroupId"))));
  }

  @Test
  void deploymentsRollBackAndRollWithoutBlocking() {
    template.hasResourceProperties("AWS::ECS::Service", Map.of("DeploymentConfiguration", Map.of(
        "DeploymentCircuitBreaker", Map.of("Enable", true, "Rollback", true),
        "MinimumHealthyPercent", 50, "MaximumPercent", 200)));
  }

  @Test
  void tasksAreSpreadAcrossAvailabilityZones() {
    template.hasResourceProperties("AWS::ECS::Service", Map.of("PlacementStrategies",
        List.of(Map.of("Type", "spread", "Field", "attribute:ecs.availability-zone"))));
  }

  @Test
  void scalingOnCpuAndOnRequestsPerTarget() {
    template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", Map.of("MinCapacity", 2,
        "MaxCapacity", 6));
    template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", Map.of(
        "TargetTrackingScalingPolicyConfiguration", Match.objectLike(Map.of("TargetValue", 60,
            "PredefinedMetricSpecification", Map.of("PredefinedMetricType", "ECSServiceAverageCPUUtilization")))));
    template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", Map.of(
        "TargetTrackingScalingPolicyConfiguration", Match.objectLike(Map.of("TargetValue", 1000,
            "PredefinedMetricSpecification", Match.objectLike(Map.of("PredefinedMetricType",
                "ALBRequestCountPerTarget"))))));
    template.resourceCountIs("AWS::ApplicationAutoScaling::ScalableTarget", 1);
  }

  @Test
  void privateServicesGetAnSrvRecordInCloudMap() {
    template.hasResourceProperties("AWS::ServiceDiscovery::Service", Map.of("Name", "users",
        "DnsConfig", Match.objectLike(Map.of("DnsRecords", List.of(Map.of("Type", "SRV", "TTL", 10))))));
    template.hasResourceProperties("AWS::ECS::Service", Map.of("ServiceRegistries", List.of(Match.objectLike(Map.of(
        "ContainerName", "users", "ContainerPort", 4000)))));
  }

  @Test
  void workersHaveNoPortNoTargetGroupNoCloudMap() {
    Map<String, Object> tweets = container("space-tweet-tweets");
    assertTrue(!tweets.containsKey("PortMappings") || ((List<?>) tweets.get("PortMappings")).isEmpty(), tweets.toString());
    assertTrue(!tweets.containsKey("HealthCheck"));
    template.resourceCountIs("AWS::ElasticLoadBalancingV2::TargetGroup", 1);
    template.resourceCountIs("AWS::ServiceDiscovery::Service", 1);
  }
}
