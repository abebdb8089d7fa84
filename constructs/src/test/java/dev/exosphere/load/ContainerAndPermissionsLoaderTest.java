package dev.exosphere.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exosphere.model.ContainerCheck;
import dev.exosphere.model.ContainerSpec;
import dev.exosphere.model.ExoModel;
import dev.exosphere.model.Permissions;
import dev.exosphere.model.Service;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerAndPermissionsLoaderTest {
  @TempDir Path dir;

  private Service worker(String keys) {
    LoadResult r = YamlFiles.load(dir, "name: shop\nversion: 1.0.0\n"
        + "permissions:\n  managedPolicies: {CloudWatchAgentServerPolicy: every service ships metrics}\n"
        + "services:\n  worker:\n    type: worker\n    image: shop/worker:1.0\n" + keys);
    assertEquals(List.of(), YamlFiles.problems(r));
    ExoModel m = r.model().orElseThrow();
    return m.services().get("worker");
  }

  @Test
  void aStringCommandIsSplitIntoWordsAndAListIsKept() {
    // GIVEN a string command and a list entry point WHEN loaded THEN both are words for the container, no shell
    Service s = worker("    command: \"--queue orders --name 'night shift'\"\n    entrypoint: [/bin/worker]\n"
        + "    workingDirectory: /srv\n    user: \"1000:1000\"\n    stopTimeout: 90\n");
    assertEquals(new ContainerSpec(Optional.of(List.of("--queue", "orders", "--name", "night shift")),
        Optional.of(List.of("/bin/worker")), Optional.of("/srv"), Optional.of("1000:1000"), OptionalInt.of(90),
        Optional.empty()), s.container());
  }

  @Test
  void healthCheckStringsRunWithTheShellAndListsRunDirectly() {
    Service shell = worker("    containerHealthCheck: {command: \"test -f /tmp/ok\"}\n");
    assertEquals(new ContainerCheck(List.of("CMD-SHELL", "test -f /tmp/ok"), 30, 5, 3, 0),
        shell.container().healthCheck().orElseThrow());
    Service exec = worker("    containerHealthCheck: {command: [/bin/check, --fast], interval: 10, timeout: 2,"
        + " retries: 5, startPeriod: 60}\n");
    assertEquals(new ContainerCheck(List.of("CMD", "/bin/check", "--fast"), 10, 2, 5, 60),
        exec.container().healthCheck().orElseThrow());
  }

  @Test
  void noContainerHealthCheckByDefaultOrWhenOff() {
    assertEquals(Optional.empty(), worker("").container().healthCheck());
    assertEquals(Optional.empty(), worker("    containerHealthCheck: off\n").container().healthCheck());
  }

  @Test
  void theApplicationsPermissionsAreAddedToTheServicesOwn() {
    Service s = worker("    permissions:\n      managedPolicies: {AmazonS3ReadOnlyAccess: reads the catalog}\n"
        + "      statements:\n        - actions: [sqs:ReceiveMessage]\n"
        + "          resources: [arn:aws:sqs:us-east-1:123456789012:orders]\n"
        + "          conditions: {Bool: {aws:SecureTransport: \"true\"}}\n"
        + "        - actions: [\"s3:Get*\"]\n          resources: [arn:aws:s3:::shop/*]\n"
        + "          reason: reads any object of the shop bucket\n");
    assertEquals(new TreeMap<>(Map.of("AmazonS3ReadOnlyAccess", "reads the catalog",
        "CloudWatchAgentServerPolicy", "every service ships metrics")), s.permissions().managedPolicies());
    assertEquals(List.of(
        new Permissions.Statement(List.of("sqs:ReceiveMessage"), List.of("arn:aws:sqs:us-east-1:123456789012:orders"),
            new TreeMap<>(Map.of("Bool", new TreeMap<>(Map.of("aws:SecureTransport", List.of("true"))))), Optional.empty()),
        new Permissions.Statement(List.of("s3:Get*"), List.of("arn:aws:s3:::shop/*"), new TreeMap<>(),
            Optional.of("reads any object of the shop bucket"))), s.permissions().statements());
  }
}
