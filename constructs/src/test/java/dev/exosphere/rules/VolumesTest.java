package dev.exosphere.rules;

import static dev.exosphere.rules.RuleAssertions.accepted;
import static dev.exosphere.rules.RuleAssertions.rejected;

import org.junit.jupiter.api.Test;

class VolumesTest {
  @Test
  void namesAreLettersDigitsUnderscoresAndHyphensUpTo255() {
    accepted(Volumes.name("data_1-A"));
    accepted(Volumes.name("v".repeat(255)));
    rejected(Volumes.name("v".repeat(256)), "1-255 characters");
    rejected(Volumes.name("my.data"), "letters, digits");
  }

  @Test
  void pathsAreAbsoluteWithoutColonsSpacesOrDotSegments() {
    accepted(Volumes.path("/var/data", false));
    accepted(Volumes.path("/data/", true));
    rejected(Volumes.path("data", false), "absolute");
    rejected(Volumes.path("/data:rw", true), "without spaces or ':'");
    rejected(Volumes.path("/my data", true), "without spaces or ':'");
    rejected(Volumes.path("/var/../etc", false), "'.' or '..'");
    rejected(Volumes.path("/var/./etc", false), "'.' or '..'");
    accepted(Volumes.path("/var/.hidden", false));
    accepted(Volumes.path("/var/..x", false));
    rejected(Volumes.path("/" + "p".repeat(4096), false), "at most 4096 characters");
  }

  @Test
  void theContainerRootCannotBeAMountPoint() {
    rejected(Volumes.path("/", true), "below '/'");
    accepted(Volumes.path("/", false));
  }
}
