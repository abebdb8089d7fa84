package dev.exosphere.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.load.FileLimits;
import dev.exosphere.load.LoadResult;
import dev.exosphere.load.ModelLoader;
import dev.exosphere.load.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever the bytes, the loader answers with problems, never an exception or an internal error; whatever the size
 * or kind of file, it answers quickly.
 */
class ModelLoaderRobustnessTest {
  private static final String SAMPLE = """
      name: shop
      version: 1.0.0
      domain: {name: shop.example.com}
      network: {cidr: 10.0.0.0/16, azs: 2, natGateways: per-az}
      clusters:
        public: {instanceType: t3.small, minCapacity: 1, maxCapacity: 3}
      bus: {version: 0.21.3, port: 3100}
      interface: {ports: {80: 3000, 443: 3000}}
      policies: {logging: {level: info, retentionDays: 30}, scaling: {min: 1, max: 2}}
      dependencies:
        mongo: {environment: {A: {ssm: /a}, B: {secret: b, field: f}, C: c}}
      services:
        web:
          type: public
          image: shop/web:1
          interface:
            /: {port: 3000, healthCheck: {path: /h, interval: 30}, hosts: [a.shop.example.com]}
          messages: {sends: [a.b], receives: [b.a]}
          dependencies: [mongo]
          volumes: {v: {source: /a, target: /b}}
        worker: {type: worker, image: shop/w:1, messages: {sends: [b.a], receives: [a.b]}}
      """;
  private static final String NOISE = ":-[]{}&*!|>'\"#%@`,?\t\n  ab1.";

  @TempDir Path dir;

  @Test
  void mutatedFilesNeverBreakTheLoader() throws Exception {
    // GIVEN 1500 seeded mutations of a valid file: characters deleted, inserted, duplicated, and raw bytes
    Random random = new Random(42);
    List<String> internal = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      byte[] bytes = mutate(random).getBytes(StandardCharsets.UTF_8);
      if (i % 50 == 0) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      Path file = dir.resolve("exosphere.yml");
      Files.write(file, bytes);
      // WHEN loaded THEN no internal error, and no model unless there is no error
      LoadResult r = ModelLoader.load(file);
      r.problems().stream().filter(p -> p.message().startsWith("internal error")).forEach(p -> internal.add(p.format()));
      assertEquals(r.hasErrors(), r.model().isEmpty());
    }
    assertEquals(List.of(), internal);
  }

  private static String mutate(Random random) {
    StringBuilder sb = new StringBuilder(SAMPLE);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(sb.length());
      switch (random.nextInt(3)) {
        case 0 -> sb.deleteCharAt(at);
        case 1 -> sb.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
        default -> sb.insert(at, sb.substring(at, Math.min(sb.length(), at + random.nextInt(20))));
      }
    }
    return sb.toString();
  }

  // Hostile files (issue 9, "bounded input"): each is one clear problem at file:line:col, quickly, without running
  // out of memory, blocking or a stack trace. The big inputs are generated here, never committed.

  private static final Duration QUICKLY = Duration.ofSeconds(20);

  private List<String> problems(Path file) {
    LoadResult r = assertTimeoutPreemptively(QUICKLY, () -> ModelLoader.load(file));
    assertTrue(r.model().isEmpty());
    return r.problems().stream().map(Problem::format).toList();
  }

  private Path write(String text) throws Exception {
    return Files.writeString(dir.resolve("exosphere.yml"), text);
  }

  @Test
  void theBillionLaughsStopAtTheValueLimit() throws Exception {
    // GIVEN the classic 9-level alias bomb (a billion values once expanded, under 500 bytes)
    StringBuilder yaml = new StringBuilder("name: shop\nversion: 1\nlol1: &lol1 [" + "lol, ".repeat(9) + "lol]\n");
    for (int level = 2; level <= 9; level++) {
      String prev = "*lol" + (level - 1);
      yaml.append("lol").append(level).append(": &lol").append(level).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(10, prev))).append("]\n");
    }
    Path file = write(yaml.toString());
    // WHEN loaded THEN one problem at the alias that crosses the limit
    List<String> problems = problems(file);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith(file + ":"), problems.get(0));
    assertTrue(problems.get(0).contains("values), the document has more than 100,000 values once aliases are expanded"
        + " (aliases of aliases multiply (an alias bomb?)"), problems.get(0));
  }

  @Test
  void aFewAliasesOfAFewValuesAreFine() throws Exception {
    Path file = write("name: shop\nversion: 1\ndependencies:\n  a: {environment: &env {A: a, B: b}}\n  b: {environment: *env}\n");
    LoadResult r = ModelLoader.load(file);
    assertEquals(List.of(), r.problems());
    assertEquals(r.model().orElseThrow().dependencies().get("a").environment(),
        r.model().orElseThrow().dependencies().get("b").environment());
  }

  @Test
  void tooManyValuesWithoutAliasesAreTheSameLimit() throws Exception {
    Path file = write("name: shop\nversion: 1\nx: [" + "1,".repeat(150_000) + "1]\n");
    List<String> problems = problems(file);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains(": error: x[99996]: the document has more than 100,000 values"), problems.get(0));
  }

  @Test
  void aFileOverOneMebibyteIsRefusedWithItsSizeTheLimitAndTheFix() throws Exception {
    // GIVEN a 3 MiB file of plausible YAML
    Path file = write("name: shop\nversion: 1\n" + "# padding padding padding padding padding padding padding\n"
        .repeat(3 * 1024 * 1024 / 58 + 1));
    long size = Files.size(file);
    // WHEN loaded THEN one problem naming both sizes and the fix, not a syntax hint
    assertEquals(List.of(file + ":1:1: error: the file is 3.0 MiB (" + String.format(java.util.Locale.ROOT, "%,d", size)
        + " bytes), more than the limit of 1.0 MiB (1,048,576 bytes) (check that this is the right file; an "
        + "exosphere.yml is a few KiB, and anchors (&name, *name) shorten repeats)"), problems(file));
  }

  @Test
  void aThreeGibibyteFileIsNeverRead() throws Exception {
    // GIVEN a sparse 3 GiB file (no disk used): reading it whole would run out of memory
    Path file = dir.resolve("exosphere.yml");
    try (var channel = Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE)) {
      channel.position(3L * 1024 * 1024 * 1024 - 1).write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}));
    }
    // WHEN loaded THEN at once, its size and the limit
    assertEquals(List.of(file + ":1:1: error: the file is 3.0 GiB (3,221,225,472 bytes), more than the limit of 1.0 MiB "
        + "(1,048,576 bytes) (check that this is the right file; an exosphere.yml is a few KiB, and anchors (&name, "
        + "*name) shorten repeats)"), problems(file));
  }

  @Test
  void aFileJustUnderTheLimitIsRead() throws Exception {
    String head = "name: shop\nversion: 1\n";
    String pad = "#".repeat(1023) + "\n";
    Path file = write(head + pad.repeat(1023) + "#".repeat(1024 - head.length() - 1) + "\n");
    assertEquals(FileLimits.MAX_FILE_BYTES, Files.size(file));
    LoadResult r = ModelLoader.load(file);
    assertEquals(List.of(), r.problems());
    assertTrue(r.model().isPresent());
  }

  @Test
  void aDeviceIsNotReadAtAll() {
    assertEquals(List.of("/dev/zero:1:1: error: expected a regular file, got a character device, whose bytes may never "
        + "end (name the exosphere.yml file itself; to check generated YAML, write it to a file first)"),
        problems(Path.of("/dev/zero")));
  }

  @Test
  void aNamedPipeDoesNotBlock() throws Exception {
    // GIVEN a FIFO nobody writes to
    Path fifo = dir.resolve("exosphere.yml");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
    // WHEN loaded THEN an answer at once, naming what it is
    assertEquals(List.of(fifo + ":1:1: error: expected a regular file, got a named pipe (FIFO), which would wait for "
        + "a writer (name the exosphere.yml file itself; to check generated YAML, write it to a file first)"),
        problems(fifo));
  }

  @Test
  void aSymbolicLinkLoopIsNotReportedAsMissing() throws Exception {
    Path a = dir.resolve("a.yml");
    Path b = dir.resolve("b.yml");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    List<String> problems = problems(a);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith(a + ":1:1: error: the symbolic links loop ("), problems.get(0));
    assertTrue(problems.get(0).endsWith("(point the link at a real file; 'ls -l' shows where each link leads)"),
        problems.get(0));
  }

  @Test
  void aDanglingLinkSaysWhereItPoints() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("exosphere.yml"), dir.resolve("gone.yml"));
    assertEquals(List.of(link + ":1:1: error: the symbolic link points to " + dir.resolve("gone.yml")
        + ", which does not exist (fix the link, or name the file it should point to)"), problems(link));
  }

  @Test
  void aTenThousandCharacterKeyIsReportedAsTooLong() throws Exception {
    Path file = write("name: shop\nversion: 1\nservices:\n  " + "k".repeat(10_000) + ": {type: worker}\n");
    assertEquals(List.of(file + ":4:3: error: the key 'kkkkkkkkkkkkkkkkkkkk...' is 10,000 characters long, "
        + "more than the limit of 256 (keys of exosphere.yml are names; shorten it, or check for a missing ':' or "
        + "newline)"), problems(file));
  }

  @Test
  void aKeyOverTheLimitThatYamlAcceptsIsReportedAlike() throws Exception {
    Path file = write("name: shop\nversion: 1\nservices:\n  " + "k".repeat(300) + ": {type: worker}\n");
    assertEquals(List.of(file + ":4:3: error: services: the key 'kkkkkkkkkkkkkkkkkkkk...' is 300 characters long, "
        + "more than the limit of 256 (keys of exosphere.yml are names; shorten it, or check for a missing ':' or "
        + "newline)"), problems(file));
  }

  @Test
  void aLongValueOfTheWrongKindIsRepeatedShortened() throws Exception {
    // GIVEN a 5,000-character string where a mapping belongs WHEN loaded THEN the error repeats 97 of them
    Path file = write("name: shop\nversion: 1\nservices:\n  web: " + "w".repeat(5_000) + "\n");
    List<String> problems = problems(file);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith(file + ":4:8: error: services.web: expected a mapping with keys "),
        problems.get(0));
    assertTrue(problems.get(0).endsWith(", got a string '" + "w".repeat(97)
        + "... (5000 characters)' (write 'key: value' pairs indented under it)"), problems.get(0));
  }

  @Test
  void aHugeValueIsReportedWithItsLength() throws Exception {
    Path file = write("name: shop\nversion: 1\ndescription: " + "v".repeat(70_000) + "\n");
    assertEquals(List.of(file + ":3:14: error: description: the value is 70,000 characters long, more than the limit "
        + "of 65,536 (keep large content out of exosphere.yml, e.g. in SSM parameters or secrets it refers to)"),
        problems(file));
  }

  @Test
  void deepNestingStopsAtTheDepthLimit() throws Exception {
    Path file = write("name: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
    assertEquals(List.of(file + ":1:56: error: name[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]"
        + "[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: mappings and lists nest "
        + "more than 50 levels deep here (exosphere.yml never nests this deep; check the brackets and the indentation)"),
        problems(file));
  }

  @Test
  void bytesAreReadAsUtf8WithinTheLimit() throws Exception {
    // the limit counts bytes: 600,000 two-byte characters are over it
    Path file = dir.resolve("exosphere.yml");
    Files.write(file, ("name: shop\n# " + "é".repeat(600_000) + "\n").getBytes(StandardCharsets.UTF_8));
    assertTrue(problems(file).get(0).contains("more than the limit of 1.0 MiB"));
  }
}
