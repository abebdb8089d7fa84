package dev.exosphere.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.load.LoadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each validation rule: GIVEN a file with one mistake, WHEN loaded, THEN exactly that problem, placed and worded. */
class ModelValidationTest {
  private static final String WEB = "services:\n  web:\n    type: public\n    image: nginx:1.27\n    interface:\n      /: {port: 80}\n";

  @TempDir Path dir;

  private LoadResult assertProblems(String yaml, String... expected) {
    LoadResult r = YamlFiles.load(dir, yaml);
    assertEquals(List.of(expected), YamlFiles.problems(r));
    return r;
  }

  private void assertError(String yaml, String... expected) {
    LoadResult r = assertProblems(yaml, expected);
    assertTrue(r.hasErrors());
    assertTrue(r.model().isEmpty(), "no model when there is an error");
  }

  @Test
  void appNameMustBeDnsSafeAndAtMost28Characters() {
    assertError("name: a2345678901234567890123456789\nversion: 1\n",
        "1:7: error: name: expected a DNS-safe name: lower-case letters, digits and '-', 1-28 characters, starting with a letter, "
            + "got 'a2345678901234567890123456789' (e.g. 'a234567890123456789012345678')");
    assertError("name: 9lives\nversion: 1\n",
        "1:7: error: name: expected a DNS-safe name: lower-case letters, digits and '-', 1-28 characters, starting with a letter, got '9lives' (e.g. 'lives')");
  }

  @Test
  void serviceNamesAreDnsSafeUpTo32Characters() {
    assertProblems(YamlFiles.HEADER + "services:\n  a2345678901234567890123456789012: {type: worker, image: a/b}\n");
    assertError(YamlFiles.HEADER + "services:\n  users-: {type: worker, image: a/b}\n",
        "4:3: error: services.users-: expected a DNS-safe name: lower-case letters, digits and '-', 1-32 characters, starting with a letter, got 'users-' (e.g. 'users')");
  }

  @Test
  void samePrefixOnTwoPublicServicesIsAnErrorUnlessTheHostsAreDisjoint() {
    String twice = YamlFiles.HEADER + "services:\n"
        + "  a: {type: public, image: a/a, interface: {/: {hosts: [a.example.com, b.example.com]}}}\n"
        + "  b: {type: public, image: a/b, interface: {/: {hosts: [b.example.com]}}}\n";
    assertError(twice, "5:45: error: services.b.interface./: prefix '/' is also routed to service 'a' (line 4) for the same hosts "
        + "(give one of them another prefix, or 'hosts' that do not overlap)");
    assertProblems(twice.replace("[b.example.com]}", "[c.example.com]}"));
  }

  @Test
  void listenerPortsAre80Or443And443NeedsADomain() {
    assertError(YamlFiles.HEADER + "interface:\n  ports: {81: 3000, 443: 3000}\n",
        "4:11: error: interface.ports.81: expected listener port 80 or 443, got '81' (the load balancer listens on 80 for HTTP and 443 for HTTPS; the value is the container port; other ports go under interface.listeners, e.g. {81: http})",
        "4:21: error: interface.ports.443: port 443 (HTTPS) needs a domain for its certificate (add 'domain: <your domain>' or remove 443)");
  }

  @Test
  void withADomainPort80OnlyRedirectsSoPortsNeeds443WithTheSameContainerPort() {
    assertError(YamlFiles.HEADER + "domain: a.example.com\ninterface: {ports: {80: 3000}}\n",
        "4:20: error: interface.ports: with a domain the load balancer serves HTTPS on 443 and port 80 only redirects to it,"
            + " so ports needs 443 (write ports: {443: 3000})");
    assertError(YamlFiles.HEADER + "domain: a.example.com\ninterface: {ports: {80: 3000, 443: 3001}}\n",
        "4:25: error: interface.ports.80: with a domain port 80 only redirects to 443, so its container port 3000 would not"
            + " be used (routes get 443's 3001) (give 80 the same container port as 443, or leave 80 out)");
    assertTrue(YamlFiles.load(dir, YamlFiles.HEADER + "domain: a.example.com\ninterface: {ports: {443: 3000}}\n").model().isPresent());
  }

  @Test
  void cidrRules() {
    assertError(YamlFiles.HEADER + "network: {cidr: 10.0.0.0/8}\n",
        "3:17: error: network.cidr: expected a prefix /16 to /24, got /8 (a VPC can be at most a /16: use 10.0.0.0/16)");
    assertError(YamlFiles.HEADER + "network: {cidr: 300.0.0.0/16}\n",
        "3:17: error: network.cidr: expected an IPv4 block like 10.0.0.0/16, got '300.0.0.0/16' (300 is more than 255) (use numbers 0-255)");
    assertError(YamlFiles.HEADER + "network: {cidr: 172.32.0.0/16}\n",
        "3:17: error: network.cidr: expected a private block (10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16), got '172.32.0.0/16' (use e.g. 10.0.0.0/16)");
    assertProblems(YamlFiles.HEADER + "network: {cidr: 192.168.4.0/24}\n");
  }

  @Test
  void vpcIdExcludesTheNetworkItCreates() {
    assertError(YamlFiles.HEADER + "network: {vpcId: vpc-0abc1234, azs: 3, natGateways: per-az}\n",
        "3:32: error: network.azs: 'azs' cannot be combined with 'vpcId': the existing VPC's settings apply (remove 'azs' or 'vpcId')",
        "3:40: error: network.natGateways: 'natGateways' cannot be combined with 'vpcId': the existing VPC's settings apply (remove 'natGateways' or 'vpcId')");
  }

  @Test
  void cpuAndMemoryMustFitTheClustersInstanceType() {
    // t3.micro: 2048 CPU units, 1024 MiB less a 256 MiB reserve
    assertError(YamlFiles.HEADER + "clusters: {private: {instanceType: t3.micro}}\nservices:\n  u: {type: private, image: a/b, cpu: 2048, memory: 769}\n",
        "5:53: error: services.u.memory: expected at most 768 MiB (t3.micro has 1024 MiB, 256 kept for the OS and ECS agent), got 769 "
            + "(lower memory or use a larger clusters.private.instanceType)");
    assertProblems(YamlFiles.HEADER + "clusters: {private: {instanceType: t3.micro}}\nservices:\n  u: {type: private, image: a/b, cpu: 2048, memory: 768}\n");
  }

  @Test
  void busContainerMustFitTheBusInstance() {
    assertError(YamlFiles.HEADER + "bus: {instanceType: t3.nano, memory: 512}\n",
        "3:38: error: bus.memory: expected at most 256 MiB (t3.nano has 512 MiB, 256 kept for the OS and ECS agent), got 512 (lower memory or use a larger bus.instanceType)");
  }

  @Test
  void busImageAndVersionExcludeEachOther() {
    assertError(YamlFiles.HEADER + "bus: {type: exocom, version: 0.21.3, image: my/exocom:1}\n",
        "3:38: error: bus.image: 'image' and 'version' exclude each other (keep one of them)");
    assertError(YamlFiles.HEADER + "bus: {type: kafka}\n",
        "3:13: error: bus.type: expected exocom (the only bus there is), got 'kafka' (write type: exocom or leave it out)");
  }

  @Test
  void messagesWithoutCounterpartAreWarningsNotErrors() {
    LoadResult r = assertProblems(YamlFiles.HEADER + """
        services:
          a: {type: worker, image: a/a, messages: {sends: [x.done, y.go], receives: [z.now]}}
          b: {type: worker, image: a/b, messages: {receives: [x.done]}}
        """,
        "4:60: warning: services.a.messages.sends[1]: no service receives 'y.go' (add it to a service's 'receives', or remove it)",
        "4:78: warning: services.a.messages.receives[0]: no service sends 'z.now' (add it to a service's 'sends', or remove it)");
    assertFalse(r.hasErrors());
    assertTrue(r.model().isPresent());
  }

  @Test
  void serviceTypeRules() {
    assertError(YamlFiles.HEADER + "services:\n  w: {type: worker, image: a/b, interface: {/: {port: 80}}}\n",
        "4:33: error: services.w.interface: a worker has no inbound port, so no 'interface' (remove 'interface', or make it a private or public service)");
    assertError(YamlFiles.HEADER + "services:\n  p: {type: private, image: a/b, scaling: {min: 1, max: 2, targetRequests: 100}}\n",
        "4:60: error: services.p.scaling.targetRequests: targetRequests applies to public services only, and 'p' is private (remove it or scale on targetCpu)");
    assertError(YamlFiles.HEADER + "policies: {scaling: {min: 1, max: 2, targetRequests: 100}}\n",
        "3:38: error: policies.scaling.targetRequests: targetRequests applies to public services only, and application policies apply to every service (remove it or scale on targetCpu)");
  }

  @Test
  void publicServiceWithAnEmptyInterfaceIsAnError() {
    assertError(YamlFiles.HEADER + "services:\n  web: {type: public, image: a/b, interface: {}}\n",
        "4:8: error: services.web: a public service needs an 'interface': the paths the load balancer sends to it "
            + "(add 'interface: {/: {port: 3000}}', or make it private)");
  }

  @Test
  void publicServiceMayScaleOnRequests() {
    LoadResult r = assertProblems(YamlFiles.HEADER + WEB + "    scaling: {min: 1, max: 4, targetRequests: 500}\n");
    assertEquals(500, r.model().orElseThrow().services().get("web").scaling().orElseThrow().targetRequests().getAsInt());
  }

  @Test
  void accountAndRegionPatterns() {
    assertError(YamlFiles.HEADER + "account: 12345678901a\nregion: us-east\n",
        "3:10: error: account: expected an AWS account id of 12 digits, got '12345678901a' (write all 12 digits in quotes, e.g. account: \"123456789012\")",
        "4:9: error: region: expected an AWS region like us-east-1, got 'us-east' (did you mean 'us-east-1'?)");
    assertProblems(YamlFiles.HEADER + "account: '012345678901'\nregion: us-gov-west-1\n");
  }

  @Test
  void variablesAndSecrets() {
    assertError(YamlFiles.HEADER + "services:\n  w:\n    type: worker\n    image: a/b\n    environment: {EXOCOM_PORT: 1, 1ST: x, MODE: a}\n"
            + "    secrets: {MODE: {ssm: /m}, K: {ssm: /k, field: f}, S: {secret: s, ssm: /s}}\n",
        "7:19: error: services.w.environment.EXOCOM_PORT: 'EXOCOM_PORT' is set by exo on every service (ROLE, SERVICE_NAME, EXOCOM_HOST, EXOCOM_PORT) (remove it or use another name)",
        "7:35: error: services.w.environment.1ST: expected a variable name of letters, digits and '_' not starting with a digit, got '1ST' (rename it, e.g. '_1ST')",
        "8:15: error: services.w.secrets.MODE: 'MODE' is also set under 'environment' (keep one of them)",
        "8:45: error: services.w.secrets.K.field: 'field' applies to Secrets Manager secrets only (remove 'field' or use 'secret')",
        "8:59: error: services.w.secrets.S: expected exactly one of 'ssm' or 'secret', got both (write {ssm: /parameter/name} or {secret: secret-name, field: key})");
  }

  @Test
  void volumesNeedAbsolutePathsAndBothEnds() {
    assertError(YamlFiles.HEADER + "services:\n  w:\n    type: worker\n    image: a/b\n    volumes:\n      data: {source: /d, target: d}\n      logs: {source: /l}\n",
        "8:34: error: services.w.volumes.data.target: expected an absolute path, got 'd' (start it with '/')",
        "9:13: error: services.w.volumes.logs: missing required key 'target' (add 'target:' here)");
  }

  @Test
  void healthCheckRanges() {
    assertError(YamlFiles.HEADER + WEB.replace("{port: 80}", "{healthCheck: {interval: 301, unhealthyThreshold: 11, codes: '2xx'}}"),
        "8:35: error: services.web.interface./.healthCheck.interval: expected a number of seconds 5-300, got 301 (use a value of at most 300)",
        "8:60: error: services.web.interface./.healthCheck.unhealthyThreshold: expected a count of checks 2-10, got 11 (use a value of at most 10)",
        "8:71: error: services.web.interface./.healthCheck.codes: expected HTTP codes like 200, 200-399 or 200,204, got '2xx' (list codes or ranges from 200 to 499 separated by ',', e.g. 200-399)");
  }

  @Test
  void routeShapeRules() {
    assertError(YamlFiles.HEADER + WEB.replace("/: {port: 80}", "api: {protocol: ftp}"),
        "8:7: error: services.web.interface.api: expected a path prefix starting with '/', got 'api' (write '/api')");
    assertError(YamlFiles.HEADER + WEB.replace("{port: 80}", "{protocol: ftp, path: v1}"),
        "8:21: error: services.web.interface./.protocol: expected http or https, got 'ftp' (use http unless the container serves TLS itself)",
        "8:32: error: services.web.interface./.path: expected a path starting with '/', got 'v1' (e.g. path: /)");
  }

  @Test
  void replicasAndScalingRanges() {
    assertError(YamlFiles.HEADER + WEB + "    replicas: -1\n    scaling: {min: 3, max: 2, targetCpu: 101}\n",
        "9:15: error: services.web.replicas: expected a task count 0-1000, got -1 (use a value of at least 0)",
        "10:28: error: services.web.scaling.max: expected max at least min (3), got 2 (raise max or lower min)",
        "10:42: error: services.web.scaling.targetCpu: expected a CPU percentage 1-100, got 101 (use a value of at most 100)");
  }

  @Test
  void buildPathsMustExist() throws Exception {
    Files.createDirectories(dir.resolve("web"));
    Files.writeString(dir.resolve("web/Dockerfile"), "FROM scratch\n");
    assertError(YamlFiles.HEADER + "services:\n  w: {type: worker, build: {context: ./web, dockerfile: Other.Dockerfile}}\n",
        "4:57: error: services.w.build.dockerfile: expected a Dockerfile, found none at " + dir.resolve("web/Other.Dockerfile")
            + " (add the Dockerfile, or name another with 'dockerfile:', relative to the context)");
  }

  @Test
  void typeErrorsNameWhatWasFound() {
    assertError(YamlFiles.HEADER + "network: [10.0.0.0/16]\nclusters: {public: {minCapacity: 1.5, maxCapacity: true}}\n",
        "3:10: error: network: expected a mapping with keys cidr, azs, natGateways, vpcId, got a list (write 'key: value' pairs indented under it)",
        "4:34: error: clusters.public.minCapacity: expected an integer, got a number 1.5 (write a whole number)",
        "4:52: error: clusters.public.maxCapacity: expected an integer, got a boolean true (write a whole number)");
    assertError(YamlFiles.HEADER + "services:\n  w: {type: worker, image: a/b, cpu: 99999999999}\n",
        "4:38: error: services.w.cpu: expected an integer, got 99999999999 which is far too large (use a smaller number)");
  }

  @Test
  void nullForAScalarSaysToGiveAValue() {
    assertError("name:\nversion: 1\n", "1:1: error: name: expected a string, got nothing (give it a value or remove the key)");
  }

  @Test
  void everyProblemIsReportedInFileOrder() {
    // GIVEN mistakes at the top, in a service and in a cross-service check
    LoadResult r = YamlFiles.load(dir, "name: Bad\nversion: 1\n" + WEB + "    cpux: 1\n  other: {type: public, image: a/b, interface: {/: {}}}\nregion: x\n");
    // THEN all are reported, sorted by line
    List<Integer> lines = r.problems().stream().map(p -> p.position().line()).toList();
    assertEquals(List.of(1, 9, 10, 11), lines);
  }
}
