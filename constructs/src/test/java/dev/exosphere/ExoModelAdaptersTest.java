package dev.exosphere;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exosphere.application.BusAdapter;
import dev.exosphere.application.ClusterAdapter;
import dev.exosphere.bus.ExoComBusProps;
import dev.exosphere.bus.ExoComRoute;
import dev.exosphere.cluster.ExoClusterProps;
import dev.exosphere.model.Bus;
import dev.exosphere.model.ClusterSpec;
import dev.exosphere.model.ExoModel;
import dev.exosphere.model.Messages;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The adapters take the model records as they are, so the YAML's values reach the constructs unchanged. */
class ExoModelAdaptersTest {
  @Test
  void clusterSpecSetsInstanceTypeAndCapacities() {
    ExoClusterProps props = ClusterAdapter.props(new ClusterSpec("m7g.large", 2, 6, OptionalInt.of(4))).build();
    assertEquals(List.of("m7g.large", 2, 6, OptionalInt.of(4)),
        List.of(props.instanceType(), props.minCapacity(), props.maxCapacity(), props.desiredCapacity()));
  }

  @Test
  void clusterSpecSetsInstanceTypesAndSpotShare() {
    // GIVEN a cluster of three types with a Spot share WHEN adapted
    ExoClusterProps props = ClusterAdapter.props(new ClusterSpec(List.of("t3.small", "t3a.small", "m5.large"), 1, 3,
        OptionalInt.empty(), Optional.of(new dev.exosphere.model.Spot(2, 30, dev.exosphere.model.SpotAllocation.LOWEST_PRICE))))
        .build();
    // THEN the first is the launch template's, the others follow in order, and the share is the construct's own
    assertEquals(List.of("t3.small", List.of("t3a.small", "m5.large")), List.of(props.instanceType(), props.additionalInstanceTypes()));
    assertEquals(Optional.of(new dev.exosphere.cluster.ClusterSpot(2, 30,
        software.amazon.awscdk.services.autoscaling.SpotAllocationStrategy.LOWEST_PRICE)), props.spot());
  }

  private static ExoComBusProps bus(Bus bus) {
    return BusAdapter.props(ExoModel.builder(java.nio.file.Path.of("exosphere.yml"), "shop", "1.0").bus(bus).build()).build();
  }

  @Test
  void busSetsVersionWhenNoImageIsGiven() {
    ExoComBusProps props = bus(new Bus("0.22.0", Optional.empty(), 3200, "t3.nano", 128, 512));
    assertEquals(List.of("originate/exocom:0.22.0", Optional.empty(), 3200, "t3.nano", 128, 512),
        List.of(props.imageReference(), props.image(), props.port(), props.instanceType(), props.cpu(),
            props.memory()));
  }

  @Test
  void busSetsOnlyTheImageWhenOneIsGiven() {
    ExoComBusProps props = bus(new Bus("0.21.3", Optional.of("my/exocom:1"), 3100, "t3.micro", 256, 256));
    assertEquals(List.of("my/exocom:1", Optional.empty()), List.of(props.imageReference(), props.version()));
  }

  @Test
  void messagesBecomeARoute() {
    assertEquals(new ExoComRoute("users", List.of("users.list"), List.of("users.listed"), Optional.of("mongo")),
        BusAdapter.route("users", new Messages(List.of("users.listed"), List.of("users.list"), Optional.of("mongo"))));
  }
}
