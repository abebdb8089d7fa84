package dev.exosphere.cli;

import dev.exosphere.aws.AwsSettings;
import dev.exosphere.aws.StackNames;
import dev.exosphere.model.ExoModel;
import java.net.URI;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Which deployment {@code exo status} and {@code exo logs} look at, and through which AWS account and endpoint. */
final class AwsOptions {
  @Option(names = "--env", paramLabel = "ENV",
      description = "The environment: its stack is <app>-<ENV> (default: the stack <app>).")
  String env;

  @Option(names = "--profile", paramLabel = "NAME",
      description = "The AWS profile (SSO profiles too; default: AWS_PROFILE, else default).")
  String profile;

  @Option(names = "--region", paramLabel = "REGION",
      description = "The AWS region (default: the file's region, else AWS_REGION, else the profile's).")
  String region;

  @Option(names = "--endpoint-url", paramLabel = "URL",
      description = "Send every AWS call to URL (a local endpoint such as moto; default: AWS's).")
  URI endpoint;

  String stackName(ExoModel model) {
    return StackNames.of(model.name(), Optional.ofNullable(env));
  }

  AwsSettings settings(ExoCommand command, ExoModel model) {
    if (endpoint != null && (endpoint.getScheme() == null || endpoint.getHost() == null)) {
      throw command.usage("--endpoint-url " + endpoint + " is not a URL (expected e.g. http://127.0.0.1:5001)");
    }
    if (env != null && !env.matches("[a-z0-9][a-z0-9-]*")) {
      throw command.usage("--env " + env + ": expected lower-case letters, digits and hyphens (e.g. staging)");
    }
    return new AwsSettings(Optional.ofNullable(profile), Optional.ofNullable(region).or(model::region),
        Optional.ofNullable(endpoint));
  }
}
