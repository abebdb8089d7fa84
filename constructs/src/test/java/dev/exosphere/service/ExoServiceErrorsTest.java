package dev.exosphere.service;

import static dev.exosphere.EdgeFixtures.route;
import static dev.exosphere.EdgeFixtures.service;
import static dev.exosphere.EdgeFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.EdgeFixtures;
import dev.exosphere.ExoException;
import dev.exosphere.model.Policies;
import dev.exosphere.model.Scaling;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ecs.AddCapacityOptions;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.servicediscovery.PrivateDnsNamespace;

class ExoServiceErrorsTest {

  private static Cluster cluster(Stack stack) {
    Cluster c = Cluster.Builder.create(stack, "Cluster").vpc(Vpc.Builder.create(stack, "Vpc").maxAzs(2).build()).build();
    c.addCapacity("Asg", AddCapacityOptions.builder().instanceType(new InstanceType("t3.small")).build());
    return c;
  }

  private static String error(Service s) {
    Stack stack = EdgeFixtures.stack();
    return assertThrows(ExoException.class,
        () -> new ExoService(stack, "Svc", ExoServiceTest.base(s, cluster(stack)).build())).getMessage();
  }

  @Test
  void aMissingRequiredPropNamesTheConstructAndTheFix() {
    // GIVEN props without a cluster
    Stack stack = EdgeFixtures.stack();
    ExoServiceProps props = ExoServiceTest.base(service("users", ServiceType.WORKER), cluster(stack)).cluster((software.amazon.awscdk.services.ecs.ICluster) null).build();
    // WHEN the service is built THEN a clear error, not a null pointer
    assertEquals("Test/Svc: cluster = none is invalid: expected a value: it is required."
        + " Fix: pass the ExoCluster it runs on",
        assertThrows(ExoException.class, () -> new ExoService(stack, "Svc", props)).getMessage());
  }

  @Test
  void aPublicServiceNeverAttachedToAGatewayFailsSynth() {
    // GIVEN a public service built without a gateway and never attached to one
    Stack stack = EdgeFixtures.stack();
    new ExoService(stack, "Svc", ExoServiceTest.base(service("web", ServiceType.PUBLIC, route("/", 3000)),
        cluster(stack)).build());
    // WHEN the stack is synthesized THEN the error names the prop and both ways to fix it
    RuntimeException e = assertThrows(RuntimeException.class, () -> Template.fromStack(stack));
    assertTrue(e.getMessage().contains("Test/Svc: gateway = none is invalid: expected the load balancer for public"
        + " service web. Fix: pass ExoServiceProps.gateway, or call attachTo(gateway)"), e.getMessage());
  }

  @Test
  void aPrivateServiceWithoutNamespaceIsRejected() {
    assertEquals("Test/Svc: namespace = none is invalid: expected a Cloud Map namespace for private service"
        + " users. Fix: pass the application's private DNS namespace, e.g. exoApplication.getNamespace().orElseThrow()",
        error(service("users", ServiceType.PRIVATE, route("/", 4000))));
  }

  @Test
  void aPrivateServiceWithoutPortTalksOnlyThroughExoCom() {
    // GIVEN a private service with no interface port (like SpaceTweet's storage service), and a namespace
    Stack stack = EdgeFixtures.stack();
    Cluster cluster = cluster(stack);
    PrivateDnsNamespace ns = PrivateDnsNamespace.Builder.create(stack, "Ns").name("app.internal")
        .vpc(cluster.getVpc()).build();
    ExoServiceProps props = ExoServiceTest.base(service("users", ServiceType.PRIVATE), cluster).namespace(ns).build();
    // WHEN it is built
    new ExoService(stack, "Svc", props);
    // THEN it has no port, no container health check and no Cloud Map record
    Template t = Template.fromStack(stack);
    t.resourceCountIs("AWS::ServiceDiscovery::Service", 0);
    t.hasResourceProperties("AWS::ECS::Service", Map.of("ServiceRegistries", Match.absent()));
    t.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", List.of(Match.objectLike(Map.of(
        "Name", "users", "PortMappings", Match.absent(), "HealthCheck", Match.absent())))));
  }

  @Test
  void requestScalingWithoutLoadBalancerIsRejectedBeforeAnythingIsBuilt() {
    // GIVEN a worker that scales on requests per target, which only a load balancer's target group counts
    Service s = with(service("tweets", ServiceType.WORKER), Map.of(), Map.of(),
        Optional.of(new Scaling(1, 3, OptionalInt.empty(), OptionalInt.of(100))), List.of(), Policies.none());
    Stack stack = EdgeFixtures.stack();
    // WHEN it is built THEN a clear error, and the construct holds no half-built children
    assertEquals("Test/Svc: scaling.targetRequests = 100 is invalid: expected no request target on a service without"
        + " a load balancer. Fix: scale it on targetCpu instead", assertThrows(ExoException.class,
            () -> new ExoService(stack, "Svc", ExoServiceTest.base(s, cluster(stack)).build())).getMessage());
    assertEquals(0, stack.getNode().findChild("Svc").getNode().getChildren().size());
  }

  @Test
  void aVariableExosphereSetsIsRejectedByItsPropName() {
    // GIVEN an environment that sets ROLE itself
    Stack stack = EdgeFixtures.stack();
    ExoServiceProps props = ExoServiceTest.base(service("tweets", ServiceType.WORKER), cluster(stack))
        .environment(Map.of("ROLE", "x")).build();
    // WHEN it is built THEN the error names ExoServiceProps.environment, never exosphere.yml
    assertEquals("Test/Svc: environment.ROLE = a variable defined twice is invalid: expected each variable defined"
        + " once (Exosphere sets ROLE, SERVICE_NAME, EXOCOM_HOST, EXOCOM_PORT; a name is either in environment or in"
        + " secrets). Fix: rename or remove it",
        assertThrows(ExoException.class, () -> new ExoService(stack, "Svc", props)).getMessage());
  }

  @Test
  void aHealthCheckOutsideTheLoadBalancersRangeNamesTheRouteAndField() {
    // GIVEN a route whose health check runs every 2 s (the ALB allows 5-300)
    Stack stack = EdgeFixtures.stack();
    ExoServiceProps props = ExoServiceTest.base(service("users", ServiceType.WORKER), cluster(stack))
        .kind(ServiceKind.PRIVATE).routes(ServiceRoute.builder("/", 4000)
            .healthCheck(ServiceHealthCheck.builder().intervalSeconds(2).build()).build()).build();
    // WHEN it is built THEN the error names the prop path
    assertEquals("Test/Svc: routes[0].healthCheck.intervalSeconds = 2 is invalid: expected 5-300. Fix: use e.g. 30",
        assertThrows(ExoException.class, () -> new ExoService(stack, "Svc", props)).getMessage());
  }

  @Test
  void aWorkerWithRoutesIsRejected() {
    Stack stack = EdgeFixtures.stack();
    ExoServiceProps props = ExoServiceTest.base(service("tweets", ServiceType.WORKER), cluster(stack))
        .routes(ServiceRoute.builder("/", 4000).build()).build();
    assertEquals("Test/Svc: routes = [/] is invalid: expected no routes for a WORKER (it has no inbound port)."
        + " Fix: drop the routes, or make it PRIVATE or PUBLIC",
        assertThrows(ExoException.class, () -> new ExoService(stack, "Svc", props)).getMessage());
  }

  @Test
  void aCapacityProviderPlacesTheTasks() {
    // GIVEN a worker with a capacity provider
    Stack stack = EdgeFixtures.stack();
    new ExoService(stack, "Svc", ExoServiceTest.base(service("tweets", ServiceType.WORKER), cluster(stack))
        .capacityProviderName("PrivateCapacity").build());

    // THEN the service uses it instead of a launch type
    Template t = Template.fromStack(stack);
    t.hasResourceProperties("AWS::ECS::Service", Map.of("CapacityProviderStrategy",
        List.of(Map.of("CapacityProvider", "PrivateCapacity", "Weight", 1)),
        "LaunchType", software.amazon.awscdk.assertions.Match.absent()));
  }
}
