package dev.exosphere;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.exosphere.testsupport.FullInfraStack;
import dev.exosphere.testsupport.TemplateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real cfn-lint over the template of network + public cluster + private cluster + bus: no error, no warning.
 * cfn-lint missing is a failure (CI installs it), unless {@code -Dexo.allowMissingCfnLint} says otherwise.
 */
class ExoCfnLintTest {
  @Test
  void fullInfraTemplateIsCleanForCfnLint() throws Exception {
    // GIVEN the synthesized template of every infrastructure construct, environment-agnostic as the cdk CLI makes it
    // without credentials (a pinned environment hard-codes AZ names: cfn-lint's W3010), written to a file
    lint(TemplateFiles.write(FullInfraStack.createAgnostic(),
        Path.of("target", "cfn-lint", "FullInfraStack.template.json")));
  }

  @Test
  void isolatedInfraTemplateWithVpcEndpointsIsCleanForCfnLint() throws Exception {
    // GIVEN the same without NAT gateways: VPC endpoints, and the bus image pulled from ECR
    lint(TemplateFiles.write(FullInfraStack.createIsolatedAgnostic(),
        Path.of("target", "cfn-lint", "IsolatedInfraStack.template.json")));
  }

  private static void lint(Path template) throws Exception {
    // WHEN cfn-lint checks it
    Process process;
    try {
      process = new ProcessBuilder("cfn-lint", "--format", "parseable", "--", template.toString())
          .redirectErrorStream(true)
          .start();
    } catch (IOException notFound) {
      Assumptions.assumeFalse(System.getProperty("exo.allowMissingCfnLint") != null,
          "cfn-lint is not on PATH (skipped because exo.allowMissingCfnLint is set)");
      fail("cfn-lint is not on PATH: install it (pip3 install cfn-lint==1.51.0) or run with "
          + "-Dexo.allowMissingCfnLint to skip this check: " + notFound.getMessage());
      return;
    }
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("cfn-lint did not finish within 5 minutes on " + template);
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    // THEN it reports nothing and exits 0
    assertEquals("", output.strip(), "cfn-lint findings on " + template);
    assertEquals(0, process.exitValue(), "cfn-lint exit code on " + template);
  }
}
