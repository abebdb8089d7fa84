package dev.exosphere.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.application.ServicePlacement;
import dev.exosphere.load.LoadResult;
import dev.exosphere.load.StackSizes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks over the whole model: certificate coverage, certificate origin, and the size of the stacks. */
class AwsChecksTest {
  private static final String ARN = "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d";

  @TempDir Path dir;

  private static String web(String hosts) {
    return "services:\n  web:\n    type: public\n    image: nginx:1.27\n    interface:\n      /: {port: 80, hosts: [" + hosts + "]}\n";
  }

  @Test
  void hostsTheRequestedCertificateCoversPass() {
    // GIVEN hosts at and one label below the domain WHEN loaded THEN no problem
    LoadResult r = YamlFiles.load(dir, YamlFiles.HEADER + "domain: shop.example.com\n"
        + web("shop.example.com, www.shop.example.com, '*.shop.example.com'"));
    assertEquals(List.of(), YamlFiles.problems(r));
  }

  @Test
  void withTheirOwnCertificateAHostOutsideTheZoneIsAWarningOnly() {
    // GIVEN the user's own certificate and a host outside the zone WHEN loaded THEN a warning, and a model
    LoadResult r = YamlFiles.load(dir, YamlFiles.HEADER + "domain: {name: shop.example.com, certificate: " + ARN + "}\n"
        + web("www.other.com, a.b.shop.example.com"));
    assertEquals(List.of("9:29: warning: services.web.interface./.hosts[0]: host 'www.other.com' is outside the domain "
        + "'shop.example.com', so exo creates no DNS record for it (point www.other.com at the load balancer in its own DNS "
        + "zone; the stack's outputs name the load balancer)"), YamlFiles.problems(r));
    assertTrue(r.model().isPresent());
  }

  @Test
  void aNestedStackOverflowingNamesItsCountTheLimitAndTheFix() {
    // GIVEN 72 workers that hash into one nested stack (6 resources and a CPU alarm each: 504)
    StringBuilder yaml = new StringBuilder(YamlFiles.HEADER).append("services:\n");
    int found = 0;
    for (int i = 0; found < 72; i++) {
      String name = "w" + i;
      if (ServicePlacement.shardOf(name) == 7) {
        yaml.append("  ").append(name).append(": {type: worker, image: nginx:1.27}\n");
        found++;
      }
    }
    // WHEN loaded
    LoadResult r = YamlFiles.load(dir, yaml.toString());
    // THEN one error saying which stack, how many resources, the limit and what to do
    assertEquals(List.of("3:1: error: services: with these 72 services the nested stack Services07 (services are spread "
        + "over 32 by a hash of their names) would hold 504 resources, more than CloudFormation's 500 per stack (split the "
        + "application into several exosphere.yml files)"), YamlFiles.problems(r));
  }

  @Test
  void stackSizesCountWhatEachServiceAdds() {
    // GIVEN a public service with 7 hosts (3 rules), autoscaling on CPU WHEN counted THEN 6 + 1 target group + 3 rules + 2,
    // and its 3 alarms (CPU; unhealthy hosts and 5xx rate of its target group) unless operate.alarms is false
    String web = "services:\n  web:\n    type: public\n    image: nginx:1.27\n"
        + "    scaling: {min: 1, max: 2, targetCpu: 50}\n    interface:\n"
        + "      /: {port: 80, hosts: [a.x.com, b.x.com, c.x.com, d.x.com, e.x.com, f.x.com, g.x.com]}\n";
    LoadResult r = YamlFiles.load(dir, YamlFiles.HEADER + web);
    assertEquals(15, StackSizes.shards(r.model().orElseThrow()).values().iterator().next(), YamlFiles.problems(r).toString());
    LoadResult quiet = YamlFiles.load(dir, YamlFiles.HEADER + "operate: {alarms: false}\n" + web);
    assertEquals(12, StackSizes.shards(quiet.model().orElseThrow()).values().iterator().next());
  }
}
