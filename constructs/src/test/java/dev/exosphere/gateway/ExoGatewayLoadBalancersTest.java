package dev.exosphere.gateway;

import static dev.exosphere.EdgeFixtures.route;
import static dev.exosphere.EdgeFixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.EdgeFixtures;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import dev.exosphere.routing.PlannedRule;
import dev.exosphere.routing.RoutePlanner;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;

/**
 * GIVEN a gateway with a domain and 2 load balancers, 150 public services each on its own host and one service
 * routing {@code /} on any host: more than one load balancer's 100 rules and 100 target groups.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExoGatewayLoadBalancersTest {
  static final String DOMAIN = "spacetweet.example.com";
  private Stack stack;
  private Template template;
  private ExoGateway gateway;
  private List<Service> services;

  /** {@code s0..s<n-1>}, each routing / on {@code s<i>.<domain>}. */
  static List<Service> hostedServices(int n) {
    return IntStream.range(0, n).mapToObj(i -> service("s" + i, ServiceType.PUBLIC, route("/", 3000,
        "s" + i + "." + DOMAIN))).toList();
  }

  @BeforeAll
  void synth() {
    stack = EdgeFixtures.stack();
    services = Stream.concat(hostedServices(150).stream(),
        Stream.of(service("home", ServiceType.PUBLIC, route("/", 3000)))).toList();
    gateway = new ExoGateway(stack, "Gateway", ExoGatewayProps.builder()
        .vpc(Vpc.Builder.create(stack, "Vpc").maxAzs(2).build())
        .domainName(DOMAIN)
        .routes(EdgeFixtures.routesOf(services))
        .loadBalancers(2)
        .build());
    template = Template.fromStack(stack);
  }

  private String logicalId(ApplicationLoadBalancer lb) {
    return (String) stack.resolve(stack.getLogicalId((CfnElement) lb.getNode().getDefaultChild()));
  }

  private Service named(String name) {
    return services.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  /** A hosted service placed on load balancer {@code index}. */
  private Service onLoadBalancer(int index) {
    return named(gateway.getAssignment().services().entrySet().stream()
        .filter(e -> e.getValue() == index && !e.getKey().equals("home")).findFirst().orElseThrow().getKey());
  }

  @Test
  void bothLoadBalancersServeServicesAndEachIsUnderTheLimits() {
    // THEN 2 load balancers, the rules split between them, each within 100 rules and 100 target groups
    template.resourceCountIs("AWS::ElasticLoadBalancingV2::LoadBalancer", 2);
    Map<Integer, List<PlannedRule>> byLb = gateway.getRules().stream()
        .collect(Collectors.groupingBy(r -> gateway.getAssignment().services().get(r.service())));
    assertEquals(151, gateway.getRules().size());
    assertEquals(2, byLb.size());
    byLb.forEach((lb, rules) -> {
      assertTrue(rules.size() <= RoutePlanner.MAX_RULES, lb + ": " + rules.size());
      assertTrue(rules.stream().map(PlannedRule::service).distinct().count() <= RoutePlanner.MAX_TARGET_GROUPS);
    });
    assertEquals(0, gateway.getAssignment().services().get("home"));
  }

  @Test
  void theFirstKeepsItsConstructIdsAndTheOthersAreChildren() {
    assertEquals("Test/Gateway/Resource", gateway.getLoadBalancer().getNode().getPath());
    assertEquals("Test/Gateway/LoadBalancer2/Resource", gateway.getLoadBalancers().get(1).getNode().getPath());
    assertSame(gateway.getLoadBalancer(), gateway.getLoadBalancers().get(0));
    assertSame(gateway.getListener(), gateway.getListeners().get(0));
  }

  @Test
  void eachServiceIsGivenItsLoadBalancerAndListener() {
    // THEN a service's load balancer and listener are the ones its assignment names
    assertSame(gateway.getLoadBalancers().get(1), gateway.loadBalancerFor(onLoadBalancer(1).name()));
    assertSame(gateway.getListeners().get(1), gateway.listenerFor(onLoadBalancer(1).name()));
    assertSame(gateway.getLoadBalancer(), gateway.loadBalancerFor(named("home").name()));
    assertSame(gateway.getListener(), gateway.listenerFor(onLoadBalancer(0).name()));
  }

  @Test
  void eachLoadBalancerHasItsOwnSecurityGroupOpenOnlyOnTheListenerPorts() {
    Map<String, Map<String, Object>> groups = template.findResources("AWS::EC2::SecurityGroup");
    assertEquals(2, groups.size());
    for (Map<String, Object> group : groups.values()) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> ingress = (List<Map<String, Object>>) ((Map<String, Object>) group.get("Properties"))
          .get("SecurityGroupIngress");
      assertEquals(List.of(80, 443), ingress.stream().map(r -> r.get("FromPort")).sorted().toList());
      assertTrue(ingress.stream().allMatch(r -> "0.0.0.0/0".equals(r.get("CidrIp"))));
    }
    for (ApplicationLoadBalancer lb : gateway.getLoadBalancers()) {
      template.hasResource("AWS::ElasticLoadBalancingV2::LoadBalancer", Map.of("Properties", Match.objectLike(Map.of(
          "SecurityGroups", List.of(Map.of("Fn::GetAtt", List.of(
              Match.stringLikeRegexp(logicalId(lb).startsWith("GatewayLoadBalancer2")
                  ? "GatewayLoadBalancer2SecurityGroup.*" : "GatewaySecurityGroup.*"), "GroupId")))))));
    }
  }

  @Test
  void everyLoadBalancerServesHttpsWithTheSameCertificateRedirects80AndAnswers404() {
    Map<String, Map<String, Object>> https = template.findResources("AWS::ElasticLoadBalancingV2::Listener",
        Map.of("Properties", Map.of("Port", 443, "Protocol", "HTTPS",
            "Certificates", List.of(Map.of("CertificateArn", Map.of("Ref", Match.stringLikeRegexp("GatewayCertificate.*")))),
            "DefaultActions", List.of(Map.of("Type", "fixed-response",
                "FixedResponseConfig", Map.of("StatusCode", "404", "ContentType", "text/plain"))))));
    assertEquals(2, https.size());
    assertEquals(2, template.findResources("AWS::ElasticLoadBalancingV2::Listener", Map.of("Properties", Map.of(
        "Port", 80, "DefaultActions", List.of(Map.of("Type", "redirect",
            "RedirectConfig", Map.of("Port", "443", "Protocol", "HTTPS", "StatusCode", "HTTP_301")))))).size());
    template.resourceCountIs("AWS::CertificateManager::Certificate", 1);
  }

  private void assertAliasTo(String recordName, ApplicationLoadBalancer lb) {
    Map<String, Map<String, Object>> records = template.findResources("AWS::Route53::RecordSet",
        Map.of("Properties", Map.of("Name", recordName + ".")));
    assertEquals(1, records.size(), recordName);
    String record = records.values().iterator().next().toString();
    assertTrue(record.contains("[" + logicalId(lb) + ", DNSName]"), record);
  }

  @Test
  void theApexAndEachHostPointToTheLoadBalancerServingIt() {
    assertAliasTo(DOMAIN, gateway.getLoadBalancer());
    assertAliasTo(onLoadBalancer(0).name() + "." + DOMAIN, gateway.getLoadBalancers().get(0));
    assertAliasTo(onLoadBalancer(1).name() + "." + DOMAIN, gateway.getLoadBalancers().get(1));
    template.resourceCountIs("AWS::Route53::RecordSet", 151);
  }

  @Test
  void accessLogsShareOneBucketWithAPrefixPerAdditionalLoadBalancer() {
    template.resourceCountIs("AWS::S3::Bucket", 1);
    template.hasResourceProperties("AWS::ElasticLoadBalancingV2::LoadBalancer", Map.of("LoadBalancerAttributes",
        Match.arrayWith(List.of(Map.of("Key", "access_logs.s3.prefix", "Value", "load-balancer-2")))));
    // and the load balancers may write there, the second under its prefix
    String policy = template.findResources("AWS::S3::BucketPolicy").toString();
    // (two statements each: the region's ELB account and the log delivery service)
    assertEquals(2, occurrences(policy, ", /load-balancer-2/AWSLogs/123456789012/*]"), policy);
    assertEquals(2, occurrences(policy, ", /AWSLogs/123456789012/*]"), policy);
  }

  private static int occurrences(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }
}
