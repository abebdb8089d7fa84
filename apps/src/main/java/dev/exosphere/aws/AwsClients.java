package dev.exosphere.aws;

import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;

/** The AWS clients of one command, sharing one HTTP client, region, credentials and endpoint. */
public final class AwsClients implements AutoCloseable {
  private final AwsSettings settings;
  private final Region region;
  private final SdkHttpClient http;
  private final CloudFormationClient cloudFormation;
  private final EcsClient ecs;
  private final ElasticLoadBalancingV2Client elb;
  private final CloudWatchLogsClient logs;

  public AwsClients(AwsSettings settings) {
    this.settings = settings;
    this.region = settings.resolveRegion();
    this.http = settings.httpClient();
    this.cloudFormation = configure(CloudFormationClient.builder()).build();
    this.ecs = configure(EcsClient.builder()).build();
    this.elb = configure(ElasticLoadBalancingV2Client.builder()).build();
    this.logs = configure(CloudWatchLogsClient.builder()).build();
  }

  private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder) {
    builder.region(region).credentialsProvider(settings.credentials()).httpClient(http)
        .overrideConfiguration(settings.overrides());
    settings.endpoint().ifPresent(builder::endpointOverride);
    return builder;
  }

  public Region region() {
    return region;
  }

  /** Where calls go, for error messages: the endpoint given, else the region. */
  public String where() {
    return settings.endpoint().map(e -> region + " at " + e).orElse(region.id());
  }

  public CloudFormationClient cloudFormation() {
    return cloudFormation;
  }

  public EcsClient ecs() {
    return ecs;
  }

  public ElasticLoadBalancingV2Client elb() {
    return elb;
  }

  public CloudWatchLogsClient logs() {
    return logs;
  }

  @Override
  public void close() {
    cloudFormation.close();
    ecs.close();
    elb.close();
    logs.close();
    http.close();
  }
}
