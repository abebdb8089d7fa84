package dev.exosphere.rules;

import static dev.exosphere.rules.RuleAssertions.accepted;
import static dev.exosphere.rules.RuleAssertions.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CertificatesTest {
  private static final String ARN = "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-1111";

  @Test
  void theRequestedCertificateCoversTheDomainAndOneLabelBelow() {
    accepted(Certificates.uncovered("shop.example.com", "shop.example.com"));
    accepted(Certificates.uncovered("www.shop.example.com", "shop.example.com"));
    accepted(Certificates.uncovered("*.shop.example.com", "shop.example.com"));
    accepted(Certificates.uncovered("WWW.Shop.Example.com", "shop.example.com"));
  }

  @Test
  void hostsOutsideOrTwoLabelsBelowAreNotCovered() {
    rejected(Certificates.uncovered("api.other.com", "shop.example.com"), "outside the domain");
    rejected(Certificates.uncovered("example.com", "shop.example.com"), "outside the domain");
    rejected(Certificates.uncovered("xshop.example.com", "shop.example.com"), "outside the domain");
    Complaint deep = rejected(Certificates.uncovered("a.b.shop.example.com", "shop.example.com"), "two or more labels below");
    assertEquals(true, deep.fix().contains("a-b.shop.example.com"));
  }

  @Test
  void withTheirOwnCertificateOnlyHostsOutsideTheZoneAreWorthSaying() {
    accepted(Certificates.outsideZone("a.b.shop.example.com", "shop.example.com"));
    rejected(Certificates.outsideZone("api.other.com", "shop.example.com"), "no DNS record");
  }

  @Test
  void aWildcardDomainIsRejected() {
    assertEquals("write domain: shop.example.com",
        rejected(Certificates.domain("*.shop.example.com"), "without wildcards").fix());
    accepted(Certificates.domain("shop.example.com"));
  }

  @Test
  void aCertificateOfAnotherRegionOrAccountIsRejectedWhenTheStacksAreKnown() {
    accepted(Certificates.arn(ARN, Optional.of("123456789012"), Optional.of("us-east-1")));
    accepted(Certificates.arn(ARN, Optional.empty(), Optional.empty()));
    rejected(Certificates.arn(ARN, Optional.empty(), Optional.of("eu-west-1")), "in the stack's region eu-west-1, got one in us-east-1");
    rejected(Certificates.arn(ARN, Optional.of("210987654321"), Optional.empty()), "of the stack's account 210987654321");
    rejected(Certificates.arn("arn:aws:acm:us-east-1:123:certificate/x", Optional.empty(), Optional.empty()), "ACM certificate ARN");
  }
}
