package dev.exosphere.operate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;

/**
 * An application "deployed" into moto the way exo-cdk deploys it: a root stack with the clusters, the ExoCom
 * service, the load balancer and a target group, and a nested stack (its template in moto's S3) with the {@code web}
 * service, its task definition (family {@code <app>-web}, awslogs with prefix {@code <app>}) and its log group.
 * Logical ids are those ExoApplication gives, so the tests read what a real deployment shows.
 */
final class MotoApp {
  final URI endpoint;
  final String app;
  final CloudFormationClient cfn;
  final EcsClient ecs;
  final Ec2Client ec2;
  final ElasticLoadBalancingV2Client elb;
  final CloudWatchLogsClient logs;

  MotoApp(URI endpoint, String prefix) {
    this.endpoint = endpoint;
    this.app = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    StaticCredentialsProvider creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));
    Region region = Region.of(AwsEndpoint.REGION);
    SdkHttpClient http = ApacheHttpClient.create();
    cfn = CloudFormationClient.builder().httpClient(http).endpointOverride(endpoint).region(region).credentialsProvider(creds).build();
    ecs = EcsClient.builder().httpClient(http).endpointOverride(endpoint).region(region).credentialsProvider(creds).build();
    ec2 = Ec2Client.builder().httpClient(http).endpointOverride(endpoint).region(region).credentialsProvider(creds).build();
    elb = ElasticLoadBalancingV2Client.builder().httpClient(http).endpointOverride(endpoint).region(region).credentialsProvider(creds)
        .build();
    logs = CloudWatchLogsClient.builder().httpClient(http).endpointOverride(endpoint).region(region).credentialsProvider(creds).build();
  }

  /** The application's exosphere.yml in {@code dir}: what exo status reads for the name. */
  Path yaml(Path dir) throws Exception {
    return Files.writeString(dir.resolve("exosphere.yml"), """
        name: %s
        version: 1.0.0
        services:
          web:
            type: public
            image: nginx:1.27
            interface: {/: {port: 3000}}
        """.formatted(app));
  }

  /** Creates the stacks (moto creates synchronously); {@code stack} is the root stack's name. */
  void deploy(String stack) throws Exception {
    String bucket = app + "-templates";
    put(bucket, null);
    put(bucket + "/services.json", NESTED.formatted(app, app, app));
    cfn.createStack(r -> r.stackName(stack).templateBody(ROOT.formatted(app, bucket)));
  }

  private void put(String path, String body) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint.resolve("/" + path))
        .PUT(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("S3 PUT " + path + ": " + r.statusCode() + " " + r.body());
    }
  }

  /** Every resource of the root and its nested stack. */
  List<StackResourceSummary> resources(String stack) {
    List<StackResourceSummary> root = cfn.listStackResources(r -> r.stackName(stack)).stackResourceSummaries();
    String nested = physical(root, "AWS::CloudFormation::Stack");
    return java.util.stream.Stream.concat(root.stream(),
        cfn.listStackResources(r -> r.stackName(nested)).stackResourceSummaries().stream()).toList();
  }

  static String physical(List<StackResourceSummary> resources, String type) {
    return resources.stream().filter(r -> r.resourceType().equals(type)).findFirst().orElseThrow()
        .physicalResourceId();
  }

  static String physical(List<StackResourceSummary> resources, String type, String logicalPrefix) {
    return resources.stream().filter(r -> r.resourceType().equals(type) && r.logicalResourceId()
        .startsWith(logicalPrefix)).findFirst().orElseThrow().physicalResourceId();
  }

  /** The tasks all run: ECS (in moto) counts a service's tasks as running once its desired count is set. */
  void runAllTasks(String stack) {
    List<StackResourceSummary> all = resources(stack);
    for (StackResourceSummary s : all) {
      if (s.resourceType().equals("AWS::ECS::Service")) {
        String arn = s.physicalResourceId();
        String cluster = arn.split("/")[1];
        int desired = ecs.describeServices(r -> r.cluster(cluster).services(arn)).services().get(0).desiredCount();
        ecs.updateService(r -> r.cluster(cluster).service(arn).desiredCount(desired));
      }
    }
  }

  /** One EC2 instance joined to each cluster and registered in the target group; returns the instance's id. */
  String addInstances(String stack) {
    List<StackResourceSummary> all = resources(stack);
    String instance = ec2.runInstances(r -> r.imageId("ami-12c6146b").minCount(1).maxCount(1)
        .instanceType("t3.small")).instances().get(0).instanceId();
    for (StackResourceSummary s : all) {
      if (s.resourceType().equals("AWS::ECS::Cluster")) {
        ecs.registerContainerInstance(r -> r.cluster(s.physicalResourceId())
            .instanceIdentityDocument("{\"instanceId\": \"" + instance + "\"}"));
      }
    }
    String tg = physical(all, "AWS::ElasticLoadBalancingV2::TargetGroup");
    elb.registerTargets(r -> r.targetGroupArn(tg).targets(t -> t.id(instance).port(3000)));
    return instance;
  }

  /** Writes {@code lines} (millisecond offset from {@code base}, message) to a stream of the web service's task. */
  void log(String stack, String task, Instant base, List<Object[]> lines) {
    String group = physical(resources(stack), "AWS::Logs::LogGroup", "webLogs");
    String stream = app + "/web/" + task;
    logs.createLogStream(r -> r.logGroupName(group).logStreamName(stream));
    logs.putLogEvents(r -> r.logGroupName(group).logStreamName(stream).logEvents(lines.stream()
        .map(l -> InputLogEvent.builder().timestamp(base.toEpochMilli() + (Long) l[0]).message((String) l[1]).build())
        .toList()));
  }

  private static final String NESTED = """
      {"Parameters": {"Cluster": {"Type": "String"}},
       "Resources": {
        "webLogsC3BE2F03": {"Type": "AWS::Logs::LogGroup", "Properties": {"RetentionInDays": 30}},
        "webTaskDefinition790796F9": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"Family": "%s-web",
          "ContainerDefinitions": [{"Name": "web", "Image": "nginx:1.27", "Memory": 256,
            "LogConfiguration": {"LogDriver": "awslogs", "Options": {"awslogs-group": {"Ref": "webLogsC3BE2F03"},
              "awslogs-stream-prefix": "%s", "awslogs-region": "us-east-1"}}}]}},
        "webServiceB3994806": {"Type": "AWS::ECS::Service", "Properties": {"Cluster": {"Ref": "Cluster"},
          "DesiredCount": 2, "TaskDefinition": {"Ref": "webTaskDefinition790796F9"}, "ServiceName": "%s-web"}}}}
      """;

  private static final String ROOT = """
      {"Resources": {
        "Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}},
        "SubnetA": {"Type": "AWS::EC2::Subnet", "Properties": {"VpcId": {"Ref": "Vpc"}, "CidrBlock": "10.0.0.0/24",
          "AvailabilityZone": "us-east-1a"}},
        "SubnetB": {"Type": "AWS::EC2::Subnet", "Properties": {"VpcId": {"Ref": "Vpc"}, "CidrBlock": "10.0.1.0/24",
          "AvailabilityZone": "us-east-1b"}},
        "AppPublicCluster03B0FFF9": {"Type": "AWS::ECS::Cluster"},
        "AppBusCluster3581111A": {"Type": "AWS::ECS::Cluster"},
        "AppBusLogs096C3B8F": {"Type": "AWS::Logs::LogGroup", "Properties": {"RetentionInDays": 30}},
        "AppBusTaskDefinition0D9ED622": {"Type": "AWS::ECS::TaskDefinition", "Properties": {
          "Family": "%sAppBusTaskDefinition6700DF8A",
          "ContainerDefinitions": [{"Name": "ExoCom", "Image": "originate/exocom:0.21.3", "Memory": 128,
            "LogConfiguration": {"LogDriver": "awslogs", "Options": {"awslogs-group": {"Ref": "AppBusLogs096C3B8F"},
              "awslogs-stream-prefix": "exocom", "awslogs-region": "us-east-1"}}}]}},
        "AppBusServiceBE8FAAF4": {"Type": "AWS::ECS::Service", "Properties": {
          "Cluster": {"Ref": "AppBusCluster3581111A"}, "DesiredCount": 1,
          "TaskDefinition": {"Ref": "AppBusTaskDefinition0D9ED622"}}},
        "AppGatewayC80787AE": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "Properties": {
          "Subnets": [{"Ref": "SubnetA"}, {"Ref": "SubnetB"}]}},
        "AppGatewayTargetGroup1234ABCD": {"Type": "AWS::ElasticLoadBalancingV2::TargetGroup", "Properties": {
          "Port": 3000, "Protocol": "HTTP", "VpcId": {"Ref": "Vpc"}, "TargetType": "instance"}},
        "AppServices30NestedStackServices30NestedStackResourceA8244711": {"Type": "AWS::CloudFormation::Stack",
          "Properties": {"TemplateURL": "https://%s.s3.amazonaws.com/services.json",
            "Parameters": {"Cluster": {"Ref": "AppPublicCluster03B0FFF9"}}}}},
       "Outputs": {
        "AppUrlC89C55C1": {"Value": {"Fn::Join": ["", ["http://", {"Fn::GetAtt": ["AppGatewayC80787AE", "DNSName"]}]]}},
        "AppLoadBalancerDnsNameD0B54A6B": {"Value": {"Fn::GetAtt": ["AppGatewayC80787AE", "DNSName"]}}}}
      """;
}
