package dev.exosphere.gateway;

import static dev.exosphere.EdgeFixtures.route;
import static dev.exosphere.EdgeFixtures.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.exosphere.EdgeFixtures;
import dev.exosphere.model.Service;
import dev.exosphere.model.ServiceType;
import dev.exosphere.service.ExoService;
import dev.exosphere.application.ServiceAdapter;
import dev.exosphere.bus.ExoComAddress;
import dev.exosphere.testsupport.TestApps;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ecs.AddCapacityOptions;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.ICluster;

/**
 * A single-load-balancer application whose template was recorded before the gateway could have several load
 * balancers ({@code single-load-balancer.template.json}): the first load balancer must never be replaced.
 */
final class SingleLoadBalancerBaseline {
  static final String RESOURCE = "single-load-balancer.template.json";
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private SingleLoadBalancerBaseline() {}

  /** The application: host-less and host-named public services, one of them deployed as an ExoService. */
  static Map<String, Object> synth(ExoGatewayProps.Builder extra) {
    // Recorded under CDK's default feature flags: the same flags, whatever the run's, for a like-for-like diff.
    Stack stack = EdgeFixtures.stack(TestApps.Flags.DEFAULTS);
    Vpc vpc = Vpc.Builder.create(stack, "Vpc").maxAzs(2).build();
    Service web = service("web", ServiceType.PUBLIC, route("/", 3000, "www.spacetweet.example.com"));
    ExoGateway gateway = new ExoGateway(stack, "Gateway", extra.vpc(vpc)
        .domainName("spacetweet.example.com")
        .routes(EdgeFixtures.routesOf(List.of(web,
            service("api", ServiceType.PUBLIC, route("/api", 3000)),
            service("admin", ServiceType.PUBLIC, route("/", 3000, "admin.spacetweet.example.com")))))
        .build());
    Cluster cluster = Cluster.Builder.create(stack, "Cluster").vpc(vpc).build();
    cluster.addCapacity("Asg", AddCapacityOptions.builder().instanceType(new InstanceType("t3.small")).build());
    new ExoService(stack, "Web", ServiceAdapter.props("space-tweet", web, List.of()).cluster((ICluster) cluster)
        .image(ContainerImage.fromRegistry("example/web:1.0")).bus(new ExoComAddress("exocom.internal", 3100))
        .gateway(gateway).build());
    return Template.fromStack(stack).toJSON();
  }
}
