package dev.exosphere.e2e;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application without {@code environments} synthesizes as it did before environments existed: SpaceTweet as it
 * was then still gives the snapshot {@code test/snapshots/space-tweet}, byte for byte (stack name, task definition
 * families, Cloud Map namespace: no physical name changed).
 */
class EnvironmentlessSnapshotTest {

  @Test
  void anAppWithoutEnvironmentsKeepsItsTemplates(@TempDir Path out) {
    // GIVEN SpaceTweet without environments WHEN synthesized without -c env
    // THEN its templates are the snapshot reviewed before environments
    Snapshots.assertMatches("space-tweet", PinnedSynth.templates(ExampleApps.environmentless(), out));
  }
}
