package dev.exosphere.gateway;

import static dev.exosphere.EdgeFixtures.route;
import static dev.exosphere.EdgeFixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exosphere.EdgeFixtures;
import dev.exosphere.ExoException;
import dev.exosphere.model.ServiceType;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.route53.HostedZone;
import software.amazon.awscdk.services.route53.HostedZoneAttributes;

class ExoGatewayErrorsTest {

  static String error(UnaryOperator<ExoGatewayProps.Builder> props) {
    Stack stack = EdgeFixtures.stack();
    ExoGatewayProps.Builder b = ExoGatewayProps.builder().vpc(Vpc.Builder.create(stack, "Vpc").build());
    return assertThrows(ExoException.class,
        () -> new ExoGateway(stack, "Gateway", props.apply(b).build())).getMessage();
  }

  @Test
  void aHostedZoneWithoutADomainIsRejected() {
    // GIVEN a zone but no domain WHEN built THEN the error names the prop and the fix
    String message = error(b -> b.hostedZone(HostedZone.fromHostedZoneAttributes(b.build().vpc().getStack(), "Z",
        HostedZoneAttributes.builder().hostedZoneId("Z1").zoneName("example.com").build())));
    assertEquals("Test/Gateway: hostedZone = example.com is invalid: expected no hosted zone without a domainName."
        + " Fix: set domainName to the zone's name, or drop hostedZone", message);
  }

  @Test
  void aCertificateWithoutADomainIsRejected() {
    String message = error(b -> b.certificate(Certificate.fromCertificateArn(b.build().vpc().getStack(), "C",
        "arn:aws:acm:us-east-1:123456789012:certificate/abc")));
    assertEquals("Test/Gateway: certificate = a certificate is invalid: expected no certificate without a domainName."
        + " Fix: set domainName (the certificate's domain), or drop certificate", message);
  }

  @Test
  void port443WithoutADomainIsRejected() {
    String message = error(b -> b.httpPort(443));
    assertEquals("Test/Gateway: httpPort = 443 is invalid: expected an HTTP listener port other than 443 when"
        + " there is no domain (HTTPS needs a certificate). Fix: set domainName to serve HTTPS on 443, or use"
        + " httpPort 80", message);
  }

  @Test
  void otherPortsWithADomainAreRejected() {
    String message = error(b -> b.domainName("example.com").httpPort(8080));
    assertEquals("Test/Gateway: httpPort = 8080 is invalid: expected 80 with a domain (HTTPS on 443, 80"
        + " redirects to it). Fix: leave httpPort unset", message);
  }

  @Test
  void routingErrorsNameTheGatewayAndTheRoute() {
    // GIVEN two public services on the same prefix
    String message = error(b -> b.routes(EdgeFixtures.routesOf(List.of(
        service("a", ServiceType.PUBLIC, route("/api", 3000)), service("b", ServiceType.PUBLIC, route("/api", 3000))))));
    assertEquals("Test/Gateway: routes = b: ExoServiceProps.routes[/api] (/api on any host) is invalid: expected a"
        + " route no other service has; service a already routes it. Fix: give one of them another prefix or other"
        + " hosts",
        message);
  }
}
