package dev.exosphere.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.exosphere.EdgeFixtures;
import dev.exosphere.ExoException;
import dev.exosphere.routing.PlannedRule;
import dev.exosphere.service.ExoService;
import dev.exosphere.service.ExoServiceProps;
import dev.exosphere.service.ServiceKind;
import dev.exosphere.service.ServiceRoute;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.ICluster;

/** Public services composed by hand attach to a gateway one by one; the gateway plans as they come. */
class ExoGatewayAttachTest {
  private static final List<ServiceRoute> HOME = List.of(ServiceRoute.builder("/", 3000).build(),
      ServiceRoute.builder("/about", 3000).path("/").build());
  private static final List<ServiceRoute> API = List.of(ServiceRoute.builder("/api", 4000).hosts("api.example.com")
      .build());

  private record Parts(Stack stack, ExoGateway gateway, ICluster cluster) {}

  private static Parts parts(ExoGatewayProps.Builder gateway) {
    Stack stack = EdgeFixtures.stack();
    Cluster cluster = EdgeFixtures.ec2Cluster(stack);
    IVpc vpc = cluster.getVpc();
    return new Parts(stack, new ExoGateway(stack, "Gateway", gateway.vpc(vpc).build()), cluster);
  }

  private static ExoService service(Parts p, String name, List<ServiceRoute> routes) {
    return new ExoService(p.stack(), name, props(p, name, ServiceKind.PUBLIC, routes).build());
  }

  private static ExoServiceProps.Builder props(Parts p, String name, ServiceKind kind, List<ServiceRoute> routes) {
    return ExoServiceProps.builder().name(name).kind(kind).appName("shop").cluster(p.cluster())
        .image(ContainerImage.fromRegistry("example/" + name + ":1")).routes(routes);
  }

  private static List<PlannedRule> announced() {
    return parts(ExoGatewayProps.builder().routes(Stream.concat(HOME.stream().map(r -> r.request("home")),
        API.stream().map(r -> r.request("api"))).toList())).gateway().getRules();
  }

  @Test
  void servicesAttachedOneByOneGetTheRulesAnAnnouncedPlanGives() {
    // GIVEN a gateway that knows no route WHEN two services attach after it is built
    Parts p = parts(ExoGatewayProps.builder());
    service(p, "home", HOME).attachTo(p.gateway());
    p.gateway().addService(service(p, "api", API));
    // THEN the same rules, ids and priorities as when both were announced up front
    assertEquals(announced(), p.gateway().getRules());
  }

  @Test
  void aHostOfAServiceAttachedLaterGetsItsAliasRecord() {
    // GIVEN a gateway with a domain, built before any service
    Parts p = parts(ExoGatewayProps.builder().domainName("example.com"));
    // WHEN a service on www.example.com attaches
    service(p, "www", List.of(ServiceRoute.builder("/", 3000).hosts("www.example.com").build()))
        .attachTo(p.gateway());
    // THEN the host has its alias record, beside the apex's
    Template t = Template.fromStack(p.stack());
    t.resourceCountIs("AWS::Route53::RecordSet", 2);
    t.hasResourceProperties("AWS::Route53::RecordSet", Map.of("Name", "www.example.com.", "Type", "A"));
  }

  @Test
  void routesOtherThanTheAnnouncedOnesAreRefused() {
    Parts p = parts(ExoGatewayProps.builder().routes(HOME.stream().map(r -> r.request("home")).toList()));
    ExoService home = service(p, "home", List.of(ServiceRoute.builder("/", 3000).build()));
    ExoException e = assertThrows(ExoException.class, () -> home.attachTo(p.gateway()));
    assertEquals("Test/Gateway: routes = home is invalid: expected the routes ExoGatewayProps.routes announced for home"
        + " [/, /about]. Fix: announce the service's routes as the service has them, or leave them out of"
        + " ExoGatewayProps.routes", e.getMessage());
  }

  @Test
  void aRouteAnotherServiceHasIsRefusedByPropBeforeTheServiceIsBuilt() {
    // GIVEN home attached WHEN another service claims its / route through the gateway prop
    Parts p = parts(ExoGatewayProps.builder());
    service(p, "home", HOME).attachTo(p.gateway());
    ExoException e = assertThrows(ExoException.class, () -> new ExoService(p.stack(), "copy",
        props(p, "copy", ServiceKind.PUBLIC, List.of(ServiceRoute.builder("/", 3000).build()))
            .gateway(p.gateway()).build()));
    // THEN the error names props, and the service has no child yet
    assertEquals("Test/Gateway: routes = home: ExoServiceProps.routes[/] (/ on any host) is invalid: expected a route"
        + " no other service has; service copy already routes it. Fix: give one of them another prefix or other"
        + " hosts", e.getMessage());
    assertEquals(0, p.stack().getNode().findChild("copy").getNode().getChildren().size());
  }

  @Test
  void aServiceAttachesOnce() {
    Parts p = parts(ExoGatewayProps.builder());
    ExoService home = service(p, "home", HOME);
    home.attachTo(p.gateway());
    ExoException e = assertThrows(ExoException.class, () -> home.attachTo(p.gateway()));
    assertEquals("Test/home: gateway = Test/Gateway is invalid: expected one gateway per service; already attached to"
        + " Test/Gateway. Fix: attach it once", e.getMessage());
  }

  @Test
  void aPrivateServiceDoesNotAttach() {
    Parts p = parts(ExoGatewayProps.builder());
    ExoService users = new ExoService(p.stack(), "users", props(p, "users", ServiceKind.WORKER, List.of()).build());
    ExoException e = assertThrows(ExoException.class, () -> users.attachTo(p.gateway()));
    assertEquals("Test/users: gateway = Test/Gateway is invalid: expected no gateway for a WORKER service (only PUBLIC"
        + " services are behind the load balancer). Fix: set kind to PUBLIC, or drop the gateway", e.getMessage());
  }
}
