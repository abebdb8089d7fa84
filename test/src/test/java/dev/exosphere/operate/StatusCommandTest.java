package dev.exosphere.operate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.cli.Exo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code exo status} against moto's server: the health of a deployed application, and each failure as one line. */
class StatusCommandTest {
  private static URI endpoint;

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void endpoint() {
    endpoint = AwsEndpoint.require();
  }

  private int exo(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    return Exo.standard().run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** {@code exo status -f <its yaml> --region REGION --endpoint-url <moto>} and {@code more}. */
  private int status(MotoApp moto, String region, String... more) throws Exception {
    List<String> args = new ArrayList<>(List.of("status", "-f", moto.yaml(dir).toString(), "--region", region,
        "--endpoint-url", endpoint.toString()));
    args.addAll(List.of(more));
    return exo(args.toArray(String[]::new));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void healthyApplicationExitsZeroWithServicesClustersAndTheLoadBalancer() throws Exception {
    // GIVEN an application deployed in moto whose tasks all run, with an instance in each cluster and the target group
    MotoApp moto = new MotoApp(endpoint, "healthy");
    moto.deploy(moto.app);
    moto.runAllTasks(moto.app);
    String instance = moto.addInstances(moto.app);
    // WHEN exo status runs on its exosphere.yml
    int code = status(moto, "us-east-1");
    // THEN exit 0, and every part of the deployment is shown
    String s = out();
    assertEquals("", err());
    assertEquals(0, code, s);
    assertTrue(s.startsWith(moto.app + ": healthy (stack " + moto.app + " CREATE_COMPLETE, us-east-1 at "
        + endpoint + ")\n"), s);
    assertTrue(s.matches("(?s).*\n  url            http://\\S+\\.elb\\.amazonaws\\.com\n.*"), s);
    assertTrue(s.matches("(?s).*\n  load balancer  \\S+\\.elb\\.amazonaws\\.com \\(active\\)\n.*"), s);
    assertTrue(s.matches("(?s).*\n  target group   \\S+: 1 healthy\n.*"), s);
    assertTrue(s.matches("(?s).*\nservices\n  exocom  1/1 running, 0 pending  on \\S+\n.*"), s);
    assertTrue(s.matches("(?s).*\n  web     2/2 running, 0 pending  on \\S+\n      deployment PRIMARY .*"), s);
    assertTrue(s.contains("\nclusters\n  AppBusCluster (ExoCom) ("), s);
    assertTrue(s.contains("  AppPublicCluster ("), s);
    assertTrue(s.contains("): 1 active instance\n      " + instance + " ACTIVE, agent connected"), s);
    assertTrue(!s.contains("problems"), s);
  }

  @Test
  void unhealthyApplicationExitsOneAndListsEveryProblem() throws Exception {
    // GIVEN a deployment whose tasks never started, with no cluster instance and a stopped target
    MotoApp moto = new MotoApp(endpoint, "sick");
    moto.deploy(moto.app);
    String instance = moto.ec2.runInstances(r -> r.imageId("ami-12c6146b").minCount(1).maxCount(1))
        .instances().get(0).instanceId();
    String tg = MotoApp.physical(moto.resources(moto.app), "AWS::ElasticLoadBalancingV2::TargetGroup");
    moto.elb.registerTargets(r -> r.targetGroupArn(tg).targets(t -> t.id(instance).port(3000)));
    moto.ec2.stopInstances(r -> r.instanceIds(instance));
    // WHEN exo status runs
    int code = status(moto, "us-east-1");
    // THEN exit 1 (usable in CI), each problem on its own line
    String s = out();
    assertEquals(1, code, s);
    assertTrue(s.startsWith(moto.app + ": UNHEALTHY (stack "), s);
    assertTrue(s.contains("\nproblems\n"), s);
    assertTrue(s.contains("\n  web: 0 of 2 tasks running, 2 pending\n"), s);
    assertTrue(s.contains("\n  exocom: 0 of 1 tasks running, 1 pending\n"), s);
    assertTrue(s.contains("\n  AppPublicCluster: no active container instance for 2 desired task(s)"), s);
    assertTrue(s.contains("\n  AppBusCluster (ExoCom): no active container instance for 1 desired task(s)"), s);
    assertTrue(s.matches("(?s).*\n  load balancer: target group \\S+: no healthy target \\(1 registered: unused\\)\n.*"), s);
  }

  @Test
  void environmentNamesTheStackAppDashEnv() throws Exception {
    // GIVEN the application deployed as environment staging only
    MotoApp moto = new MotoApp(endpoint, "envs");
    moto.deploy(moto.app + "-staging");
    // WHEN exo status runs with --env staging, and without
    int staging = status(moto, "us-east-1", "--env", "staging");
    String stagingOut = out();
    out.reset();
    int plain = status(moto, "us-east-1");
    // THEN --env reads <app>-staging; without it, the stack <app> does not exist
    assertTrue(stagingOut.startsWith(moto.app + ": UNHEALTHY (stack " + moto.app + "-staging CREATE_COMPLETE"),
        stagingOut);
    assertEquals(1, staging);
    assertEquals(1, plain);
    assertEquals("exo status: no stack " + moto.app + " in us-east-1 at " + endpoint + " (deploy it with 'cdk deploy', "
        + "or name its environment with --env, its region with --region, its account with --profile)\n", err());
  }

  @Test
  void missingStackIsOneLine() throws Exception {
    // GIVEN an application never deployed
    MotoApp moto = new MotoApp(endpoint, "never");
    // WHEN exo status runs
    int code = status(moto, "us-east-1");
    // THEN exit 1, one line naming the stack and where it looked, nothing on stdout
    assertEquals(1, code);
    assertEquals("", out());
    assertEquals("exo status: no stack " + moto.app + " in us-east-1 at " + endpoint + " (deploy it with 'cdk deploy', "
        + "or name its environment with --env, its region with --region, its account with --profile)\n", err());
  }

  @Test
  void regionWithoutTheStackIsOneLine() throws Exception {
    // GIVEN an application deployed in us-east-1
    MotoApp moto = new MotoApp(endpoint, "region");
    moto.deploy(moto.app);
    // WHEN exo status looks in eu-west-1
    int code = status(moto, "eu-west-1");
    // THEN exit 1, and the line names the region it looked in
    assertEquals(1, code);
    assertTrue(err().startsWith("exo status: no stack " + moto.app + " in eu-west-1 at " + endpoint + " ("), err());
    assertEquals(1, err().lines().count(), err());
  }

  @Test
  void unreachableEndpointIsOneLine() throws Exception {
    // GIVEN an endpoint nobody listens on
    MotoApp moto = new MotoApp(endpoint, "offline");
    // WHEN exo status calls it
    int code = exo("status", "-f", moto.yaml(dir).toString(), "--region", "us-east-1", "--endpoint-url",
        "http://127.0.0.1:1");
    // THEN exit 1, one line saying it cannot reach it and what to check
    assertEquals(1, code);
    assertTrue(err().startsWith("exo status: cannot reach AWS in us-east-1 at http://127.0.0.1:1 while reading stack "
        + moto.app + ": "), err());
    assertTrue(err().endsWith(" (check --endpoint-url, the network or a proxy)\n"), err());
    assertEquals(1, err().lines().count(), err());
  }

  @Test
  void missingCredentialsAreOneLine() throws Exception {
    // GIVEN a process with no AWS credentials anywhere (no environment, no profile files, no instance metadata)
    MotoApp moto = new MotoApp(endpoint, "nocreds");
    Path file = moto.yaml(dir);
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "dev.exosphere.cli.Exo", "status", "-f", file.toString(),
        "--region", "us-east-1", "--endpoint-url", endpoint.toString());
    pb.environment().keySet().removeIf(k -> k.startsWith("AWS_"));
    pb.environment().put("HOME", dir.toString());
    pb.environment().put("AWS_CONFIG_FILE", dir.resolve("no-config").toString());
    pb.environment().put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-credentials").toString());
    pb.environment().put("AWS_EC2_METADATA_DISABLED", "true");
    pb.redirectErrorStream(false);
    // WHEN exo status runs there
    Process p = pb.start();
    String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    // THEN exit 1 and one line saying how to get credentials
    assertEquals(1, p.exitValue(), stderr);
    assertEquals("exo status: no AWS credentials for us-east-1 at " + endpoint + ": run 'aws sso login --profile NAME' "
        + "or 'aws configure', or set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY\n", stderr);
  }
}
