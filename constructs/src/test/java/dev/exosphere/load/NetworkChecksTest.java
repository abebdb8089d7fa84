package dev.exosphere.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.load.LoadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the network can deliver: without NAT, private tasks pull only from the region's ECR. */
class NetworkChecksTest {
  private static final String ECR_BUS = "bus: {image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/exocom:0.21.3}\n";

  @TempDir Path dir;

  private List<String> problems(String yaml) {
    return YamlFiles.problems(YamlFiles.load(dir, YamlFiles.HEADER + yaml));
  }

  @Test
  void withoutNatEcrImagesBuildsAndPublicServicesFromAnyRegistryAreFine() throws Exception {
    // GIVEN no NAT gateway, the bus and a private service in ECR, a worker built from source (a CDK asset in the
    // bootstrap ECR repository) and a public service from Docker Hub (its instances have public addresses)
    Files.createDirectories(dir.resolve("mailer"));
    Files.writeString(dir.resolve("mailer/Dockerfile"), "FROM scratch\n");
    LoadResult r = YamlFiles.load(dir, YamlFiles.HEADER + "region: us-east-1\nnetwork: {natGateways: 0}\n" + ECR_BUS + """
        services:
          api: {type: private, image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/api@sha256:%s, interface: {/: {port: 80}}}
          mailer: {type: worker, build: ./mailer}
          web: {type: public, image: nginx:1.27, interface: {/: {port: 80}}}
        """.formatted("ab".repeat(32)));
    // THEN no problem
    assertEquals(List.of(), YamlFiles.problems(r));
    assertTrue(r.model().isPresent());
  }

  @Test
  void withNatAnyRegistryIsFine() {
    assertEquals(List.of(), problems("services:\n  api: {type: private, image: nginx:1.27, interface: {/: {port: 80}}}\n"));
  }

  @Test
  void withoutNatTheDefaultBusImageIsAnErrorAtNatGateways() {
    assertEquals(List.of("3:24: error: network.natGateways: image 'originate/exocom:0.21.3' is not in Amazon ECR: with "
        + "natGateways: 0 the private subnets reach only ECR (through VPC endpoints), not other registries (copy it to "
        + "ECR and set bus.image to that copy, e.g. <account>.dkr.ecr.<region>.amazonaws.com/exocom:0.21.3, or use "
        + "natGateways: 1)"), problems("network: {natGateways: 0}\n"));
  }

  @Test
  void theFixNamesTheApplicationsOwnRegistryWhenKnown() {
    assertEquals(List.of("5:24: error: network.natGateways: image 'originate/exocom:0.21.3' is not in Amazon ECR: with "
        + "natGateways: 0 the private subnets reach only ECR (through VPC endpoints), not other registries (copy it to "
        + "ECR and set bus.image to that copy, e.g. 210987654321.dkr.ecr.eu-west-1.amazonaws.com/exocom:0.21.3, or use "
        + "natGateways: 1)"), problems("account: \"210987654321\"\nregion: eu-west-1\nnetwork: {natGateways: 0}\n"));
  }

  @Test
  void withoutARegionAnEcrImageOfAnyRegionPasses() {
    // the CDK app checks it against the stack's region at synth
    assertEquals(List.of(), problems("network: {natGateways: 0}\n"
        + "bus: {image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/exocom:0.21.3}\n"));
  }

  @Test
  void anExistingVpcIsNotChecked() {
    // its routes are its owner's business: natGateways cannot even be written beside vpcId
    assertEquals(List.of(), problems("network: {vpcId: vpc-0abc1234}\n"
        + "services:\n  api: {type: private, image: nginx:1.27, interface: {/: {port: 80}}}\n"));
  }

  @Test
  void aPublicServiceNeedsTwoZonesForItsLoadBalancer() {
    // GIVEN one availability zone WHEN there is a public service THEN an error at azs; workers alone are fine
    assertEquals(List.of("3:16: error: network.azs: expected at least 2 availability zones with a public service, got 1: "
        + "its application load balancer needs subnets in two zones (use azs: 2, or make the services private)"),
        problems("network: {azs: 1}\nservices:\n  web: {type: public, image: nginx:1.27, interface: {/: {port: 80}}}\n"));
    assertEquals(List.of(), problems("network: {azs: 1}\nservices:\n  jobs: {type: worker, image: nginx:1.27}\n"));
  }
}
