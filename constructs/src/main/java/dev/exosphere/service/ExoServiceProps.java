package dev.exosphere.service;

import dev.exosphere.gateway.ExoGateway;
import dev.exosphere.model.Dependency;
import dev.exosphere.model.Service;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.ICluster;
import software.amazon.awscdk.services.servicediscovery.IPrivateDnsNamespace;

/**
 * Props of {@link ExoService}.
 *
 * @param service              the model's service; required
 * @param appName              the application's name (tags and log stream prefix); required
 * @param cluster              the ECS cluster on EC2 capacity it runs on; required
 * @param image                its image: a registry reference, a locked digest or an asset, the integrator's choice;
 *                             required
 * @param exocomHost           the ExoCom address handed over as {@code EXOCOM_HOST}; required
 * @param exocomPort           handed over as {@code EXOCOM_PORT}; @default 3100
 * @param dependencies         the application dependencies this service lists (their variables become its
 *                             environment or secrets); @default none
 * @param gateway              the load balancer; required for public services, unused otherwise; @default none
 * @param namespace            the Cloud Map namespace; required for private services, unused otherwise;
 *                             @default none
 * @param capacityProviderName the capacity provider to place tasks with; @default the cluster's default strategy
 */
public record ExoServiceProps(
    Service service,
    String appName,
    ICluster cluster,
    ContainerImage image,
    String exocomHost,
    int exocomPort,
    List<Dependency> dependencies,
    Optional<ExoGateway> gateway,
    Optional<IPrivateDnsNamespace> namespace,
    Optional<String> capacityProviderName) {

  public static final int DEFAULT_EXOCOM_PORT = 3100;

  public ExoServiceProps {
    // required props are checked by ExoService, which can name its construct path in the error
    dependencies = List.copyOf(dependencies);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ExoServiceProps}. */
  public static final class Builder {
    private Service service;
    private String appName;
    private ICluster cluster;
    private ContainerImage image;
    private String exocomHost;
    private int exocomPort = DEFAULT_EXOCOM_PORT;
    private List<Dependency> dependencies = List.of();
    private ExoGateway gateway;
    private IPrivateDnsNamespace namespace;
    private String capacityProviderName;

    public Builder service(Service v) {
      service = v;
      return this;
    }

    public Builder appName(String v) {
      appName = v;
      return this;
    }

    public Builder cluster(ICluster v) {
      cluster = v;
      return this;
    }

    public Builder image(ContainerImage v) {
      image = v;
      return this;
    }

    public Builder exocomHost(String v) {
      exocomHost = v;
      return this;
    }

    public Builder exocomPort(int v) {
      exocomPort = v;
      return this;
    }

    public Builder dependencies(List<Dependency> v) {
      dependencies = v;
      return this;
    }

    public Builder gateway(ExoGateway v) {
      gateway = v;
      return this;
    }

    public Builder namespace(IPrivateDnsNamespace v) {
      namespace = v;
      return this;
    }

    public Builder capacityProviderName(String v) {
      capacityProviderName = v;
      return this;
    }

    public ExoServiceProps build() {
      return new ExoServiceProps(service, appName, cluster, image, exocomHost, exocomPort, dependencies,
          Optional.ofNullable(gateway), Optional.ofNullable(namespace), Optional.ofNullable(capacityProviderName));
    }
  }
}
