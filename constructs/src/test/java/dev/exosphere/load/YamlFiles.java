package dev.exosphere.load;

import dev.exosphere.load.LoadResult;
import dev.exosphere.load.ModelLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes exosphere.yml files for tests and loads them. */
public final class YamlFiles {
  public static final String HEADER = "name: shop\nversion: 1.0.0\n";

  private YamlFiles() {}

  public static Path write(Path dir, String yaml) {
    try {
      Path file = dir.resolve("exosphere.yml");
      Files.writeString(file, yaml);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static LoadResult load(Path dir, String yaml) {
    return ModelLoader.load(write(dir, yaml));
  }

  /** The problems formatted without the file name, e.g. {@code 3:5: error: services.web.x: ...}. */
  public static List<String> problems(LoadResult r) {
    String prefix = r.file() + ":";
    return r.problems().stream().map(p -> p.format().substring(prefix.length())).toList();
  }
}
