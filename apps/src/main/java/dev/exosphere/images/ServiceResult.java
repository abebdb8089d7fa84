package dev.exosphere.images;

import dev.exosphere.lock.LockedImage;
import java.util.Optional;

/**
 * What the pipeline did for one service.
 *
 * @param service     the service's name
 * @param built       whether its image was built now
 * @param pushed      whether its image was pushed now
 * @param image       for a push: the image now in the registry, pinned by digest; empty for a build or a failure
 * @param tag         the image reference by tag (empty when it failed before the tag was known)
 * @param bytesPushed bytes of layers pushed now
 * @param error       why it failed; empty on success
 */
public record ServiceResult(
    String service,
    boolean built,
    boolean pushed,
    Optional<LockedImage> image,
    String tag,
    long bytesPushed,
    Optional<String> error) {

  static ServiceResult failed(String service, String tag, boolean built, String error) {
    return new ServiceResult(service, built, false, Optional.empty(), tag, 0, Optional.of(error));
  }

  public boolean failed() {
    return error.isPresent();
  }

  /** Nothing was built or pushed: the registry (or, for a build, the daemon) already had it. */
  public boolean unchanged() {
    return !failed() && !built && !pushed;
  }
}
