package dev.exosphere.images;

import dev.exosphere.cli.ImagesCommand;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Runs {@code exo images} in-process on a copy of SpaceTweet, capturing its output. */
final class ExoImages {
  private ExoImages() {}

  /** What one run printed and returned. */
  record Run(int exit, String out, String err) {}

  /** Runs with {@code DOCKER_CONFIG} in {@code dir}, so no login of the machine's user leaks in. */
  static Run run(Path dir, List<String> args) {
    return run(dir, Map.of(), args, line -> { });
  }

  /**
   * Runs with {@code env} added to {@code DOCKER_CONFIG}; {@code onLine} sees each standard-output line as it is
   * printed, and the printing thread waits until {@code onLine} returns.
   */
  static Run run(Path dir, Map<String, String> env, List<String> args, Consumer<String> onLine) {
    Map<String, String> all = new HashMap<>(env);
    all.put("DOCKER_CONFIG", dir.toString());
    LineWatcher out = new LineWatcher(onLine);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = new ImagesCommand(SpaceTweet::model, all, new ByteArrayInputStream(new byte[0])).run(args,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.all.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Keeps every byte, and hands each finished line to a listener before the write returns. */
  private static final class LineWatcher extends OutputStream {
    private final Consumer<String> onLine;
    private final ByteArrayOutputStream all = new ByteArrayOutputStream();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LineWatcher(Consumer<String> onLine) {
      this.onLine = onLine;
    }

    @Override
    public synchronized void write(int b) {
      all.write(b);
      if (b == '\n') {
        onLine.accept(line.toString(StandardCharsets.UTF_8));
        line.reset();
      } else {
        line.write(b);
      }
    }
  }
}
