package dev.exosphere.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Docker's .dockerignore semantics. The tables are moby/patternmatcher's and moby's ignorefile's documented test
 * cases (patternmatcher_test.go, ignorefile_test.go), ported as data: pattern, path, expected.
 */
class DockerIgnoreTest {
  @TempDir Path dir;

  private static DockerIgnore of(String... lines) {
    return DockerIgnore.parse(List.of(lines));
  }

  /** patternmatcher_test.go TestMatches: one pattern, MatchesOrParentMatches on the path as given. */
  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "** | file | true", "** | file/ | true", "**/ | file | true", "**/ | file/ | true", "** | / | true",
      "**/ | / | true", "** | dir/file | true", "**/ | dir/file | true", "** | dir/file/ | true",
      "**/ | dir/file/ | true", "**/** | dir/file | true", "**/** | dir/file/ | true", "dir/** | dir/file | true",
      "dir/** | dir/file/ | true", "dir/** | dir/dir2/file | true", "dir/** | dir/dir2/file/ | true",
      "**/dir | dir | true", "**/dir | dir/file | true", "**/dir2/* | dir/dir2/file | true",
      "**/dir2/* | dir/dir2/file/ | true", "**/dir2/** | dir/dir2/dir3/file | true",
      "**/dir2/** | dir/dir2/dir3/file/ | true", "**file | file | true", "**file | dir/file | true",
      "**/file | dir/file | true", "**file | dir/dir/file | true", "**/file | dir/dir/file | true",
      "**/file* | dir/dir/file | true", "**/file* | dir/dir/file.txt | true", "**/file*txt | dir/dir/file.txt | true",
      "**/file*.txt | dir/dir/file.txt | true", "**/file*.txt* | dir/dir/file.txt | true",
      "**/**/*.txt | dir/dir/file.txt | true", "**/**/*.txt2 | dir/dir/file.txt | false",
      "**/*.txt | file.txt | true", "**/**/*.txt | file.txt | true", "a**/*.txt | a/file.txt | true",
      "a**/*.txt | a/dir/file.txt | true", "a**/*.txt | a/dir/dir/file.txt | true", "a/*.txt | a/dir/file.txt | false",
      "a/*.txt | a/file.txt | true", "a/*.txt** | a/file.txt | true", "a[b-d]e | ae | false", "a[b-d]e | ace | true",
      "a[b-d]e | aae | false", "a[^b-d]e | aze | true", ".* | .foo | true", ".* | foo | false",
      "abc.def | abcdef | false", "abc.def | abc.def | true", "abc.def | abcZdef | false", "abc?def | abcZdef | true",
      "abc?def | abcdef | false", "a\\\\ | a\\ | true", "**/foo/bar | foo/bar | true", "**/foo/bar | dir/foo/bar | true",
      "**/foo/bar | dir/dir2/foo/bar | true", "abc/** | abc | false", "abc/** | abc/def | true",
      "abc/** | abc/def/ghi | true", "**/.foo | .foo | true", "**/.foo | bar.foo | false",
      "a(b)c/def | a(b)c/def | true", "a(b)c/def | a(b)c/xyz | false", "`a.|)$(}+{bc` | `a.|)$(}+{bc` | true",
      "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl | dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl | true",
      "dist/*.whl | dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl | true", "a\\*b | a*b | true",
  })
  void mobyMatches(String pattern, String path, boolean excluded) {
    assertEquals(excluded, of(pattern).excludes(path));
  }

  /** patternmatcher_test.go TestMatches, multiPatternTests. */
  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource(delimiter = '|', value = {
      "**;!util/docker/web | util/docker/web/foo | false",
      "**;!util/docker/web;util/docker/web/foo | util/docker/web/foo | true",
      "**;!dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl | dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl | false",
      "**;!dist/*.whl | dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl | false",
      // the single-test functions of patternmatcher_test.go
      "* | fileutils.go | true", "*.go | fileutils.go | true", "!fileutils.go;*.go | fileutils.go | true",
      "docs;!docs/README.md | docs/README.md | false", "docs/;!docs/README.md | docs/README.md | false",
      "docs/*;!docs/README.md | docs/README.md | false", "*.go;!fileutils.go | fileutils.go | false",
  })
  void mobyMultiplePatterns(String patterns, String path, boolean excluded) {
    assertEquals(excluded, of(patterns.split(";")).excludes(path));
  }

  /** patternmatcher_test.go TestMatch (Go's filepath.Match table, run through the package-level Matches). */
  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "abc | abc | true", "* | abc | true", "*c | abc | true", "a* | a | true", "a* | abc | true", "a* | ab/c | true",
      "a*/b | abc/b | true", "a*/b | a/c/b | false", "a*b*c*d*e*/f | axbxcxdxe/f | true",
      "a*b*c*d*e*/f | axbxcxdxexxx/f | true", "a*b*c*d*e*/f | axbxcxdxe/xxx/f | false",
      "a*b*c*d*e*/f | axbxcxdxexxx/fff | false", "a*b?c*x | abxbbxdbxebxczzx | true",
      "a*b?c*x | abxbbxdbxebxczzy | false", "ab[c] | abc | true", "ab[b-d] | abc | true", "ab[e-g] | abc | false",
      "ab[^c] | abc | false", "ab[^b-d] | abc | false", "ab[^e-g] | abc | true", "a\\*b | a*b | true",
      "a\\*b | ab | false", "a?b | a☺b | true", "a[^a]b | a☺b | true", "a???b | a☺b | false",
      "a[^a][^a][^a]b | a☺b | false", "[a-ζ]* | α | true", "*[a-ζ] | A | false", "a?b | a/b | false",
      "a*b | a/b | false", "[\\]a] | ] | true", "[\\-] | - | true", "[x\\-] | x | true", "[x\\-] | - | true",
      "[x\\-] | z | false", "[\\-x] | x | true", "[\\-x] | - | true", "[\\-x] | a | false", "*x | xxx | true",
      // TestExclusionPatternMatchesWholeDirectory: "." is never excluded
      "*.go | . | false",
  })
  void goMatchTable(String pattern, String path, boolean excluded) {
    assertEquals(excluded, of(pattern).excludesCleaned(path));
  }

  /** The bad patterns of the same table, TestSingleExclamationError and TestMatchesWithMalformedPatterns. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "[]a]", "[-]", "[x-]", "[-x]", "\\", "[a-b-c]", "[", "[^", "[^bc", "a[", "!", "[Local-Only]/"})
  void badPatternsAreErrors(String pattern) {
    assertThrows(DockerIgnore.BadPattern.class, () -> of(pattern));
  }

  /** patternmatcher_test.go TestCompile: the match type moby picks, and its regexp. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "* | regexp ^[^/]*$", "file* | regexp ^file[^/]*$", "*file | regexp ^[^/]*file$", "a*/b | regexp ^a[^/]*/b$",
      "** | suffix", "**/** | regexp ^(.*/)?.*$", "dir/** | prefix", "**/dir | suffix",
      "**/dir2/* | regexp ^(.*/)?dir2/[^/]*$", "**/dir2/** | regexp ^(.*/)?dir2/.*$", "**file | suffix",
      "**/file*txt | regexp ^(.*/)?file[^/]*txt$", "**/**/*.txt | regexp ^(.*/)?(.*/)?[^/]*\\.txt$",
      "a[b-d]e | regexp ^a[b-d]e$", ".* | regexp ^\\.[^/]*$", "abc.def | exact", "abc?def | regexp ^abc[^/]def$",
      "**/foo/bar | suffix", "a(b)c/def | exact", "`a.|)$(}+{bc` | exact",
      "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl | exact",
  })
  void mobyCompiles(String pattern, String compiled) {
    assertEquals(List.of(compiled), of(pattern).describe());
  }

  /** patternmatcher_test.go TestCleanPatterns*: blanks dropped, exceptions seen with surrounding spaces. */
  @Test
  void patternsAreCleanedAndExceptionsSeen() {
    assertEquals(2, of("docs", "config", "").describe().size());
    assertTrue(of("docs", "!docs/README.md").hasExceptions());
    assertTrue(of("docs", "  !docs/README.md").hasExceptions());
    assertTrue(of("docs", "!docs/README.md  ").hasExceptions());
    assertFalse(of("docs", "config").hasExceptions());
  }

  /** ignorefile_test.go TestReadAll. */
  @Test
  void mobyReadAll() {
    List<String> lines = List.of("test1", "/test2", "/a/file/here", "", "lastfile", "# this is a comment",
        "! /inverted/abs/path", "!", "! ");
    assertEquals(List.of("test1", "test2", "a/file/here", "lastfile", "!inverted/abs/path", "!", "!"),
        DockerIgnore.readAll(lines).stream().map(DockerIgnore.Line::pattern).toList());
  }

  @Test
  void aCommentIsOnlyAHashInTheFirstColumn() {
    // "  # x" is the pattern "# x", as in Docker: comments are detected before trimming
    DockerIgnore ignore = of("# *.txt", "  #secret");
    assertFalse(ignore.excludes("a.txt"));
    assertTrue(ignore.excludes("#secret"));
  }

  @Test
  void bangInAClassIsACharacterNotANegation() {
    DockerIgnore ignore = of("v[!a]");
    assertTrue(ignore.excludes("va"));
    assertTrue(ignore.excludes("v!"));
    assertFalse(ignore.excludes("vb"));
  }

  @Test
  void cleaningIsGoFilepathClean() {
    assertEquals("a/c", DockerIgnore.clean("./a//b/../c/"));
    assertEquals("/", DockerIgnore.clean("/../"));
    assertEquals("../a", DockerIgnore.clean("../a"));
    assertEquals(".", DockerIgnore.clean(""));
    assertEquals(".", DockerIgnore.dir("file"));
    assertEquals("dir/dir2/file", DockerIgnore.dir("dir/dir2/file/"));
    assertTrue(of("  /tmp/../secret//key  ").excludes("secret/key"));
  }

  @Test
  void aBadPatternInTheFileNamesItsLine() throws Exception {
    Files.writeString(dir.resolve(".dockerignore"), "# ok\nnode_modules\nlogs/[\n");
    ImageException e = assertThrows(ImageException.class, () -> DockerIgnore.read(dir));
    assertEquals(dir.resolve(".dockerignore") + ":3:1: error: syntax error in pattern 'logs/[' (close every '[' with "
        + "']', and end no pattern with a lone '\\')", e.getMessage());
  }

  @Test
  void aByteOrderMarkAndCarriageReturnsAreNotPartOfPatterns() throws Exception {
    Files.writeString(dir.resolve(".dockerignore"), "\uFEFFsecret\r\nlogs\r\n");
    DockerIgnore ignore = DockerIgnore.read(dir);
    assertTrue(ignore.excludes("secret"));
    assertTrue(ignore.excludes("logs/a"));
  }
}
