package dev.exosphere.trust;

import dev.exosphere.app.ExoApp;
import dev.exosphere.e2e.PinnedSynth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.App;

/** Synthesizes one exosphere.yml in this JVM, as {@code cdk synth} would, into a fresh folder of {@code root}. */
final class Synth {
  private Synth() {}

  /** The templates, file name to text. */
  static Map<String, String> templates(Path yml, Path root) {
    Path out = freshDir(root);
    App app = PinnedSynth.app(yml, out);
    ExoApp.build(app);
    app.synth();
    return PinnedSynth.readTemplates(out);
  }

  /** Empty when it synthesizes, else the error's first line. */
  static Optional<String> failure(Path yml, Path root) {
    try {
      templates(yml, root);
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString()));
    }
  }

  private static Path freshDir(Path root) {
    try {
      return Files.createTempDirectory(root, "synth");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
