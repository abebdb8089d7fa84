package dev.exosphere.gateway;

import static dev.exosphere.EdgeFixtures.route;
import static dev.exosphere.EdgeFixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.EdgeFixtures;
import dev.exosphere.model.ServiceType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.Vpc;

/** GIVEN a gateway with a domain, a created zone and routes with hosts inside and outside the zone. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExoGatewayWithDomainTest {
  private Template template;
  private ExoGateway gateway;

  @BeforeAll
  void synth() {
    Stack stack = EdgeFixtures.stack();
    gateway = new ExoGateway(stack, "Gateway", ExoGatewayProps.builder()
        .vpc(Vpc.Builder.create(stack, "Vpc").maxAzs(2).build())
        .domainName("spacetweet.example.com")
        .routes(EdgeFixtures.routesOf(List.of(
            service("web", ServiceType.PUBLIC, route("/", 3000, "www.spacetweet.example.com", "other.example.org")),
            service("api", ServiceType.PUBLIC, route("/api", 3000)))))
        .build());
    template = Template.fromStack(stack);
  }

  @Test
  void httpsListenerOn443WithAModernTlsPolicyAnswers404ByDefault() {
    template.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Map.of(
        "Port", 443,
        "Protocol", "HTTPS",
        "SslPolicy", "ELBSecurityPolicy-TLS13-1-2-2021-06",
        "Certificates", List.of(Map.of("CertificateArn", Map.of("Ref", Match.stringLikeRegexp("GatewayCertificate.*")))),
        "DefaultActions", List.of(Map.of("Type", "fixed-response",
            "FixedResponseConfig", Map.of("StatusCode", "404", "ContentType", "text/plain")))));
  }

  @Test
  void http80RedirectsToHttps() {
    template.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Map.of(
        "Port", 80,
        "Protocol", "HTTP",
        "DefaultActions", List.of(Map.of("Type", "redirect",
            "RedirectConfig", Map.of("Port", "443", "Protocol", "HTTPS", "StatusCode", "HTTP_301")))));
  }

  @Test
  void theZoneIsCreatedAndItsNameServersExposed() {
    template.resourceCountIs("AWS::Route53::HostedZone", 1);
    template.hasResourceProperties("AWS::Route53::HostedZone", Map.of("Name", "spacetweet.example.com."));
    assertEquals(1, gateway.getNameServers().size()); // one list token, resolved at deploy time
    assertTrue(gateway.getHostedZone().isPresent());
  }

  @Test
  void theCertificateCoversTheDomainAndItsSubdomainsValidatedThroughDns() {
    template.hasResourceProperties("AWS::CertificateManager::Certificate", Map.of(
        "DomainName", "spacetweet.example.com",
        "SubjectAlternativeNames", List.of("*.spacetweet.example.com"),
        "ValidationMethod", "DNS",
        "DomainValidationOptions", Match.arrayWith(List.of(Map.of(
            "DomainName", "spacetweet.example.com",
            "HostedZoneId", Map.of("Ref", Match.stringLikeRegexp("GatewayZone.*")))))));
  }

  @Test
  void aliasRecordsForTheApexAndTheRouteHostsInTheZoneOnly() {
    template.resourceCountIs("AWS::Route53::RecordSet", 2);
    template.hasResourceProperties("AWS::Route53::RecordSet", Map.of("Name", "spacetweet.example.com.", "Type", "A",
        "AliasTarget", Match.objectLike(Map.of("DNSName", Match.anyValue()))));
    template.hasResourceProperties("AWS::Route53::RecordSet", Map.of("Name", "www.spacetweet.example.com.",
        "Type", "A"));
  }

  @Test
  void theLoadBalancerIsInternetFacingAndDropsInvalidHeaders() {
    template.hasResourceProperties("AWS::ElasticLoadBalancingV2::LoadBalancer", Map.of(
        "Scheme", "internet-facing",
        "LoadBalancerAttributes", Match.arrayWith(List.of(
            Map.of("Key", "routing.http.drop_invalid_header_fields.enabled", "Value", "true")))));
    template.hasResourceProperties("AWS::ElasticLoadBalancingV2::LoadBalancer", Map.of(
        "LoadBalancerAttributes", Match.arrayWith(List.of(
            Map.of("Key", "idle_timeout.timeout_seconds", "Value", "60")))));
  }

  @Test
  void onlyTheListenerPortsAreOpenToTheInternet() {
    Map<String, Map<String, Object>> groups = template.findResources("AWS::EC2::SecurityGroup");
    assertEquals(1, groups.size());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> ingress = (List<Map<String, Object>>) ((Map<String, Object>) groups.values().iterator()
        .next().get("Properties")).get("SecurityGroupIngress");
    assertEquals(List.of(80, 443), ingress.stream().map(r -> r.get("FromPort")).sorted().toList());
    assertTrue(ingress.stream().allMatch(r -> r.get("FromPort").equals(r.get("ToPort"))));
    assertTrue(ingress.stream().allMatch(r -> "0.0.0.0/0".equals(r.get("CidrIp"))));
    template.resourceCountIs("AWS::EC2::SecurityGroupIngress", 0);
  }

  @Test
  void theAccessLogBucketIsEncryptedPrivateAndExpires() {
    template.hasResourceProperties("AWS::S3::Bucket", Map.of(
        "BucketEncryption", Map.of("ServerSideEncryptionConfiguration",
            List.of(Map.of("ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256")))),
        "PublicAccessBlockConfiguration", Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true,
            "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
        "LifecycleConfiguration", Map.of("Rules", List.of(Map.of("ExpirationInDays", 90, "Status", "Enabled")))));
    template.hasResource("AWS::S3::Bucket", Map.of("DeletionPolicy", "Retain"));
  }

  @Test
  void theAccessLogBucketRefusesPlainHttpAndLetsTheLoadBalancerWrite() {
    template.hasResourceProperties("AWS::S3::BucketPolicy", Map.of("PolicyDocument", Map.of("Statement",
        Match.arrayWith(List.of(
            Match.objectLike(Map.of("Effect", "Deny", "Action", "s3:*",
                "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))),
            Match.objectLike(Map.of("Effect", "Allow", "Action", "s3:PutObject")))))));
    template.hasResourceProperties("AWS::ElasticLoadBalancingV2::LoadBalancer", Map.of(
        "LoadBalancerAttributes", Match.arrayWith(List.of(Map.of("Key", "access_logs.s3.enabled", "Value", "true")))));
  }

  @Test
  void theUrlIsHttpsOnTheDomain() {
    assertEquals("https://spacetweet.example.com", gateway.getUrl());
  }

  @Test
  void theRulesOfEachServiceArePlanned() {
    assertEquals(List.of("/"), gateway.rulesFor("web").stream()
        .map(r -> r.prefix()).toList());
    assertEquals(2, gateway.getRules().size());
  }

  @Test
  void theOpenListenerPortsAndTheLogBucketCarryNagSuppressionsWithReasons() {
    template.hasResource("AWS::EC2::SecurityGroup", Map.of("Metadata", Map.of("cdk_nag", Map.of("rules_to_suppress",
        List.of(Map.of("id", "AwsSolutions-EC23", "reason", Match.stringLikeRegexp(".*listener ports.*")))))));
    template.hasResource("AWS::S3::Bucket", Map.of("Metadata", Map.of("cdk_nag", Map.of("rules_to_suppress",
        List.of(Map.of("id", "AwsSolutions-S1", "reason", Match.stringLikeRegexp(".*access log bucket.*")))))));
  }
}
