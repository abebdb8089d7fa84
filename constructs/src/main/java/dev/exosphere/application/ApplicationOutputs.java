package dev.exosphere.application;

import dev.exosphere.gateway.ExoGateway;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnOutputProps;
import software.amazon.awscdk.Fn;

/** The stack outputs an ops engineer needs after {@code cdk deploy}: where the app is, and what to register. */
final class ApplicationOutputs {
  private ApplicationOutputs() {}

  static void add(ExoApplication app) {
    app.getGateway().ifPresent(g -> gatewayOutputs(app, g));
    app.getBus().ifPresent(bus -> new CfnOutput(app, "ExoComAddress", CfnOutputProps.builder()
        .description("ExoCom, the message bus, as the services see it (EXOCOM_HOST:EXOCOM_PORT)")
        .value(bus.getHost() + ":" + bus.getPort())
        .build()));
  }

  private static void gatewayOutputs(ExoApplication app, ExoGateway g) {
    new CfnOutput(app, "Url", CfnOutputProps.builder()
        .description("The application's URL")
        .value(g.getUrl())
        .build());
    new CfnOutput(app, "LoadBalancerDnsName", CfnOutputProps.builder()
        .description("The load balancer's DNS name")
        .value(g.getLoadBalancer().getLoadBalancerDnsName())
        .build());
    if (!g.getNameServers().isEmpty()) {
      new CfnOutput(app, "NameServers", CfnOutputProps.builder()
          .description("Register these name servers for the domain with your registrar")
          .value(Fn.join(",", g.getNameServers()))
          .build());
    }
  }
}
