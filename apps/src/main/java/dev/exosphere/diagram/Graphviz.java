package dev.exosphere.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Renders DOT text with Graphviz's {@code dot} (Debian's {@code graphviz} package): no shell, arguments as a list. */
public final class Graphviz {
  static final long TIMEOUT_SECONDS = 120;

  private Graphviz() {}

  /** {@code format}: {@code svg} or {@code png}. Throws {@link DiagramException} when dot is missing or fails. */
  public static byte[] render(String dot, String format) {
    Process p;
    try {
      p = new ProcessBuilder(List.of("dot", "-T" + format)).start();
    } catch (IOException e) {
      throw new DiagramException("Graphviz's dot is not installed (" + e.getMessage() + "): install it "
          + "(apt-get install graphviz, brew install graphviz), or use --format dot or mermaid");
    }
    try {
      CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
      CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
      try (OutputStream in = p.getOutputStream()) {
        in.write(dot.getBytes(StandardCharsets.UTF_8));
      }
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new DiagramException("dot did not finish within " + TIMEOUT_SECONDS + "s");
      }
      if (p.exitValue() != 0) {
        String why = new String(err.join(), StandardCharsets.UTF_8).strip();
        throw new DiagramException("dot failed (exit " + p.exitValue() + "): " + why.lines().findFirst().orElse(""));
      }
      return out.join();
    } catch (IOException e) {
      throw new DiagramException("cannot run dot: " + e.getMessage());
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new DiagramException("interrupted while dot was rendering");
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }
}
