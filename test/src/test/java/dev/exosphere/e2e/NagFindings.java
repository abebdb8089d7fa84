package dev.exosphere.e2e;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.cxapi.CloudFormationStackArtifact;
import software.amazon.awscdk.cxapi.SynthesisMessage;
import software.amazon.awscdk.cxapi.SynthesisMessageLevel;

/**
 * The cdk-nag AwsSolutions errors and warnings of a synthesized assembly. Read from the assembly, not through
 * {@code Annotations.fromStack}: that synthesizes again per stack, and ECS's capacity provider aspect cannot run twice.
 * Nested stacks report through their parent's artifact.
 */
final class NagFindings {
  private NagFindings() {}

  static List<String> of(CloudAssembly assembly) {
    List<String> findings = new ArrayList<>();
    for (CloudFormationStackArtifact stack : assembly.getStacksRecursively()) {
      for (SynthesisMessage m : stack.getMessages()) {
        String text = String.valueOf(m.getEntry().getData());
        if (m.getLevel() != SynthesisMessageLevel.INFO && text.startsWith("AwsSolutions-")) {
          findings.add(m.getLevel() + " " + m.getId() + ": " + text);
        }
      }
    }
    return findings;
  }
}
