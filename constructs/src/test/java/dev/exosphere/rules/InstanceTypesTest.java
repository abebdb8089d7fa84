package dev.exosphere.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.rules.InstanceType.Architecture;
import dev.exosphere.rules.InstanceType;
import dev.exosphere.rules.InstanceTypes;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InstanceTypesTest {
  @Test
  void knownSizesHaveTheirVcpusAndMemory() {
    assertEquals(Optional.of(new InstanceType("t3.small", 2, 2048, Architecture.X86_64)), InstanceTypes.find("t3.small"));
    assertEquals(Optional.of(new InstanceType("m6g.medium", 1, 4096, Architecture.ARM64)), InstanceTypes.find("m6g.medium"));
    assertEquals(Optional.of(new InstanceType("c6i.4xlarge", 16, 32768, Architecture.X86_64)), InstanceTypes.find("c6i.4xlarge"));
    assertEquals(Optional.of(new InstanceType("r6g.2xlarge", 8, 65536, Architecture.ARM64)), InstanceTypes.find("r6g.2xlarge"));
  }

  @Test
  void sizesAwsDoesNotOfferAreUnknown() {
    assertEquals(Optional.empty(), InstanceTypes.find("m5.medium"));
    assertEquals(Optional.empty(), InstanceTypes.find("c5.nano"));
    assertEquals(Optional.empty(), InstanceTypes.find("t3.4xlarge"));
  }

  @Test
  void usableMemoryKeepsTenPercentAtLeast256MibForTheAgent() {
    assertEquals(256, InstanceTypes.find("t3.nano").orElseThrow().usableMemoryMib());
    assertEquals(1792, InstanceTypes.find("t3.small").orElseThrow().usableMemoryMib());
    assertEquals(14746, InstanceTypes.find("m5.xlarge").orElseThrow().usableMemoryMib());
    assertEquals(2048, InstanceTypes.find("t3.small").orElseThrow().cpuUnits());
  }

  @Test
  void everyFamilyIsCatalogued() {
    for (String family : new String[] {"t3", "t3a", "t4g", "m5", "m6i", "m6g", "m7i", "m7g", "c5", "c6i", "c6g", "c7g", "r5", "r6i", "r6g"}) {
      assertTrue(InstanceTypes.names().contains(family + ".large"), family);
    }
  }
}
