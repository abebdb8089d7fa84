package dev.exosphere;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exosphere.application.ServiceAdapter;
import dev.exosphere.bus.ExoComBusProps;
import dev.exosphere.cluster.ExoClusterProps;
import dev.exosphere.gateway.ExoGatewayProps;
import dev.exosphere.model.Bus;
import dev.exosphere.model.ClusterSpec;
import dev.exosphere.model.Gateway;
import dev.exosphere.model.HealthCheck;
import dev.exosphere.model.Network;
import dev.exosphere.model.Policies;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import dev.exosphere.network.ExoNetworkProps;
import dev.exosphere.service.ExoServiceProps;
import dev.exosphere.service.ServiceHealthCheck;
import dev.exosphere.service.ServiceRoute;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A prop left out and the key left out of exosphere.yml mean the same thing: each construct's defaults are the
 * model's (both read {@link dev.exosphere.rules.Defaults}; the JSON Schema's are checked by SchemaDriftTest).
 */
class ConstructDefaultsTest {
  @Test
  void serviceDefaultsAreTheModels() {
    ExoServiceProps props = ExoServiceProps.builder().build();
    Service model = Service.builder("web", ServiceType.WORKER).image("x").build();
    assertEquals(List.of(model.cpu(), model.memory(), model.replicas()),
        List.of(props.cpu(), props.memoryMiB(), props.desiredCount()));
    assertEquals(LogRetentions.of(Policies.DEFAULT_LOG_RETENTION_DAYS).orElseThrow(), props.logRetention());
    // and the adapter maps a model left at its defaults onto props left at theirs
    ExoServiceProps adapted = ServiceAdapter.props("shop", model, List.of()).build();
    assertEquals(List.of(props.cpu(), props.memoryMiB(), props.desiredCount(), props.logRetention()),
        List.of(adapted.cpu(), adapted.memoryMiB(), adapted.desiredCount(), adapted.logRetention()));
  }

  @Test
  void healthCheckAndRouteDefaultsAreTheModels() {
    HealthCheck model = HealthCheck.defaults();
    assertEquals(new ServiceHealthCheck(model.path(), model.intervalSeconds(), model.timeoutSeconds(),
        model.healthyThreshold(), model.unhealthyThreshold(), model.codes()), ServiceHealthCheck.defaults());
    ServiceRoute route = ServiceRoute.builder("/api", 3000).build();
    assertEquals(List.of(ServiceRoute.Protocol.HTTP, "/api", List.of()), List.of(route.protocol(), route.path(),
        route.hosts()));
  }

  @Test
  void clusterBusNetworkAndGatewayDefaultsAreTheModels() {
    ClusterSpec cluster = ClusterSpec.defaults();
    ExoClusterProps clusterProps = ExoClusterProps.builder().build();
    assertEquals(List.of(cluster.instanceType(), cluster.minCapacity(), cluster.maxCapacity()),
        List.of(clusterProps.instanceType(), clusterProps.minCapacity(), clusterProps.maxCapacity()));
    Bus bus = Bus.defaults();
    ExoComBusProps busProps = ExoComBusProps.builder().build();
    assertEquals(List.of(bus.imageReference(), bus.port(), bus.instanceType(), bus.cpu(), bus.memory()),
        List.of(busProps.imageReference(), busProps.port(), busProps.instanceType(), busProps.cpu(),
            busProps.memory()));
    Network network = Network.defaults();
    ExoNetworkProps networkProps = ExoNetworkProps.builder().build();
    assertEquals(List.of(network.cidr(), network.azs(), network.natGateways().name()),
        List.of(networkProps.cidrOrDefault(), networkProps.azsOrDefault(), networkProps.natGatewaysOrDefault().name()));
    Gateway gateway = Gateway.defaults();
    ExoGatewayProps gatewayProps = ExoGatewayProps.builder().build();
    assertEquals(List.of(gateway.ports().firstKey(), gateway.loadBalancers(), Policies.DEFAULT_REQUEST_TIMEOUT),
        List.of(gatewayProps.httpPort(), gatewayProps.loadBalancers(), gatewayProps.idleTimeoutSeconds()));
  }
}
