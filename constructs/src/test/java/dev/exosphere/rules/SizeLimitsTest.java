package dev.exosphere.rules;

import static dev.exosphere.rules.RuleAssertions.accepted;
import static dev.exosphere.rules.RuleAssertions.rejected;

import org.junit.jupiter.api.Test;

class SizeLimitsTest {
  @Test
  void serviceRoutesFitTheTaskDefinitionLessItsReserve() {
    accepted(SizeLimits.serviceRoutes(64 * 1024 - 2048, 900));
    rejected(SizeLimits.serviceRoutes(64 * 1024 - 2047, 900),
        "ExoCom's SERVICE_ROUTES for these 900 services takes 63489 bytes, more than the 63488");
  }

  @Test
  void stacksHoldAtMost500Resources() {
    accepted(SizeLimits.stack("parent stack", 500, 10, "split"));
    rejected(SizeLimits.stack("parent stack", 501, 10, "split"),
        "with these 10 services the parent stack would hold 501 resources, more than CloudFormation's 500");
  }
}
