package dev.exosphere.cli;

import dev.exosphere.images.DockerTimeouts;
import dev.exosphere.images.RegistryTarget;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The options of {@code exo images build|push}, checked.
 *
 * @param push          {@code push} (true) or {@code build} (false)
 * @param file          the application's {@code exosphere.yml}; default {@code ./exosphere.yml}
 * @param registry      {@code --registry host[/namespace]}; required for push
 * @param jobs          {@code --jobs N}, services built at once; default the number of cores
 * @param services      {@code --service NAME}, repeatable; default every service with {@code build}
 * @param username      {@code --username}; default {@code EXO_REGISTRY_USERNAME}, then {@code ~/.docker/config.json}
 * @param password      {@code --password}; default {@code EXO_REGISTRY_PASSWORD}
 * @param passwordStdin {@code --password-stdin}: read the password from standard input (ECR's token)
 * @param dockerHost    {@code --docker-host}; default {@code DOCKER_HOST}, then the local socket
 * @param timeouts      {@code --build-timeout}, {@code --push-timeout}, {@code --docker-timeout}
 */
public record ImagesOptions(
    boolean push,
    Path file,
    Optional<RegistryTarget> registry,
    int jobs,
    Set<String> services,
    Optional<String> username,
    Optional<String> password,
    boolean passwordStdin,
    Optional<String> dockerHost,
    DockerTimeouts timeouts) {}
