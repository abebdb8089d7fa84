package dev.exosphere.gateway;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.EdgeFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.route53.HostedZone;
import software.amazon.awscdk.services.route53.HostedZoneAttributes;

class ExoGatewayImportsTest {

  @Test
  void anImportedZoneAndCertificateAreUsedNotCreated() {
    // GIVEN a domain with an existing zone and certificate
    Stack stack = EdgeFixtures.stack();
    ExoGateway gateway = new ExoGateway(stack, "Gateway", ExoGatewayProps.builder()
        .vpc(Vpc.Builder.create(stack, "Vpc").maxAzs(2).build())
        .domainName("example.com")
        .hostedZone(HostedZone.fromHostedZoneAttributes(stack, "Zone",
            HostedZoneAttributes.builder().hostedZoneId("Z0123456789ABC").zoneName("example.com").build()))
        .certificate(Certificate.fromCertificateArn(stack, "Cert",
            "arn:aws:acm:us-east-1:123456789012:certificate/abc"))
        .accessLogs(false)
        .build());

    // WHEN synthesized
    Template template = Template.fromStack(stack);

    // THEN neither is created, the records go into the imported zone and the listener uses the certificate
    template.resourceCountIs("AWS::Route53::HostedZone", 0);
    template.resourceCountIs("AWS::CertificateManager::Certificate", 0);
    template.hasResourceProperties("AWS::Route53::RecordSet", Map.of("HostedZoneId", "Z0123456789ABC"));
    template.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Map.of("Port", 443,
        "Certificates", java.util.List.of(Map.of("CertificateArn", "arn:aws:acm:us-east-1:123456789012:certificate/abc"))));
    template.resourceCountIs("AWS::S3::Bucket", 0);
    assertTrue(gateway.getNameServers().isEmpty());
  }
}
