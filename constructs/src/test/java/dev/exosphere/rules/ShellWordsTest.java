package dev.exosphere.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.stream.Stream;

/** The words docker-compose (Python's shlex.split) makes of a command line; expectations checked with shlex. */
class ShellWordsTest {
  static Stream<Arguments> lines() {
    return Stream.of(
        Arguments.of("node server.js", List.of("node", "server.js")),
        Arguments.of("  node\t server.js \n", List.of("node", "server.js")),
        Arguments.of("sh -c 'echo $HOME && exit 1'", List.of("sh", "-c", "echo $HOME && exit 1")),
        Arguments.of("echo \"a \\\"b\\\" \\$c \\n\"", List.of("echo", "a \"b\" \\$c \\n")),
        Arguments.of("a\\ b c", List.of("a b", "c")),
        Arguments.of("--name=''", List.of("--name=")),
        Arguments.of("x'y'\"z\"", List.of("xyz")),
        Arguments.of("'' \"\"", List.of("", "")),
        Arguments.of("run; rm -rf / | cat", List.of("run;", "rm", "-rf", "/", "|", "cat")),
        Arguments.of("", List.of()));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("lines")
  void splitsAsDockerComposeDoes(String line, List<String> words) {
    // GIVEN a command line WHEN split THEN the words, nothing expanded, operators kept as plain words
    ShellWords.Split split = ShellWords.split(line);
    assertEquals(words, split.words());
    assertTrue(split.complaint().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"echo 'open", "echo \"open", "echo \\"})
  void anUnclosedQuoteOrATrailingBackslashIsRefused(String line) {
    ShellWords.Split split = ShellWords.split(line);
    assertEquals(List.of(), split.words());
    assertTrue(split.complaint().isPresent(), line);
  }
}
