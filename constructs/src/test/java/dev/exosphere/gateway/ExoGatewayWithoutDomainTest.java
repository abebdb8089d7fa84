package dev.exosphere.gateway;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.EdgeFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.Vpc;

/** GIVEN a gateway without a domain. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExoGatewayWithoutDomainTest {
  private Template template;
  private ExoGateway gateway;

  @BeforeAll
  void synth() {
    Stack stack = EdgeFixtures.stack();
    gateway = new ExoGateway(stack, "Gateway", ExoGatewayProps.builder()
        .vpc(Vpc.Builder.create(stack, "Vpc").maxAzs(2).build())
        .idleTimeoutSeconds(120)
        .build());
    template = Template.fromStack(stack);
  }

  @Test
  void oneHttpListenerOn80Answering404() {
    template.resourceCountIs("AWS::ElasticLoadBalancingV2::Listener", 1);
    template.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Map.of("Port", 80, "Protocol", "HTTP",
        "DefaultActions", List.of(Map.of("Type", "fixed-response",
            "FixedResponseConfig", Map.of("StatusCode", "404", "ContentType", "text/plain")))));
  }

  @Test
  void noZoneNoCertificateNoRecords() {
    template.resourceCountIs("AWS::Route53::HostedZone", 0);
    template.resourceCountIs("AWS::CertificateManager::Certificate", 0);
    template.resourceCountIs("AWS::Route53::RecordSet", 0);
    assertTrue(gateway.getHostedZone().isEmpty());
    assertTrue(gateway.getCertificate().isEmpty());
    assertTrue(gateway.getNameServers().isEmpty());
  }

  @Test
  void theIdleTimeoutIsSet() {
    template.hasResourceProperties("AWS::ElasticLoadBalancingV2::LoadBalancer", Map.of(
        "LoadBalancerAttributes", software.amazon.awscdk.assertions.Match.arrayWith(List.of(
            Map.of("Key", "idle_timeout.timeout_seconds", "Value", "120")))));
  }

  @Test
  void theUrlIsHttpOnTheLoadBalancersName() {
    assertTrue(gateway.getUrl().startsWith("http://${Token["), gateway.getUrl());
  }
}
