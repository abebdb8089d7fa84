package dev.exosphere.rules;

import static dev.exosphere.rules.RuleAssertions.accepted;
import static dev.exosphere.rules.RuleAssertions.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.regioninfo.RegionInfo;

class RegionsTest {
  @Test
  void theListIsAwsCdkLibsRegionInformation() {
    // GIVEN the regions of the pinned aws-cdk-lib WHEN compared with the list kept for speed THEN they are the same
    Set<String> cdk = RegionInfo.getRegions().stream().map(RegionInfo::getName).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(cdk, new TreeSet<>(Regions.KNOWN));
  }

  @Test
  void knownRegionsPassTyposGetASuggestion() {
    accepted(Regions.check("eu-west-2"));
    accepted(Regions.check("eusc-de-east-1"));
    assertEquals("did you mean 'us-east-1'?", rejected(Regions.check("us-est-1"), "an AWS region").fix());
    assertEquals("did you mean 'eu-central-1'?", rejected(Regions.check("eu-centrl-1"), "an AWS region").fix());
    assertEquals("use a region code such as us-east-1 or eu-west-2", rejected(Regions.check("xx-mars-9"), "an AWS region").fix());
  }
}
