package dev.exosphere.bench;

import dev.exosphere.cli.ImagesCommand;
import dev.exosphere.images.DockerEngine;
import dev.exosphere.images.DockerEnvironment;
import dev.exosphere.images.SpaceTweet;
import dev.exosphere.lock.ImageLock;
import dev.exosphere.lock.LockedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Not a test: prints how long {@code exo images push} of SpaceTweet takes against the real engine and registry,
 * cold with {@code --jobs 1}, cold in parallel, and an unchanged re-run. Each cold run pushes to a fresh namespace
 * and first removes the local images of the previous run (by tag), so the daemon's build cache cannot help.
 * Run it with test/bench/images.sh.
 */
public final class ImageBenchmark {
  private ImageBenchmark() {}

  public static void main(String[] args) throws Exception {
    int parallel = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
    Path dir = Files.createTempDirectory("exo-image-bench");
    Path yml = SpaceTweet.copyTo(dir);
    String run = Long.toString(System.currentTimeMillis(), 36);
    try (DockerEngine docker = DockerEngine.connect(DockerEnvironment.dockerHost())) {
      // Warm-up: loads the JVM's and docker-java's classes, so the first timed run is not charged for them.
      push(yml, run + "-warm", parallel);
      removeLocalImages(docker, yml);
      markContexts(yml, run + "-seq");
      double sequential = push(yml, run + "-seq", 1);
      removeLocalImages(docker, yml);
      markContexts(yml, run + "-par");
      double cold = push(yml, run + "-par", parallel);
      double unchanged = push(yml, run + "-par", parallel);
      removeLocalImages(docker, yml);
      System.out.printf("SpaceTweet, %d services, registry %s%n", SpaceTweet.CONTEXTS.size(),
          DockerEnvironment.registry());
      System.out.printf("cold build+push, --jobs 1:  %6.2f s%n", sequential);
      System.out.printf("cold build+push, --jobs %d:  %6.2f s%n", parallel, cold);
      System.out.printf("unchanged re-run, --jobs %d: %6.2f s%n", parallel, unchanged);
    }
  }

  private static double push(Path yml, String namespace, int jobs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ImagesCommand command = new ImagesCommand(SpaceTweet::model, System.getenv(), System.in);
    long start = System.nanoTime();
    int exit = command.run(List.of("push", "--file", yml.toString(), "--registry",
        DockerEnvironment.registry() + "/bench-" + namespace, "--jobs", Integer.toString(jobs),
        "--docker-host", DockerEnvironment.dockerHost()),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    double seconds = (System.nanoTime() - start) / 1e9;
    String summary = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("images: "))
        .findFirst().orElse("(no summary)");
    if (exit != 0) {
      throw new IllegalStateException("push failed: " + err.toString(StandardCharsets.UTF_8));
    }
    System.out.printf("%-14s --jobs %d: %s%n", namespace, jobs, summary);
    return seconds;
  }

  /**
   * Gives every service new content, as new code would: the registry keeps layers by digest across repositories,
   * so without it a "cold" push to a fresh namespace would find every layer already there.
   */
  private static void markContexts(Path yml, String mark) throws java.io.IOException {
    for (String context : SpaceTweet.CONTEXTS.values()) {
      Files.writeString(yml.resolveSibling(context).resolve("rootfs/srv/bench-run"), mark + "\n");
    }
  }

  /** Removes the images the last push built, by the tags the lock records. */
  private static void removeLocalImages(DockerEngine docker, Path yml) {
    for (Map.Entry<String, LockedImage> e : ImageLock.readBeside(yml).orElseThrow().images().entrySet()) {
      docker.removeTag(e.getValue().tag());
    }
  }
}
