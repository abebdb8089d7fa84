package dev.exosphere.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.load.LoadResult;
import dev.exosphere.load.ModelLoader;
import dev.exosphere.load.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every application under src/ loads without a problem. */
class ExampleAppsTest {
  static Stream<Path> apps() throws IOException {
    try (Stream<Path> dirs = Files.list(Path.of("src"))) {
      List<Path> files = dirs.map(d -> d.resolve("exosphere.yml")).filter(Files::isRegularFile).sorted().toList();
      assertFalse(files.isEmpty(), "src/<app>/exosphere.yml files exist");
      return files.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("apps")
  void loadsWithoutErrorsOrWarnings(Path file) {
    // GIVEN an example application WHEN loaded
    LoadResult r = ModelLoader.load(file);
    // THEN there is a model and nothing to complain about
    assertEquals(List.of(), r.problems().stream().map(Problem::format).toList());
    assertTrue(r.model().isPresent());
  }
}
