package dev.exosphere.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.model.ExoModel;
import dev.exosphere.model.Route;
import dev.exosphere.model.ServiceStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Services of {@code type: stack}: a tree of child applications, each file's problems in its own name. */
class StacksLoadTest {
  private static final String WEB = "services:\n  web: {type: public, image: nginx:1.27, interface: {/: {port: 80}}}\n";

  @TempDir Path dir;

  private Path write(String relative, String yaml) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, yaml);
    return file;
  }

  private static List<String> formatted(LoadResult r) {
    return r.problems().stream().map(Problem::format).toList();
  }

  @Test
  void aTwoLevelTreeFlattensIntoQualifiedMembersWithMountedRoutes() throws IOException {
    // GIVEN an application mounting child stack 'cs' under /cs, which mounts 'gs' under /g
    Path app = write("exosphere.yml", YamlFiles.HEADER + WEB
        + "  cs: {type: stack, stack: ./cs, interface: {/cs: {path: /}}}\n");
    write("cs/exosphere.yml", "services:\n  ui: {type: public, image: a/b, interface: {/: {port: 80}, /api: {port: 80}}}\n"
        + "  db: {type: private, image: a/b, interface: {/: {port: 5432}}}\n"
        + "  gs: {type: stack, stack: gs.yml, interface: {/g: {path: /}}}\n");
    write("cs/gs.yml", "services:\n  api: {type: public, image: a/b, interface: {/v1: {port: 80}}}\n");

    // WHEN loaded
    LoadResult r = ModelLoader.load(app);

    // THEN no problem; members carry the stack's path in their names; routes sit under the prefixes, rewritten back
    assertEquals(List.of(), formatted(r));
    ExoModel m = r.orThrow();
    assertEquals(List.of("cs-db", "cs-gs-api", "cs-ui", "web"), List.copyOf(m.services().keySet()));
    Route ui = m.services().get("cs-ui").routes().get("/cs");
    assertEquals("/", ui.path());
    assertEquals("/api", m.services().get("cs-ui").routes().get("/cs/api").path());
    Route api = m.services().get("cs-gs-api").routes().get("/cs/g/v1");
    assertEquals("/v1", api.path(), "the grandchild sees its own path");
    assertEquals("/", m.services().get("cs-db").routes().firstKey(), "a private service keeps its port's route");
    ServiceStack cs = m.stacks().get("cs");
    assertEquals(List.of("cs-db", "cs-ui"), cs.services());
    assertEquals(Map.of("/cs", "/"), cs.mounts());
    assertEquals("cs/gs", cs.stacks().get("gs").path());
    assertEquals(List.of("cs", "cs/gs"), m.allStacks().map(ServiceStack::path).toList());
    assertEquals("cs/gs", m.stackOf("cs-gs-api").orElseThrow().path());
  }

  @Test
  void problemsOfAChildFileCarryItsNameAndPosition() throws IOException {
    // GIVEN a child whose service has a wrong type, in its own file
    Path app = write("exosphere.yml", YamlFiles.HEADER + "services:\n  cs: {type: stack, stack: ./cs}\n");
    Path child = write("cs/exosphere.yml", "services:\n  job:\n    type: wroker\n    image: a/b\n");

    // WHEN loaded
    LoadResult r = ModelLoader.load(app);

    // THEN the problem names the child's file, line and column, and its YAML path within it
    assertEquals(List.of(child.getParent().getParent().relativize(child).toString()).size(), 1);
    assertEquals(List.of(dir.resolve("cs/exosphere.yml") + ":3:11: error: services.job.type: expected public, private,"
        + " worker or stack, got 'wroker' (did you mean 'worker'?)"), formatted(r));
  }

  @Test
  void aStackIncludingItselfIsAnError() throws IOException {
    // GIVEN a -> b -> a
    Path app = write("exosphere.yml", YamlFiles.HEADER + "services:\n  b: {type: stack, stack: ./b}\n");
    write("b/exosphere.yml", "services:\n  a: {type: stack, stack: ../exosphere.yml}\n");

    // WHEN loaded
    LoadResult r = ModelLoader.load(app);

    // THEN the cycle is reported where it closes, in b's file
    assertEquals(List.of(dir.resolve("b/exosphere.yml") + ":2:27: error: services.a.stack: stack 'a' includes itself: "
        + dir.resolve("exosphere.yml") + " is already a stack above it (point 'stack' at another application, or"
        + " write its services inline)"), formatted(r));
  }

  @Test
  void aChildSharesTheParentsInfrastructure() throws IOException {
    // GIVEN a child that declares its own clusters, inline
    LoadResult r = ModelLoader.load(write("exosphere.yml", YamlFiles.HEADER
        + "services:\n  cs:\n    type: stack\n    stack:\n      clusters: {}\n      services: {}\n"));

    // THEN refused: a child shares the parent's VPC, clusters, bus and load balancer
    assertTrue(r.hasErrors());
    assertTrue(formatted(r).get(0).contains(":7:7: error: services.cs.stack.clusters: "), formatted(r).toString());
  }

  @Test
  void aPublicRouteOutsideTheMountsIsAnError() throws IOException {
    // GIVEN a child route under none of the stack's mounted paths
    LoadResult r = ModelLoader.load(write("exosphere.yml", YamlFiles.HEADER + "services:\n  cs:\n    type: stack\n"
        + "    stack: {services: {ui: {type: public, image: a/b, interface: {/admin: {port: 80}}}}}\n"
        + "    interface: {/cs: {path: /app}}\n"));

    // THEN the stack's interface is blamed, naming the route
    assertEquals(List.of(dir.resolve("exosphere.yml") + ":7:5: error: services.cs.interface: route '/admin' of service"
        + " 'cs-ui' is under none of the paths stack 'cs' mounts [/app] (mount it, e.g. '/cs: {path: /}')"), formatted(r));
  }

  @Test
  void checksOfTheWholeModelPlaceAMembersProblemInItsOwnFile() throws IOException {
    // GIVEN no NAT and a child's private member pulling from Docker Hub (a check of the whole model, not the binder)
    Path app = write("exosphere.yml", YamlFiles.HEADER + "network: {natGateways: 0}\nbus: {image: 123456789012.dkr.ecr"
        + ".eu-west-1.amazonaws.com/exocom:1}\nservices:\n  cs: {type: stack, stack: ./cs}\n");
    write("cs/exosphere.yml", "services:\n  db:\n    type: private\n    image: nginx:1.27\n");

    // WHEN loaded
    LoadResult r = ModelLoader.load(app);

    // THEN the problem is at the image in cs/exosphere.yml
    assertTrue(formatted(r).stream().anyMatch(p -> p.startsWith(dir.resolve("cs/exosphere.yml") + ":4:12: error:"
        + " services.cs-db.image")), formatted(r).toString());
  }

  @Test
  void ailtiresVariablesAreTheStacks() throws IOException {
    // GIVEN a member setting AILTIRE_PARENT itself
    LoadResult r = ModelLoader.load(write("exosphere.yml", YamlFiles.HEADER + "services:\n  cs:\n    type: stack\n"
        + "    stack:\n      services:\n        job: {type: worker, image: a/b, environment: {AILTIRE_PARENT: x}}\n"));

    // THEN refused at the variable
    assertEquals(List.of(dir.resolve("exosphere.yml") + ":8:55: error: services.cs.stack.services.job.environment"
        + ".AILTIRE_PARENT: 'AILTIRE_PARENT' is set by the stack (AILTIRE_APPNAME, AILTIRE_STACKNAME, AILTIRE_PARENT,"
        + " AILTIRE_PARENT_NETWORK) (rename the variable: names starting with AILTIRE_ are the stack's)"), formatted(r));
  }

  @Test
  void moreMemberTasksThanTheInstancesHaveEnisIsAWarning() throws IOException {
    // GIVEN private members scaling to 5 tasks on at most 2 t3.small instances (2 awsvpc tasks each)
    LoadResult r = ModelLoader.load(write("exosphere.yml", YamlFiles.HEADER
        + "clusters: {private: {instanceType: t3.small, maxCapacity: 2}}\nservices:\n  cs:\n    type: stack\n"
        + "    stack: {services: {job: {type: worker, image: a/b, replicas: 2, scaling: {min: 2, max: 5}}}}\n"));

    // THEN a warning at maxCapacity, with the figures; the model still loads
    assertEquals(List.of(dir.resolve("exosphere.yml") + ":3:59: warning: clusters.private.maxCapacity: the stacks'"
        + " members on the private cluster run up to 5 tasks in awsvpc mode, an ENI each, but 2 t3.small instances take"
        + " 4 (2 each without ENI trunking) (raise maxCapacity, choose a larger instance type, or enable ECS ENI"
        + " trunking (awsvpcTrunking) on a supported type such as m5.large)"), formatted(r));
    assertTrue(r.model().isPresent());
  }

  @Test
  void theExampleAppLoadsAsATwoLevelTree() {
    // GIVEN src/ailtire-demo
    LoadResult r = ModelLoader.load(Path.of("..", "src", "ailtire-demo", "exosphere.yml"));

    // THEN clean, with customer and customer/search
    assertEquals(List.of(), formatted(r));
    assertEquals(List.of("customer", "customer/search"), r.orThrow().allStacks().map(ServiceStack::path).toList());
  }

  @Test
  void addingAStackMovesNoRuleOfTheParent() throws IOException {
    // GIVEN the same application without and with a child stack of two public routes
    ExoModel without = ModelLoader.load(write("a/exosphere.yml", YamlFiles.HEADER + WEB)).orThrow();
    ExoModel with = ModelLoader.load(write("b/exosphere.yml", YamlFiles.HEADER + WEB + "  cs:\n    type: stack\n"
        + "    stack: {services: {ui: {type: public, image: a/b, interface: {/: {port: 80}, /api: {port: 80}}}}}\n"
        + "    interface: {/cs: {path: /}}\n")).orThrow();

    // WHEN both are planned
    java.util.function.Function<ExoModel, Map<String, Integer>> priorities = m -> dev.exosphere.routing.RoutePlanner
        .plan(m.services().values().stream().flatMap(s -> dev.exosphere.routing.RouteRequest.of(s).stream()).toList())
        .stream().collect(java.util.stream.Collectors.toMap(r -> r.service() + " " + r.paths(),
            dev.exosphere.routing.PlannedRule::priority));

    // THEN web keeps its priority, and the child's mounted routes have their own (hash bands of their prefixes)
    Map<String, Integer> before = priorities.apply(without);
    Map<String, Integer> after = priorities.apply(with);
    before.forEach((rule, priority) -> assertEquals(priority, after.get(rule), rule));
    assertEquals(before.size() + 2, after.size(), after.toString());
    assertTrue(after.keySet().stream().anyMatch(k -> k.startsWith("cs-ui") && k.contains("/cs/api/*")), after.toString());
  }
}
