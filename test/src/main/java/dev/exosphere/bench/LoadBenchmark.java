package dev.exosphere.bench;

import dev.exosphere.load.LoadResult;
import dev.exosphere.load.ModelLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How long {@code exo validate}'s loading takes with environments: each environment is checked as a whole
 * application, so time grows with their number. Generated apps of N services (without a domain, so that the
 * environments need none of their own), with 0, 2 and 20 environments each changing one service. A measurement,
 * not a test: it prints a table and asserts nothing.
 * Usage: {@code java -cp <test classpath> dev.exosphere.bench.LoadBenchmark [dir]}
 */
public final class LoadBenchmark {
  private static final int WARMUP = 5;
  private static final int RUNS = 20;

  private LoadBenchmark() {}

  static String yaml(int services, int environments) {
    StringBuilder sb = new StringBuilder(AppGenerator.yaml(services).replace("domain: bench.example.com\n", ""));
    if (environments > 0) {
      sb.append("environments:\n");
      for (int e = 0; e < environments; e++) {
        sb.append("  e").append(e).append(": {services: {svc-0000: {replicas: ").append(e + 1).append("}}}\n");
      }
    }
    return sb.toString();
  }

  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"), "exo-load-bench"));
    System.out.printf("%-10s %13s %12s%n", "services", "environments", "ms_per_load");
    for (int services : new int[] {10, 150, 500}) {
      for (int environments : new int[] {0, 2, 20}) {
        Path file = Files.writeString(dir.resolve("exosphere-" + services + "-" + environments + ".yml"), yaml(services, environments));
        for (int i = 0; i < WARMUP; i++) {
          check(ModelLoader.load(file));
        }
        long start = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
          check(ModelLoader.load(file));
        }
        double ms = (System.nanoTime() - start) / 1e6 / RUNS;
        System.out.printf(Locale.ROOT, "%-10d %13d %12.1f%n", services, environments, ms);
      }
    }
  }

  private static void check(LoadResult r) {
    if (r.hasErrors()) {
      throw new IllegalStateException(r.file() + ": " + r.errors());
    }
  }
}
