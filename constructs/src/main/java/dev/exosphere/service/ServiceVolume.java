package dev.exosphere.service;

/**
 * A host bind mount.
 *
 * @param name          its name in the task definition
 * @param hostPath      absolute path on the EC2 instance
 * @param containerPath absolute path in the container
 * @param readOnly      mounted read-only
 */
public record ServiceVolume(String name, String hostPath, String containerPath, boolean readOnly) {}
