package dev.exosphere.lock;

import java.util.Objects;

/**
 * One service's pushed image, as pinned in {@code exo-images.lock.json}.
 *
 * @param image       the reference pinned by the registry's manifest digest,
 *                    e.g. {@code 127.0.0.1:5000/space-tweet-web@sha256:...}
 * @param tag         the reference by tag that was pushed, e.g. {@code 127.0.0.1:5000/space-tweet-web:3f2a...}
 * @param contentHash {@code sha256:<hex>} of the build context, Dockerfile, args and target the image was built from
 */
public record LockedImage(String image, String tag, String contentHash) {
  public LockedImage {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(contentHash, "contentHash");
  }

  /** The registry's manifest digest, {@code sha256:...}: the part of {@link #image()} after {@code @}. */
  public String digest() {
    return image.substring(image.indexOf('@') + 1);
  }
}
