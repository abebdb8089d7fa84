package dev.exosphere.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.cli.ValidateCommand;
import dev.exosphere.load.LoadResult;
import dev.exosphere.load.ModelLoader;
import dev.exosphere.load.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken exosphere.yml files, one kind of mistake each, beside the exact problem lines they must give
 * ({@code <name>.expected}). Paths are relative to the repository root, the working directory of this module's tests.
 */
class BrokenCorpusTest {
  static final Path CORPUS = Path.of("test/src/test/resources/broken");

  static Stream<Path> brokenFiles() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      List<Path> yml = files.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
      assertTrue(yml.size() >= 30, "at least 30 broken files, found " + yml.size());
      return yml.stream();
    }
  }

  private static List<String> expected(Path yml) throws IOException {
    Path sidecar = yml.resolveSibling(yml.getFileName().toString().replaceFirst("\\.yml$", ".expected"));
    return Files.readAllLines(sidecar, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @MethodSource("brokenFiles")
  void loaderReportsExactlyTheExpectedProblems(Path yml) throws IOException {
    // GIVEN a broken file and the problem lines written for it
    List<String> expected = expected(yml);
    // WHEN loaded
    LoadResult r = ModelLoader.load(yml);
    // THEN exactly those problems, in that order, and no model
    assertEquals(expected, r.problems().stream().map(Problem::format).toList());
    assertTrue(r.hasErrors());
    assertTrue(r.model().isEmpty());
  }

  @ParameterizedTest
  @MethodSource("brokenFiles")
  void exoValidateExitsOneWithTheProblemsAndNoStackTrace(Path yml) throws IOException {
    // GIVEN a broken file WHEN exo validate runs on it
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new ValidateCommand().run(List.of(yml.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    // THEN exit 1, every expected line on stderr, no Java internals
    String stderr = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, code);
    for (String line : expected(yml)) {
      assertTrue(stderr.contains(line + "\n"), "stderr has: " + line + "\n--- stderr:\n" + stderr);
    }
    assertFalse(stderr.contains("Exception"), stderr);
    assertFalse(stderr.contains("at dev."), stderr);
    assertFalse(stderr.contains("at java."), stderr);
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void directoryInsteadOfAFile() {
    LoadResult r = ModelLoader.load(CORPUS);
    assertEquals(List.of("test/src/test/resources/broken:1:1: error: expected a file, got a directory "
        + "(name the exosphere.yml inside it, e.g. test/src/test/resources/broken/exosphere.yml)"),
        r.problems().stream().map(Problem::format).toList());
  }

  @Test
  void missingFile() {
    LoadResult r = ModelLoader.load(CORPUS.resolve("does-not-exist.yml"));
    assertEquals(List.of("test/src/test/resources/broken/does-not-exist.yml:1:1: error: file not found "
        + "(check the path; a relative path starts from the current directory)"),
        r.problems().stream().map(Problem::format).toList());
  }
}
