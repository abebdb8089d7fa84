package dev.exosphere.model;

import java.util.Objects;

/**
 * A host bind mount, Ailtire's {@code volumes: {docker: {source, target}}}.
 *
 * @param name     its key
 * @param source   absolute path on the EC2 host
 * @param target   absolute path in the container
 * @param readOnly default false
 */
public record Volume(String name, String source, String target, boolean readOnly) {
  public Volume {
    Objects.requireNonNull(name, "Volume.name");
    Objects.requireNonNull(source, "Volume.source");
    Objects.requireNonNull(target, "Volume.target");
  }
}
