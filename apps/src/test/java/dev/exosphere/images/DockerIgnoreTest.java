package dev.exosphere.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Docker's .dockerignore semantics (moby patternmatcher), case by case. */
class DockerIgnoreTest {
  private static DockerIgnore of(String... lines) {
    return DockerIgnore.parse(List.of(lines));
  }

  @Test
  void aStarStaysInOneFolder() {
    DockerIgnore ignore = of("*.md");
    assertTrue(ignore.excludes("README.md"));
    assertFalse(ignore.excludes("docs/README.md"));
  }

  @Test
  void doubleStarCrossesFolders() {
    DockerIgnore ignore = of("**/*.md");
    assertTrue(ignore.excludes("README.md"));
    assertTrue(ignore.excludes("docs/deep/README.md"));
    assertFalse(ignore.excludes("docs/README.txt"));
  }

  @Test
  void aFolderPatternExcludesEverythingBelowIt() {
    DockerIgnore ignore = of("node_modules", "build/tmp");
    assertTrue(ignore.excludes("node_modules/a/b.js"));
    assertTrue(ignore.excludes("build/tmp/x"));
    assertFalse(ignore.excludes("build/out/x"));
  }

  @Test
  void theLastMatchingPatternWinsAndBangReincludes() {
    DockerIgnore ignore = of("*.log", "!keep.log", "keep.log.*");
    assertTrue(ignore.excludes("a.log"));
    assertFalse(ignore.excludes("keep.log"));
    assertTrue(ignore.hasExceptions());
  }

  @Test
  void patternsAreCleanedAndCommentsAndBlanksSkipped() {
    DockerIgnore ignore = of("# *.txt", "", "  /tmp/../secret//key  ", "./a/./b");
    assertFalse(ignore.excludes("x.txt"));
    assertTrue(ignore.excludes("secret/key"));
    assertTrue(ignore.excludes("a/b"));
    assertEquals("a/c", DockerIgnore.clean("./a//b/../c/"));
  }

  @Test
  void questionMarksAndClassesMatchOneCharacter() {
    DockerIgnore ignore = of("file?.txt", "log[0-9]", "v[!a]");
    assertTrue(ignore.excludes("file1.txt"));
    assertFalse(ignore.excludes("file10.txt"));
    assertTrue(ignore.excludes("log7"));
    assertFalse(ignore.excludes("logx"));
    assertTrue(ignore.excludes("vb"));
    assertFalse(ignore.excludes("va"));
  }

  @Test
  void regexCharactersInNamesAreLiteral() {
    assertTrue(of("a+b.(c)").excludes("a+b.(c)"));
    assertFalse(of("a.c").excludes("abc"));
  }
}
