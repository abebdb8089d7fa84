package dev.exosphere.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.imports.Importer.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every value of every YAML fixture replaced, one at a time, by a null, a list and a mapping: each import either
 * succeeds or fails with one clear line; nothing else escapes (no NullPointerException, no ClassCastException).
 */
class MutatedSourceTest {
  private static final Pattern VALUE = Pattern.compile("^(\\s*(?:- )?[^#:\\s][^:]*:\\s)(\\S.*)$");
  private static final List<String> REPLACEMENTS = List.of("~", "[x, [y]]", "{a: {b: c}}", "\"\"");

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({"COMPOSE, compose, compose.yaml", "EXOSPHERE, exo-deploy, application.yml",
      "EXOSPHERE, exo-deploy, web-server/service.yml", "EXOSPHERE, exosphere-remote, application.yml",
      "EXOSPHERE, exosphere-remote, web/service.yml"})
  void everyMutationIsImportedOrOneClearLine(Format format, String fixture, String file) throws IOException {
    Path source = copy(Imports.FIXTURES.resolve(fixture), dir.resolve("src"));
    List<String> lines = Files.readAllLines(source.resolve(file));
    List<String> escaped = new ArrayList<>();
    int runs = 0;
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = VALUE.matcher(lines.get(i));
      if (!m.matches()) {
        continue;
      }
      for (String r : REPLACEMENTS) {
        List<String> mutated = new ArrayList<>(lines);
        mutated.set(i, m.group(1) + r);
        Files.write(source.resolve(file), mutated);
        runs++;
        try {
          Importer.run(format, source, dir.resolve("out/exosphere.yml"));
        } catch (ImportException e) {
          assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        } catch (RuntimeException e) {
          escaped.add((i + 1) + ": " + mutated.get(i) + " -> " + e);
        }
      }
    }
    Files.write(source.resolve(file), lines);
    assertTrue(runs > 10, "mutations: " + runs);
    assertEquals(List.of(), escaped);
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }
}
