package dev.exosphere.images;

import dev.exosphere.lock.LockedImage;
import dev.exosphere.model.Build;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Optional;

/**
 * One service's image: hash its build inputs, then build and push only what the registry (or, for a plain build,
 * the daemon) does not have yet. Never throws: a failure is a {@link ServiceResult} naming the service.
 */
final class ServiceImageJob {
  private final ImagePipeline.Settings settings;
  private final String service;
  private final Build build;
  private final Progress.ServiceProgress progress;

  ServiceImageJob(ImagePipeline.Settings settings, String service, Build build, Progress.ServiceProgress progress) {
    this.settings = settings;
    this.service = service;
    this.build = build;
    this.progress = progress;
  }

  ServiceResult run() {
    String repository = settings.repository(service);
    String tagRef = "";
    boolean built = false;
    try {
      BuildContext context = BuildContext.of(build);
      ContentHash hash = ContentHash.of(context, build);
      tagRef = repository + ":" + hash.tag();
      if (settings.registryClient().isEmpty()) {
        if (settings.docker().hasImage(tagRef)) {
          progress.line("unchanged: " + tagRef + " is already built");
          return new ServiceResult(service, false, false, Optional.empty(), tagRef, 0, Optional.empty());
        }
        buildImage(context, tagRef);
        return new ServiceResult(service, true, false, Optional.empty(), tagRef, 0, Optional.empty());
      }
      RegistryClient registry = settings.registryClient().get();
      String path = settings.registry().orElseThrow().repository(settings.app(), service);
      Optional<String> present = registry.manifestDigest(path, hash.tag());
      if (present.isPresent()) {
        progress.line("unchanged: " + tagRef + " is already in the registry (" + present.get() + ")");
        return new ServiceResult(service, false, false, Optional.of(locked(repository, tagRef, present.get(), hash)),
            tagRef, 0, Optional.empty());
      }
      if (settings.docker().hasImage(tagRef)) {
        progress.line("build: " + tagRef + " is already built locally");
      } else {
        buildImage(context, tagRef);
        built = true;
      }
      progress.line("push: " + tagRef);
      Optional<String> daemonDigest = settings.docker().push(repository, hash.tag(), settings.credentials(), progress);
      String pushedRef = tagRef;
      String digest = registry.manifestDigest(path, hash.tag()).orElseThrow(() -> new ImageException(
          "push ended but registry " + settings.registry().get().host() + " does not have " + pushedRef));
      if (daemonDigest.isPresent() && !daemonDigest.get().equals(digest)) {
        throw new ImageException("the daemon pushed " + daemonDigest.get() + " but the registry now holds "
            + digest + " for " + tagRef + " (another push of the same tag at once?): run again");
      }
      progress.line("pushed " + repository + "@" + digest + " (" + Progress.humanBytes(progress.bytesPushed())
          + " of new layers)");
      return new ServiceResult(service, built, true, Optional.of(locked(repository, tagRef, digest, hash)), tagRef,
          progress.bytesPushed(), Optional.empty());
    } catch (ImageException e) {
      return fail(tagRef, built, e.getMessage());
    } catch (IOException e) {
      return fail(tagRef, built, "cannot read the build context of " + build.context() + ": " + reason(e)
          + " (check that build.context names a readable directory)");
    } catch (RuntimeException e) {
      // Not a user error, but one service's bug must not stop the others: still named, still one line.
      return fail(tagRef, built, "internal error: " + e);
    }
  }

  private void buildImage(BuildContext context, String tagRef) {
    progress.line("build: " + tagRef + " from " + context.root() + " (" + context.dockerfileName() + ")");
    String id = settings.docker().build(context, build.args(), build.target(), tagRef, progress);
    progress.line("built " + tagRef + " (" + id + ")");
  }

  /** A file-system exception's message is only the path: say what is wrong with it, without the class name. */
  private static String reason(IOException e) {
    if (e instanceof FileSystemException f) {
      return f.getFile() + (f.getReason() == null ? " is missing or unreadable" : " (" + f.getReason() + ")");
    }
    return String.valueOf(e.getMessage());
  }

  private ServiceResult fail(String tagRef, boolean built, String message) {
    progress.line("FAILED: " + message);
    return ServiceResult.failed(service, tagRef, built, message);
  }

  private static LockedImage locked(String repository, String tagRef, String digest, ContentHash hash) {
    return new LockedImage(repository + "@" + digest, tagRef, hash.toString());
  }
}
