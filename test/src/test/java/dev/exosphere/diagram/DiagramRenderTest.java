package dev.exosphere.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.exosphere.cli.Exo;
import dev.exosphere.load.ModelLoader;
import dev.exosphere.model.ExoModel;
import dev.exosphere.model.Service;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code exo diagram} rendered by the real Graphviz: the example app's picture names every service and flow. */
class DiagramRenderTest {
  private static final Path SPACE_TWEET = Path.of("src", "space-tweet", "exosphere.yml");

  @TempDir Path dir;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** Graphviz is installed by CI (scripts/lib/setup.sh setup_graphviz): missing, the tests FAIL with how to get it. */
  @BeforeAll
  static void graphviz() {
    try {
      Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      if (p.waitFor() != 0) {
        fail("'dot -V' failed: reinstall Graphviz (apt-get install graphviz)");
      }
    } catch (Exception e) {
      fail("Graphviz's dot is not installed (" + e.getMessage() + "): run 'bash scripts/test' (setup_graphviz) "
          + "or 'apt-get install graphviz'");
    }
  }

  private int exo(String... args) {
    return Exo.standard().run(List.of(args), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void svgOfSpaceTweetNamesEveryServiceMessageHostAndDependency() throws Exception {
    // GIVEN SpaceTweet WHEN drawn as SVG by dot
    Path svg = dir.resolve("space-tweet.svg");
    assertEquals(0, exo("diagram", "-f", SPACE_TWEET.toString(), "--format", "svg", "-o", svg.toString()),
        err.toString(StandardCharsets.UTF_8));
    String text = Files.readString(svg);
    ExoModel model = ModelLoader.load(SPACE_TWEET).orThrow();
    // THEN each service, each message it sends to a receiver, each host and each dependency is text in the picture
    assertTrue(text.startsWith("<?xml"), text);
    for (Service s : model.services().values()) {
      assertTrue(text.contains(">" + s.name() + "</text>"), s.name());
      for (String m : s.messages().sends()) {
        boolean received = model.services().values().stream().anyMatch(r -> r.messages().receives().contains(m));
        assertEquals(received, text.contains(">" + m + "</text>"), m);
      }
    }
    model.services().values().stream().flatMap(s -> s.routes().values().stream()).flatMap(r -> r.hosts().stream())
        .forEach(h -> assertTrue(text.contains(">" + h + "</text>"), h));
    assertTrue(text.contains(">/ \u2192 :3000</text>"), text); // web's route
    assertTrue(text.contains(">mongo</text>") && text.contains(">ExoCom</text>"), text);
  }

  @Test
  void pngIsAPictureAndTheSameYamlDrawsTheSameDot() throws Exception {
    // WHEN drawn as PNG, and twice as DOT
    Path png = dir.resolve("a.png");
    assertEquals(0, exo("diagram", "-f", SPACE_TWEET.toString(), "--format", "png", "-o", png.toString()));
    Path dot1 = dir.resolve("1.dot");
    Path dot2 = dir.resolve("2.dot");
    exo("diagram", "-f", SPACE_TWEET.toString(), "--format", "dot", "-o", dot1.toString());
    exo("diagram", "-f", SPACE_TWEET.toString(), "--format", "dot", "-o", dot2.toString());
    // THEN a PNG file, and byte-identical DOT
    byte[] head = Arrays.copyOf(Files.readAllBytes(png), 8);
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, head);
    assertArrayEquals(Files.readAllBytes(dot1), Files.readAllBytes(dot2));
  }

  @Test
  void aBrokenFileIsReportedAsValidateReportsIt() throws Exception {
    // GIVEN a file with an error WHEN drawn THEN exit 1 and the file:line:col line, nothing written
    Path bad = Files.writeString(dir.resolve("exosphere.yml"), "name: x\nversion: 1\nservices: 3\n");
    Path out = dir.resolve("x.svg");
    assertEquals(1, exo("diagram", "-f", bad.toString(), "-o", out.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(bad + ":3:"), err.toString(StandardCharsets.UTF_8));
    assertTrue(!Files.exists(out));
  }
}
