package dev.exosphere.service;

import static dev.exosphere.EdgeFixtures.route;
import static dev.exosphere.EdgeFixtures.service;
import static dev.exosphere.EdgeFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exosphere.EdgeFixtures;
import dev.exosphere.ExoException;
import dev.exosphere.model.Policies;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ecs.AddCapacityOptions;
import software.amazon.awscdk.services.ecs.Cluster;

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
  void aPublicServiceWithoutGatewayIsRejected() {
    assertEquals("Test/Svc: gateway = none is invalid: expected the load balancer for public service web."
        + " Fix: pass the application's ExoGateway", error(service("web", ServiceType.PUBLIC, route("/", 3000))));
  }

  @Test
  void aPrivateServiceWithoutNamespaceIsRejected() {
    assertEquals("Test/Svc: namespace = none is invalid: expected a Cloud Map namespace and a port for private service"
        + " users. Fix: pass the application's private DNS namespace and give the service an interface port",
        error(service("users", ServiceType.PRIVATE, route("/", 4000))));
  }

  @Test
  void aVariableDefinedTwiceIsRejected() {
    Service s = with(service("tweets", ServiceType.WORKER), Map.of("ROLE", "x"), Map.of(), Optional.empty(),
        List.of(), Policies.none());
    assertEquals("Test/Svc: variable ROLE = defined again by environment is invalid: expected each variable defined"
        + " once (Exosphere sets ROLE, SERVICE_NAME, EXOCOM_HOST, EXOCOM_PORT, LOG_LEVEL). Fix: rename or remove the"
        + " duplicate in environment", error(s));
  }

  @Test
  void aRetentionCloudWatchDoesNotOfferIsRejected() {
    Service s = with(service("tweets", ServiceType.WORKER), Map.of(), Map.of(), Optional.empty(), List.of(),
        new Policies(OptionalInt.of(10), Optional.empty(), OptionalInt.empty(), Optional.empty()));
    assertEquals("Test/Svc: policies.logging.retentionDays = 10 is invalid: expected one of CloudWatch Logs' retention"
        + " periods [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288,"
        + " 3653]. Fix: pick the nearest of them", error(s));
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
