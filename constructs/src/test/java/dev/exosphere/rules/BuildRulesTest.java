package dev.exosphere.rules;

import static dev.exosphere.rules.RuleAssertions.accepted;
import static dev.exosphere.rules.RuleAssertions.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BuildRulesTest {
  @Test
  void theDockerfileMustBeInsideItsContext() {
    Path context = Path.of("/app/web");
    accepted(BuildRules.dockerfileInContext(context, Path.of("/app/web/Dockerfile")));
    accepted(BuildRules.dockerfileInContext(context, Path.of("/app/web/docker/Dockerfile.prod")));
    rejected(BuildRules.dockerfileInContext(context, Path.of("/app/Dockerfile")), "inside the build context");
    rejected(BuildRules.dockerfileInContext(context, Path.of("/app/web2/Dockerfile")), "inside the build context");
  }

  @Test
  void argNamesAreVariableNames() {
    accepted(BuildRules.argName("NODE_ENV"));
    accepted(BuildRules.argName("_x1"));
    assertEquals("rename it, e.g. '_1ST_ARG'", rejected(BuildRules.argName("1ST-ARG"), "build argument name").fix());
  }

  @Test
  void targetsAreStageNames() {
    accepted(BuildRules.target("prod"));
    accepted(BuildRules.target("Build_stage.2-x"));
    rejected(BuildRules.target("-prod"), "stage name");
    rejected(BuildRules.target("2nd"), "stage name");
  }

  @Test
  void targetsMustBeStagesOfTheDockerfile() {
    Set<String> stages = BuildRules.stages("FROM node:20 AS deps\nRUN x\nfrom --platform=$BUILDPLATFORM node:20 as Build\n"
        + "FROM scratch\n# FROM x AS commented\n");
    assertEquals(Set.of("deps", "build"), stages);
    accepted(BuildRules.targetIn("BUILD", stages, "Dockerfile"));
    assertEquals("did you mean 'deps'?", rejected(BuildRules.targetIn("dep", stages, "Dockerfile"), "a stage of Dockerfile").fix());
    assertEquals("its stages are build, deps", rejected(BuildRules.targetIn("production", stages, "Dockerfile"), "stage").fix());
    rejected(BuildRules.targetIn("prod", Set.of(), "Dockerfile"), "a stage of Dockerfile");
  }
}
