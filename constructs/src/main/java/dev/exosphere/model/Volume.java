package dev.exosphere.model;

/**
 * A host bind mount, Ailtire's {@code volumes: {docker: {source, target}}}.
 *
 * @param name     its key
 * @param source   absolute path on the EC2 host
 * @param target   absolute path in the container
 * @param readOnly default false
 */
public record Volume(String name, String source, String target, boolean readOnly) {}
