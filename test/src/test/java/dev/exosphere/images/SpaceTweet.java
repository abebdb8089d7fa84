package dev.exosphere.images;

import dev.exosphere.model.Build;
import dev.exosphere.model.Bus;
import dev.exosphere.model.ClusterSpec;
import dev.exosphere.model.Clusters;
import dev.exosphere.model.Domain;
import dev.exosphere.model.ExoModel;
import dev.exosphere.model.Gateway;
import dev.exosphere.model.Messages;
import dev.exosphere.model.NatGateways;
import dev.exosphere.model.Network;
import dev.exosphere.model.Policies;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The example app src/space-tweet, copied to a temporary folder (so the repository is never modified and the lock
 * is written there), and its model built by hand: the YAML loader is not on this branch.
 */
public final class SpaceTweet {
  /** Its services with {@code build}, and their context folders. */
  public static final Map<String, String> CONTEXTS = Map.of(
      "web", "web", "users", "users-service", "tweets", "tweets-service", "notifier", "notifier-worker");

  private SpaceTweet() {}

  /** The repository root (surefire runs in it; the benchmark is started from it). */
  public static Path repo() {
    return Path.of(System.getProperty("exo.repo", ".")).toAbsolutePath().normalize();
  }

  /** Copies src/space-tweet into {@code into} (symlinks kept as links) and returns the copy's exosphere.yml. */
  public static Path copyTo(Path into) throws IOException {
    Path source = repo().resolve("src/space-tweet");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path from : files.toList()) {
        Path to = into.resolve(source.relativize(from).toString());
        if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return into.resolve("exosphere.yml");
  }

  /** The model of the copy at {@code exosphereYml}, as the loader would read it (build contexts resolved). */
  public static ExoModel model(Path exosphereYml) {
    Path dir = exosphereYml.toAbsolutePath().getParent();
    SortedMap<String, Service> services = new TreeMap<>();
    services.put("web", service("web", ServiceType.PUBLIC, dir, 256));
    services.put("users", service("users", ServiceType.PRIVATE, dir, 256));
    services.put("tweets", service("tweets", ServiceType.PRIVATE, dir, 256));
    services.put("notifier", service("notifier", ServiceType.WORKER, dir, 128));
    ClusterSpec cluster = new ClusterSpec("t3.small", 1, 3, OptionalInt.empty());
    return new ExoModel(exosphereYml.toAbsolutePath(), "space-tweet", "0.1.0", Optional.empty(), Optional.empty(),
        Optional.of(new Domain("spacetweet.example.com", Optional.empty(), Optional.empty())),
        new Network("10.0.0.0/16", 2, NatGateways.SINGLE, Optional.empty()),
        new Clusters(cluster, cluster),
        new Bus(Bus.DEFAULT_VERSION, Optional.empty(), Bus.DEFAULT_PORT, Bus.DEFAULT_INSTANCE_TYPE, 256, 256),
        new Gateway(new TreeMap<>(Map.of(80, 3000, 443, 3000))),
        Policies.none(), new TreeMap<>(), services);
  }

  private static Service service(String name, ServiceType type, Path dir, int memory) {
    Path context = dir.resolve(CONTEXTS.get(name));
    Build build = new Build(context, context.resolve("Dockerfile"), new TreeMap<>(), Optional.empty());
    return new Service(name, type, Optional.empty(), Optional.of(build), new TreeMap<>(), new TreeMap<>(),
        new TreeMap<>(), Service.DEFAULT_CPU, memory, 1, Optional.empty(), Messages.none(), List.of(), new TreeMap<>(),
        Policies.none());
  }
}
