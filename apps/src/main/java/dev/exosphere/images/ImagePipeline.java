package dev.exosphere.images;

import dev.exosphere.lock.ImageLock;
import dev.exosphere.model.ExoModel;
import dev.exosphere.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Builds (and, given a registry, pushes) the image of every {@code build} service of an application, in parallel,
 * then pins the pushed ones by digest in {@code exo-images.lock.json}. One service failing never stops the others;
 * the lock is updated only for the services that succeeded.
 */
public final class ImagePipeline {
  /**
   * What every job shares.
   *
   * @param app            the application's name (repositories are {@code <app>-<service>})
   * @param registry       where to push; empty: build only, tagged {@code <app>-<service>:<hash>}
   * @param registryClient the registry's HTTP API; present exactly when {@code registry} is
   * @param credentials    the login for the registry, if any
   * @param docker         the Docker engine
   */
  record Settings(String app, Optional<RegistryTarget> registry, Optional<RegistryClient> registryClient,
      Optional<Credentials> credentials, DockerEngine docker) {

    String repository(String service) {
      return registry.map(r -> r.reference(r.repository(app, service))).orElse(app + "-" + service);
    }
  }

  private final DockerEngine docker;
  private final Optional<RegistryTarget> registry;
  private final Optional<Credentials> credentials;
  private final int jobs;

  /**
   * @param docker      the Docker engine
   * @param registry    where to push; empty for {@code exo images build}
   * @param credentials the registry login, if any
   * @param jobs        how many services are built at once (at least 1)
   */
  public ImagePipeline(DockerEngine docker, Optional<RegistryTarget> registry, Optional<Credentials> credentials,
      int jobs) {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1, was " + jobs);
    }
    this.docker = docker;
    this.registry = registry;
    this.credentials = credentials;
    this.jobs = jobs;
  }

  /**
   * Runs over {@code services} of {@code model} (every {@code build} service when empty). With a registry, the
   * lock beside the model's file is then rewritten with the services that are now in the registry.
   *
   * @throws ImageException when the lock is malformed (before any work) or cannot be written
   */
  public ImagesReport run(ExoModel model, Set<String> services, Progress progress) {
    List<Service> selected = model.services().values().stream()
        .filter(s -> s.build().isPresent())
        .filter(s -> services.isEmpty() || services.contains(s.name()))
        .toList();
    Optional<ImageLock> before = registry.isPresent() ? Optional.of(readLock(model)) : Optional.empty();
    Settings settings = new Settings(model.name(), registry,
        registry.map(r -> new RegistryClient(r, credentials)), credentials, docker);
    List<ServiceResult> results = runAll(selected, settings, progress);
    before.ifPresent(lock -> updateLock(model, lock, results));
    return new ImagesReport(results);
  }

  private List<ServiceResult> runAll(List<Service> services, Settings settings, Progress progress) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, Math.max(1, services.size())), r -> {
      Thread t = new Thread(r, "exo-images");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<ServiceResult>> futures = new ArrayList<>();
      for (Service s : services) {
        ServiceImageJob job = new ServiceImageJob(settings, s.name(), s.build().orElseThrow(),
            progress.forService(s.name()));
        futures.add(pool.submit(job::run));
      }
      List<ServiceResult> results = new ArrayList<>();
      for (Future<ServiceResult> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImageException("interrupted while building images");
    } catch (ExecutionException e) {
      throw new IllegalStateException("a service job threw although it reports its failures", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static ImageLock readLock(ExoModel model) {
    return ImageLock.readBeside(model.file()).orElse(ImageLock.empty());
  }

  /** Pins what is now in the registry; failed services keep their previous entry; removed services lose theirs. */
  private static void updateLock(ExoModel model, ImageLock before, List<ServiceResult> results) {
    ImageLock lock = before;
    for (ServiceResult r : results) {
      if (r.image().isPresent()) {
        lock = lock.with(r.service(), r.image().get());
      }
    }
    Set<String> buildServices = model.services().values().stream()
        .filter(s -> s.build().isPresent())
        .map(Service::name)
        .collect(Collectors.toSet());
    lock = lock.retainOnly(buildServices);
    boolean exists = java.nio.file.Files.exists(ImageLock.pathBeside(model.file()));
    if (!lock.equals(before) || (!exists && !lock.images().isEmpty())) {
      lock.writeBeside(model.file());
    }
  }
}
