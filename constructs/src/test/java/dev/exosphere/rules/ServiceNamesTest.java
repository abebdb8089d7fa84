package dev.exosphere.rules;

import static dev.exosphere.rules.RuleAssertions.accepted;
import static dev.exosphere.rules.RuleAssertions.rejected;

import org.junit.jupiter.api.Test;

class ServiceNamesTest {
  @Test
  void theBusesNameIsTaken() {
    rejected(ServiceNames.notReserved(Defaults.BUS_SERVICE_NAME), "message bus's own name");
    accepted(ServiceNames.notReserved("exocom-app"));
    accepted(ServiceNames.notReserved("web"));
  }
}
