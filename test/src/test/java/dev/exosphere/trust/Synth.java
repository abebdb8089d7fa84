package dev.exosphere.trust;

import dev.exosphere.app.ExoApp;
import dev.exosphere.e2e.PinnedSynth;
import dev.exosphere.load.ModelLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awscdk.App;

/** Synthesizes one exosphere.yml in this JVM, as {@code cdk synth} would, into a fresh folder of {@code root}. */
final class Synth {
  private Synth() {}

  /** The templates of every environment of the file (or of the app without environments), file name to text. */
  static Map<String, String> templates(Path yml, Path root) {
    Map<String, String> all = new TreeMap<>();
    for (Optional<String> environment : environments(yml)) {
      Path out = freshDir(root);
      App app = PinnedSynth.app(yml, environment, out);
      ExoApp.build(app);
      app.synth();
      all.putAll(PinnedSynth.readTemplates(out));
    }
    return all;
  }

  /** What {@code -c env} takes for this file: each environment, or nothing when it has none (or does not load). */
  private static List<Optional<String>> environments(Path yml) {
    Set<String> names = ModelLoader.load(yml).environments().keySet();
    return names.isEmpty() ? List.of(Optional.empty()) : names.stream().map(Optional::of).toList();
  }

  /** Empty when it synthesizes, else the error (its first lines). */
  static Optional<String> failure(Path yml, Path root) {
    try {
      templates(yml, root);
      return Optional.empty();
    } catch (RuntimeException e) {
      String all = e + ": " + String.join(" | ", String.valueOf(e.getMessage()).lines().limit(6).toList());
      return Optional.of(all.length() > 800 ? all.substring(0, 800) + "..." : all);
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
