package dev.exosphere.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Where and as whom {@code exo status} and {@code exo logs} call AWS: the SDK's standard chains (environment,
 * system properties, profile with SSO, container and instance roles for credentials), narrowed by the options.
 *
 * @param profile  {@code --profile}; empty: {@code AWS_PROFILE}, else {@code default}
 * @param region   {@code --region}, else the application's {@code region}; empty: the SDK's chain
 * @param endpoint {@code --endpoint-url} (a local endpoint such as moto); empty: AWS's (or {@code AWS_ENDPOINT_URL})
 */
public record AwsSettings(Optional<String> profile, Optional<String> region, Optional<URI> endpoint) {
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

  /** The region: given, else environment and profile (never the instance metadata service: no wait off EC2). */
  public Region resolveRegion() {
    if (region.isPresent()) {
      return Region.of(region.get());
    }
    try {
      AwsProfileRegionProvider fromProfile = profile.map(p -> new AwsProfileRegionProvider(null, p))
          .orElseGet(AwsProfileRegionProvider::new);
      return new AwsRegionProviderChain(new SystemSettingsRegionProvider(), fromProfile).getRegion();
    } catch (SdkClientException e) {
      throw new AwsException("no AWS region: pass --region, set region in exosphere.yml, or set AWS_REGION "
          + "(or region in your AWS profile)");
    }
  }

  AwsCredentialsProvider credentials() {
    DefaultCredentialsProvider.Builder b = DefaultCredentialsProvider.builder();
    profile.ifPresent(b::profileName);
    return b.build();
  }

  SdkHttpClient httpClient() {
    return ApacheHttpClient.builder().connectionTimeout(CONNECT_TIMEOUT).socketTimeout(CALL_TIMEOUT).build();
  }

  ClientOverrideConfiguration overrides() {
    return ClientOverrideConfiguration.builder().apiCallTimeout(CALL_TIMEOUT).build();
  }
}
