package dev.exosphere.rules;

import static dev.exosphere.rules.RuleAssertions.accepted;
import static dev.exosphere.rules.RuleAssertions.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HealthChecksTest {
  @Test
  void codesFrom200To499Pass() {
    accepted(HealthChecks.codes("200"));
    accepted(HealthChecks.codes("200-399"));
    accepted(HealthChecks.codes("200,204,300-499"));
  }

  @Test
  void codesOutsideTheAlbsRangeOrReversedAreRejected() {
    rejected(HealthChecks.codes("100-199"), "from 200 to 499");
    rejected(HealthChecks.codes("200-500"), "from 200 to 499");
    rejected(HealthChecks.codes("2xx"), "like 200");
    assertEquals("write 200-399", rejected(HealthChecks.codes("399-200"), "low to high").fix());
  }

  @Test
  void theTimeoutMustBeShorterThanTheIntervalEvenWhenOneIsTheDefault() {
    accepted(HealthChecks.timing(30, 5, false, false));
    Complaint c = rejected(HealthChecks.timing(5, 5, true, false), "got timeout 5s (the default) and interval 5s");
    assertEquals("add timeout: 4 or raise interval", c.fix());
    rejected(HealthChecks.timing(30, 30, false, true), "interval 30s (the default)");
    assertEquals("add timeout: 2 or raise interval", HealthChecks.timing(2, 5, true, false).orElseThrow().fix());
  }

  @Test
  void pathsAreUrlPathsUpTo1024Characters() {
    accepted(HealthChecks.path("/health"));
    accepted(HealthChecks.path("/health?deep=1&x=%20"));
    rejected(HealthChecks.path("health"), "starting with '/'");
    rejected(HealthChecks.path("/health check"), "URL path characters");
    rejected(HealthChecks.path("/a#b"), "URL path characters");
    rejected(HealthChecks.path("/a%2"), "URL path characters");
    rejected(HealthChecks.path("/a%zz"), "URL path characters");
    accepted(HealthChecks.path("/" + "h".repeat(1023)));
    rejected(HealthChecks.path("/" + "h".repeat(1024)), "at most 1024 characters, got 1025");
  }
}
