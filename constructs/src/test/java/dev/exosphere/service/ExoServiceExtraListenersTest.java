package dev.exosphere.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.EdgeFixtures;
import dev.exosphere.ExoException;
import dev.exosphere.gateway.ExoGateway;
import dev.exosphere.gateway.ExoGatewayProps;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.DeploymentStrategy;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.logs.RetentionDays;

/** {@link ExoGatewayProps#extraListeners()}: listeners on more ports, each with a copy of every routing rule. */
class ExoServiceExtraListenersTest {
  private static final Map<Integer, ApplicationProtocol> HTTP_8081 = Map.of(8081, ApplicationProtocol.HTTP);

  private static Template synth(UnaryOperator<ExoGatewayProps.Builder> gateway,
      UnaryOperator<ExoServiceProps.Builder> service) {
    Stack stack = EdgeFixtures.stack();
    Cluster cluster = EdgeFixtures.ec2Cluster(stack);
    IVpc vpc = cluster.getVpc();
    ExoGateway gw = new ExoGateway(stack, "Gateway", gateway.apply(ExoGatewayProps.builder().vpc(vpc)).build());
    ExoServiceProps.Builder b = ExoServiceProps.builder().name("web").kind(ServiceKind.PUBLIC).appName("shop")
        .cluster(cluster).image(ContainerImage.fromRegistry("shop/web:1")).logRetention(RetentionDays.ONE_MONTH)
        .routes(List.of(ServiceRoute.builder("/", 3000).build(), ServiceRoute.builder("/api", 3000).build()))
        .gateway(gw);
    new ExoService(stack, "Web", service.apply(b).build());
    return Template.fromStack(stack);
  }

  @Test
  void eachExtraPortGetsAListenerWithItsProtocolAndThe404Default() {
    // GIVEN extra HTTP listeners on 8081 and 6650
    Template t = synth(g -> g.extraListeners(Map.of(8081, ApplicationProtocol.HTTP, 6650, ApplicationProtocol.HTTP)),
        s -> s);
    // THEN three listeners: 80 and the two extras, all answering 404 by default
    t.resourceCountIs("AWS::ElasticLoadBalancingV2::Listener", 3);
    for (int port : List.of(80, 8081, 6650)) {
      t.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Map.of("Port", port, "Protocol", "HTTP",
          "DefaultActions", List.of(Match.objectLike(Map.of("Type", "fixed-response",
              "FixedResponseConfig", Match.objectLike(Map.of("StatusCode", "404")))))));
    }
  }

  @Test
  void everyRuleIsRepeatedOnEachExtraListenerWithTheSamePriority() {
    // GIVEN two routes and one extra listener
    Template t = synth(g -> g.extraListeners(HTTP_8081), s -> s);
    // THEN four rules: two on each listener, the extra one's with the same priorities
    t.resourceCountIs("AWS::ElasticLoadBalancingV2::ListenerRule", 4);
    Map<String, Map<String, Object>> rules = t.findResources("AWS::ElasticLoadBalancingV2::ListenerRule");
    TreeMap<String, Object> main = new TreeMap<>();
    TreeMap<String, Object> extra = new TreeMap<>();
    rules.forEach((id, r) -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> p = (Map<String, Object>) r.get("Properties");
      String listener = String.valueOf(p.get("ListenerArn"));
      (listener.contains("Http8081") ? extra : main).put(String.valueOf(p.get("Priority")), p.get("Conditions"));
    });
    assertEquals(main, extra, "the same priorities and conditions on both listeners");
    assertEquals(2, main.size());
    // AND the copies' logical ids end with the listener's id, the originals' are unchanged
    assertTrue(rules.keySet().stream().filter(id -> id.contains("Http8081")).count() == 2, rules.keySet().toString());
  }

  @Test
  void theLoadBalancersGroupAdmitsExactlyTheListenerPorts() {
    // GIVEN one extra listener on 8081
    Template t = synth(g -> g.extraListeners(HTTP_8081), s -> s);
    // THEN the group admits 80 and 8081 from anywhere, and nothing else
    Map<String, Map<String, Object>> groups = t.findResources("AWS::EC2::SecurityGroup",
        Map.of("Properties", Map.of("GroupDescription", "Internet-facing load balancer: listener ports only")));
    assertEquals(1, groups.size());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> ingress = (List<Map<String, Object>>) ((Map<String, Object>) groups.values().iterator()
        .next().get("Properties")).get("SecurityGroupIngress");
    assertEquals(List.of(80, 8081), ingress.stream().map(i -> i.get("FromPort")).sorted().toList());
    ingress.forEach(i -> {
      assertEquals("0.0.0.0/0", i.get("CidrIp"));
      assertEquals(i.get("FromPort"), i.get("ToPort"));
    });
  }

  @Test
  void httpsExtraListenersUseTheDomainsCertificate() {
    // GIVEN a domain and an extra HTTPS listener on 8443
    Template t = synth(g -> g.domainName("shop.example.com").extraListeners(Map.of(8443, ApplicationProtocol.HTTPS)),
        s -> s);
    // THEN it serves HTTPS with the TLS 1.2+ policy and a certificate
    t.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Map.of("Port", 8443, "Protocol", "HTTPS",
        "SslPolicy", Match.anyValue(), "Certificates", Match.anyValue()));
    t.resourceCountIs("AWS::ElasticLoadBalancingV2::Listener", 3);
  }

  @Test
  void withoutExtraListenersTheRulesAreTheRoutingListenersOnly() {
    // GIVEN no extra listeners
    Template t = synth(g -> g, s -> s);
    // THEN one listener, two rules
    t.resourceCountIs("AWS::ElasticLoadBalancingV2::Listener", 1);
    t.resourceCountIs("AWS::ElasticLoadBalancingV2::ListenerRule", 2);
  }

  @Test
  void httpsWithoutADomainIsAPropError() {
    ExoException e = assertThrows(ExoException.class,
        () -> synth(g -> g.extraListeners(Map.of(8443, ApplicationProtocol.HTTPS)), s -> s));
    assertTrue(e.getMessage().contains("extraListeners") && e.getMessage().contains("domainName"), e.getMessage());
  }

  @Test
  void portsOfTheGatewaysOwnListenersArePropErrors() {
    for (int port : List.of(80, 443)) {
      ExoException e = assertThrows(ExoException.class,
          () -> synth(g -> g.extraListeners(Map.of(port, ApplicationProtocol.HTTP)), s -> s));
      assertTrue(e.getMessage().contains("a port other than 80, 443 and httpPort"), e.getMessage());
    }
    ExoException e = assertThrows(ExoException.class,
        () -> synth(g -> g.extraListeners(Map.of(70000, ApplicationProtocol.HTTP)), s -> s));
    assertTrue(e.getMessage().contains("extraListeners"), e.getMessage());
  }

  @Test
  void moreThanTheListenerQuotaIsAPropError() {
    Map<Integer, ApplicationProtocol> many = new TreeMap<>();
    for (int i = 0; i < 50; i++) {
      many.put(9000 + i, ApplicationProtocol.HTTP);
    }
    ExoException e = assertThrows(ExoException.class, () -> synth(g -> g.extraListeners(many), s -> s));
    assertTrue(e.getMessage().contains("at most 49"), e.getMessage());
  }

  @Test
  void rulesTimesListenersPastTheLoadBalancersQuotaIsAPropError() {
    // GIVEN 2 rules and 49 extra listeners: 100 rules over 50 listeners would fit, 2 x 50 = 100; one more route not
    Map<Integer, ApplicationProtocol> many = new TreeMap<>();
    for (int i = 0; i < 49; i++) {
      many.put(9000 + i, ApplicationProtocol.HTTP);
    }
    ExoException e = assertThrows(ExoException.class, () -> synth(g -> g.extraListeners(many),
        s -> s.routes(List.of(ServiceRoute.builder("/", 3000).build(), ServiceRoute.builder("/a", 3000).build(),
            ServiceRoute.builder("/b", 3000).build()))));
    assertTrue(e.getMessage().contains("3 listener rules on each of 50 listeners (150)"), e.getMessage());
  }

  @Test
  void trafficShiftingWithExtraListenersIsAPropError() {
    ExoException e = assertThrows(ExoException.class, () -> synth(g -> g.extraListeners(HTTP_8081),
        s -> s.deployment(ServiceDeployment.builder(DeploymentStrategy.CANARY).stepPercent(5).stepMinutes(3).build())));
    assertTrue(e.getMessage().contains("deployment") && e.getMessage().contains("extraListeners"), e.getMessage());
  }
}
