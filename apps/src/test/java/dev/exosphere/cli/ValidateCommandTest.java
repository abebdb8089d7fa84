package dev.exosphere.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  private static final String APP = """
      name: shop
      version: 2.1.0
      account: "123456789012"
      region: eu-west-1
      domain: shop.example.com
      dependencies:
        mongo: {type: mongodb, environment: {MONGO_URL: {ssm: /shop/mongo}}}
      services:
        web:
          type: public
          image: shop/web:2
          interface:
            /: {port: 8080, hosts: [www.shop.example.com]}
            /api: {port: 8081, path: /}
          messages: {sends: [orders.create], receives: [orders.created]}
        orders:
          type: private
          image: shop/orders:2
          interface: {/: {port: 3000}}
          messages: {receives: [orders.create], sends: [orders.created, orders.audit]}
          dependencies: [mongo]
        mailer:
          type: worker
          image: shop/mailer:2
      """;

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(ValidateCommand command, String... args) {
    return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private Path write(String yaml) throws Exception {
    return Files.writeString(dir.resolve("exosphere.yml"), yaml);
  }

  @Test
  void theSummaryShowsTheTreeOfStacks() throws Exception {
    // GIVEN the example with a two-level tree of stacks WHEN validated
    Path app = Path.of(System.getProperty("exo.repo", "..")).resolve("src/ailtire-demo/exosphere.yml").normalize();
    assertEquals(0, run(new ValidateCommand(), app.toString()));
    String summary = out.toString(StandardCharsets.UTF_8);
    // THEN each stack with its mounts, file and own members, the child under its parent; members' routes mounted
    assertTrue(summary.contains("\nstacks (each its own nested stack and network segment)\n"
        + "  customer  /cs -> /  from customer/exosphere.yml\n"
        + "    members: customer-orders, customer-portal\n"
        + "    customer/search  /search -> /  from customer/search/exosphere.yml\n"
        + "      members: customer-search-api, customer-search-indexer\n"), summary);
    assertTrue(summary.contains("  customer-search-api  image nginx:1.27"), summary);
    assertTrue(summary.contains("    /cs/search -> 80 (as /)\n"), summary);
  }

  @Test
  void theSummaryShowsHowEachContainerRunsAndWhatItsTaskRoleMayDo() throws Exception {
    // GIVEN a worker with a command, user, health check and permissions, and a service with none
    Path file = write("""
        name: shop
        version: 1.0.0
        services:
          mailer:
            type: worker
            image: shop/mailer:2
            entrypoint: /bin/mailer
            command: "--queue mail --from 'Shop Team'"
            user: "1000:1000"
            stopTimeout: 60
            containerHealthCheck: {command: [/bin/mailer, --check], startPeriod: 10}
            permissions:
              managedPolicies: {AmazonSESFullAccess: sends the shop's mail}
              statements:
                - actions: [sqs:ReceiveMessage]
                  resources: [arn:aws:sqs:eu-west-1:123456789012:mail]
                - actions: ["s3:Get*"]
                  resources: [arn:aws:s3:::shop-templates/*]
                  reason: reads every mail template
          audit:
            type: worker
            image: shop/audit:2
        """);
    // WHEN validated
    int code = run(new ValidateCommand(), file.toString());
    // THEN the summary lists them under the service, words as words, and an empty task role as such
    String summary = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    assertTrue(summary.contains("  audit  image shop/audit:2, 256 cpu, 512 MiB, 1 task\n"
        + "    permissions none (empty task role)\n"), summary);
    assertTrue(summary.contains("  mailer  image shop/mailer:2, 256 cpu, 512 MiB, 1 task\n"
        + "    runs entrypoint [/bin/mailer], command [--queue mail --from \"Shop Team\"], as 1000:1000, stop timeout 60 s\n"
        + "    container health check [CMD /bin/mailer --check] every 30 s, timeout 5 s, 3 retries, start period 10 s\n"
        + "    permission managed policy AmazonSESFullAccess\n"
        + "    permission sqs:ReceiveMessage on arn:aws:sqs:eu-west-1:123456789012:mail\n"
        + "    permission s3:Get* on arn:aws:s3:::shop-templates/* (wildcard: reads every mail template)\n"), summary);
  }

  @Test
  void theSummarySaysWhomTheAlarmsNotify() throws Exception {
    // GIVEN alarms with e-mail addresses and no dashboard WHEN validated THEN the operate line says so
    Path file = write(APP.replace("services:\n", "operate: {dashboard: false, alarms: {email: [ops@shop.example.com]}}\n"
        + "services:\n"));
    assertEquals(0, run(new ValidateCommand(), file.toString()));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains(
        "  operate      no dashboard, alarms to ops@shop.example.com\n"), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void validFileExitsZeroWithASummaryAndItsWarnings() throws Exception {
    // GIVEN a valid application with one message nobody receives
    Path file = write(APP);
    // WHEN validated
    int code = run(new ValidateCommand(), file.toString());
    // THEN exit 0, the warning on stderr, the summary on stdout
    assertEquals(0, code);
    assertEquals(file + ":20:67: warning: services.orders.messages.sends[1]: no service receives 'orders.audit' "
        + "(add it to a service's 'receives', or remove it)\n", err.toString(StandardCharsets.UTF_8));
    String summary = out.toString(StandardCharsets.UTF_8);
    assertTrue(summary.startsWith("shop 2.1.0: valid\n"), summary);
    assertTrue(summary.contains("  environment  account 123456789012, region eu-west-1\n"), summary);
    assertTrue(summary.contains("  domain       shop.example.com (new hosted zone), certificate auto\n"), summary);
    assertTrue(summary.contains("  network      10.0.0.0/16, 2 AZs, 1 NAT gateway\n"), summary);
    assertTrue(summary.contains("  listeners    80 -> 3000, 443 -> 3000\n"), summary);
    assertTrue(summary.contains("  operate      dashboard, alarms notifying nobody\n"), summary);
    assertTrue(summary.contains("public services\n  web  image shop/web:2, 256 cpu, 512 MiB, 1 task\n"
        + "    / -> 8080  hosts www.shop.example.com\n    /api -> 8081 (as /)\n"), summary);
    assertTrue(summary.contains("private services\n  orders  image shop/orders:2"), summary);
    assertTrue(summary.contains("workers\n  mailer  image shop/mailer:2"), summary);
    assertTrue(summary.contains("  orders --orders.created--> web\n  orders --orders.audit--> (nobody)\n  web --orders.create--> orders\n"), summary);
    assertTrue(summary.contains("dependencies\n  mongo (mongodb)  MONGO_URL; used by orders\n"), summary);
  }

  @Test
  void errorsExitOneAndAreAllPrintedWithoutStackTraces() throws Exception {
    // GIVEN two mistakes
    Path file = write("name: shop\nversion: 1\nnetwork: {azs: 9}\nservces: {}\n");
    // WHEN validated
    int code = run(new ValidateCommand(), file.toString());
    // THEN exit 1, both problems and a count on stderr, nothing on stdout
    assertEquals(1, code);
    assertEquals(file + ":3:16: error: network.azs: expected a number of availability zones 1-6, got 9 (use a value of at most 6)\n"
        + file + ":4:1: error: servces: unknown key 'servces' (did you mean 'services'?)\n"
        + "exo validate: 2 errors in " + file + "\n", err.toString(StandardCharsets.UTF_8));
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void defaultFileIsExosphereYmlInTheCurrentDirectory() throws Exception {
    // GIVEN no argument and a default file that exists
    Path file = write("name: shop\nversion: 1\n");
    assertEquals(0, run(new ValidateCommand(file)));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("shop 1: valid"));
  }

  @Test
  void missingDefaultFileIsAUsageError() {
    int code = run(new ValidateCommand(dir.resolve("exosphere.yml")));
    assertEquals(2, code);
    assertEquals(dir.resolve("exosphere.yml") + ":1:1: error: no " + dir.resolve("exosphere.yml")
        + " here (name the file: exo validate path/to/exosphere.yml)\n",
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void namedFileThatDoesNotExistIsAnError() {
    Path missing = dir.resolve("nope.yml");
    assertEquals(1, run(new ValidateCommand(), missing.toString()));
    assertEquals(missing + ":1:1: error: file not found (check the path; a relative path starts from the current "
        + "directory)\nexo validate: 1 error in " + missing + "\n", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void twoFilesAreAUsageError() {
    assertEquals(2, run(new ValidateCommand(), "a.yml", "b.yml"));
    assertEquals("exo validate: unexpected argument 'b.yml' (see 'exo validate --help')\n",
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theFileIsTakenAsAnOptionOrAPositional() throws Exception {
    // GIVEN a valid file WHEN named with -f, --file, --file=, or as a positional THEN each validates it
    Path file = write("name: shop\nversion: 1\n");
    for (List<String> args : List.of(List.of("-f", file.toString()), List.of("--file", file.toString()),
        List.of("--file=" + file), List.of(file.toString()), List.of("-f", file.toString(), file.toString()))) {
      out.reset();
      assertEquals(0, run(new ValidateCommand(dir.resolve("none.yml")), args.toArray(String[]::new)), args.toString());
      assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("shop 1: valid"), args.toString());
    }
  }

  @Test
  void twoDifferentFilesByOptionAndPositionalAreAUsageError() {
    assertEquals(2, run(new ValidateCommand(), "-f", "a.yml", "b.yml"));
    assertEquals("exo validate: name the file once, as --file a.yml or as b.yml, not both (see 'exo validate "
        + "--help')\n", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertEquals(2, run(new ValidateCommand(), "--strict"));
    assertEquals("exo validate: unknown option '--strict' (see 'exo validate --help')\n",
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void exoKnowsTheValidateCommand() throws Exception {
    // GIVEN the standard exo command line WHEN asked to validate a file THEN it dispatches to ValidateCommand
    Path file = write("name: shop\nversion: 1\n");
    int code = Exo.standard().run(List.of("validate", file.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code);
    assertFalse(out.toString(StandardCharsets.UTF_8).isEmpty());
  }

  @Test
  void theSummaryShowsAClustersInstanceTypesAndSpotShare() throws Exception {
    // GIVEN a public cluster of two types with a Spot share, and a plain private one
    Path file = write(APP.replace("domain: shop.example.com\n", """
        domain: shop.example.com
        clusters:
          public:
            instanceTypes: [t3.small, t3a.small]
            spot: {onDemandBase: 1, onDemandPercentAboveBase: 25}
        """));
    // WHEN validated
    int code = run(new ValidateCommand(), file.toString());
    // THEN the clusters line lists the types and the Spot share with its defaults written out
    String summary = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    assertTrue(summary.contains("  clusters     public t3.small|t3a.small x 1-3, Spot (on demand: base 1, 25% above; "
        + "price-capacity-optimized) created (web); private t3.small x 1-3 created (mailer, orders)\n"), summary);
  }

  @Test
  void theSummaryShowsAServicesDeployment() throws Exception {
    // GIVEN the web service deployed as a canary with alarms
    Path file = write(APP.replace("    messages: {sends: [orders.create], receives: [orders.created]}\n",
        "    messages: {sends: [orders.create], receives: [orders.created]}\n"
            + "    deployment: {strategy: canary, canary: {percent: 10, bakeTime: 4}, bakeTime: 30, alarms: {}}\n"));
    // WHEN validated
    int code = run(new ValidateCommand(), file.toString());
    // THEN the service's routes are followed by its deployment
    String summary = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    assertTrue(summary.contains("    /api -> 8081 (as /)\n    permissions none (empty task role)\n    deployment canary 10% first for 4 min, bake time 30 min, "
        + "alarms (target 5xx >= 10/min, unhealthy targets) roll back\n"), summary);
  }

  @Test
  void theSummaryShowsTheExtraListeners() throws Exception {
    // GIVEN extra listeners on 8081 (http) and 8443 (https)
    Path file = write(APP.replace("domain: shop.example.com\n",
        "domain: shop.example.com\ninterface:\n  listeners: {8443: https, 8081: http}\n"));
    // WHEN validated
    int code = run(new ValidateCommand(), file.toString());
    // THEN the listeners line names them, by port, after the main ones
    String summary = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    assertTrue(summary.contains("  listeners    80 -> 3000, 443 -> 3000; 8081 http, 8443 https with the same rules\n"),
        summary);
  }

  @Test
  void theSummaryShowsAServicesTcpPortsAndTheirRecord() throws Exception {
    // GIVEN the web service with a TCP port beside its routes
    Path file = write(APP.replace("    messages: {sends: [orders.create], receives: [orders.created]}\n",
        "    messages: {sends: [orders.create], receives: [orders.created]}\n    tcp: [{port: 6650, containerPort: 7000}]\n"));
    // WHEN validated
    int code = run(new ValidateCommand(), file.toString());
    // THEN the summary lists the port and the record of the service's Network Load Balancer
    String summary = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    assertTrue(summary.contains("    /api -> 8081 (as /)\n    permissions none (empty task role)\n    tcp 6650 -> 7000 on its Network Load Balancer, "
        + "web-tcp.shop.example.com\n"), summary);
  }

  @Test
  void theSummaryShowsEachEnvironmentsStackAndDifferences() throws Exception {
    // GIVEN the application with a staging and a production environment
    Path file = write(APP.replace(", hosts: [www.shop.example.com]", "") + """
        environments:
          staging:
            region: eu-central-1
            domain: staging.shop.example.com
            services: {web: {replicas: 1}}
          production: {services: {orders: {replicas: 3, memory: 1024}}}
        """);
    // WHEN validated
    int code = run(new ValidateCommand(), file.toString());
    // THEN the summary names the environments, then lists each one's stack and what it changes
    String summary = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    assertTrue(summary.startsWith("shop 2.1.0: valid in 2 environments (staging, production); the base:\n"), summary);
    assertTrue(summary.endsWith("""

        environments (cdk deploy -c env=NAME)
          staging  stack shop-staging
            region: eu-west-1 -> eu-central-1
            domain: shop.example.com -> staging.shop.example.com
            services.web.replicas: (not set) -> 1
          production  stack shop-production
            services.orders.replicas: (not set) -> 3
            services.orders.memory: (not set) -> 1024
        """), summary);
  }

  @Test
  void anEnvironmentsProblemNamesItAndPointsAtTheOverride() throws Exception {
    // GIVEN an environment with a misspelt override
    Path file = write(APP + "environments:\n  staging:\n    services: {web: {replicsa: 1}}\n");
    // WHEN validated THEN exit 1 and the problem is at the override's key, under its path
    assertEquals(1, run(new ValidateCommand(), file.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains(file + ":27:22: error: environments.staging.services.web.replicsa: "
        + "unknown key 'replicsa' (did you mean 'replicas'?)"), err.toString(StandardCharsets.UTF_8));
  }
}
