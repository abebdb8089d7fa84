package dev.exosphere.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every environment of every {@code src/} app, and SpaceTweet without environments, clean for the real cfn-lint. */
class ExampleAppsLintTest {
  @TempDir Path out;

  @Test
  void everyEnvironmentsTemplatesAreCleanForCfnLint() throws Exception {
    // GIVEN each deployment synthesized into its own folder
    List<ExampleApps.Deployment> all = new ArrayList<>(ExampleApps.deployments());
    all.add(new ExampleApps.Deployment(ExampleApps.environmentless(), Optional.empty(), "space-tweet"));
    List<Path> templates = new ArrayList<>();
    for (ExampleApps.Deployment d : all) {
      Path dir = Files.createDirectories(out.resolve(d.name()));
      PinnedSynth.templates(d.app(), d.environment(), dir).keySet().forEach(name -> templates.add(dir.resolve(name)));
    }
    // WHEN cfn-lint checks them THEN no finding
    CfnLint.assertClean(templates);
  }
}
