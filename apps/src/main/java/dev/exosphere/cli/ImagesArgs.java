package dev.exosphere.cli;

import dev.exosphere.images.DockerHost;
import dev.exosphere.images.DockerTimeouts;
import dev.exosphere.images.ImageException;
import dev.exosphere.images.RegistryTarget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** What {@code exo images build} and {@code exo images push} take, as picocli reads it. */
final class ImagesArgs {
  @Mixin
  FileArgument file;

  @Option(names = "--registry", paramLabel = "HOST[/NS]", converter = RegistryConverter.class,
      description = "Where to push, e.g. 127.0.0.1:5000 or <acct>.dkr.ecr.<region>.amazonaws.com/team.")
  RegistryTarget registry;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Services built at once (default: the number of cores).")
  Integer jobs;

  @Option(names = "--service", paramLabel = "NAME",
      description = "Only this service (repeatable; default: every service with 'build').")
  List<String> services = new ArrayList<>();

  @Option(names = "--username", paramLabel = "USER",
      description = "Registry login (default: $EXO_REGISTRY_USERNAME, then ~/.docker/config.json).")
  String username;

  @Option(names = "--password", paramLabel = "PASSWORD", description = "(default: $EXO_REGISTRY_PASSWORD)")
  String password;

  @Option(names = "--password-stdin",
      description = "Read the password from standard input (ECR: aws ecr get-login-password | ...).")
  boolean passwordStdin;

  @Option(names = "--docker-host", paramLabel = "URL", converter = DockerHostConverter.class,
      description = "The Docker daemon (default: $DOCKER_HOST, then " + "unix:///var/run/docker.sock).")
  String dockerHost;

  @Option(names = "--build-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Longest one image build may take, e.g. 45m (default: $" + DockerTimeouts.BUILD_ENV + ", then 30m).")
  Duration buildTimeout;

  @Option(names = "--push-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Longest one image push may take (default: $" + DockerTimeouts.PUSH_ENV + ", then 30m).")
  Duration pushTimeout;

  @Option(names = "--docker-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Longest a short call to the daemon (ping, inspect) may take (default: $"
          + DockerTimeouts.CALL_ENV + ", then 60s).")
  Duration dockerTimeout;

  /** The options checked as a whole; usage errors name the command. */
  ImagesOptions options(ExoCommand command, boolean push, Map<String, String> env) {
    if (push && registry == null) {
      throw command.usage("push needs --registry HOST[/NAMESPACE], e.g. --registry 127.0.0.1:5000");
    }
    if (passwordStdin && password != null) {
      throw command.usage("--password and --password-stdin exclude each other");
    }
    int n = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    if (n < 1) {
      throw command.usage("--jobs " + n + " is invalid: expected a whole number of at least 1");
    }
    DockerTimeouts timeouts;
    try {
      timeouts = DockerTimeouts.of(Optional.ofNullable(buildTimeout), Optional.ofNullable(pushTimeout),
          Optional.ofNullable(dockerTimeout), env);
    } catch (ImageException e) {
      throw command.usage(e.getMessage());
    }
    return new ImagesOptions(push, file.file(command, FileArgument.DEFAULT), Optional.ofNullable(registry), n,
        Set.copyOf(services), Optional.ofNullable(username), Optional.ofNullable(password), passwordStdin,
        Optional.ofNullable(dockerHost), timeouts);
  }

  static final class RegistryConverter implements ITypeConverter<RegistryTarget> {
    @Override
    public RegistryTarget convert(String value) {
      try {
        return RegistryTarget.parse(value);
      } catch (ImageException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class DockerHostConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      try {
        return DockerHost.check(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("--docker-host '" + value + "' is invalid: " + e.getMessage());
      }
    }
  }

  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return DockerTimeouts.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' is invalid: " + e.getMessage());
      }
    }
  }
}
