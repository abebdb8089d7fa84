package dev.exosphere.cli;

import dev.exosphere.ExoException;
import dev.exosphere.load.LoadResult;
import dev.exosphere.load.ModelLoader;
import dev.exosphere.model.ExoModel;
import java.io.PrintStream;
import java.nio.file.Path;

/** The model of the application a command operates on: warnings printed, errors as an {@link ExoException}. */
final class Deployment {
  private Deployment() {}

  static ExoModel load(Path path, PrintStream err) {
    LoadResult loaded = ModelLoader.load(path);
    loaded.warnings().forEach(w -> err.println(w.format()));
    return loaded.orThrow();
  }
}
