package dev.exosphere.bus;

import dev.exosphere.LogRetentions;
import dev.exosphere.rules.Defaults;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.servicediscovery.IPrivateDnsNamespace;

/**
 * Props of {@link ExoComBus}. The image is either {@code image} or {@code originate/exocom:<version>}: never both.
 *
 * @param vpc          the VPC; the bus runs in its private subnets (required)
 * @param namespace    the application's private DNS namespace, where the bus registers as {@code exocom}; required
 *                     (the application owns it: private services register there too)
 * @param routes       every service's ExoCom routes, for {@code SERVICE_ROUTES}. @default none
 * @param version      ExoCom version, image {@code originate/exocom:<version>}. @default {@value #DEFAULT_VERSION}
 * @param image        a full image reference instead of {@code originate/exocom:<version>}. @default none
 * @param port         the port ExoCom listens on. @default {@value #DEFAULT_PORT}
 * @param instanceType the bus instance's EC2 type. @default {@value #DEFAULT_INSTANCE_TYPE}
 * @param cpu          CPU units of the ExoCom container. @default {@value #DEFAULT_CPU}
 * @param memory       MiB of the ExoCom container (hard limit). @default {@value #DEFAULT_MEMORY}
 * @param logRetention how long ExoCom's logs are kept. @default {@link LogRetentions#DEFAULT} (30 days)
 */
public record ExoComBusProps(
    IVpc vpc,
    IPrivateDnsNamespace namespace,
    List<ExoComRoute> routes,
    Optional<String> version,
    Optional<String> image,
    int port,
    String instanceType,
    int cpu,
    int memory,
    RetentionDays logRetention) {
  public static final String DEFAULT_VERSION = Defaults.BUS_VERSION;
  public static final int DEFAULT_PORT = Defaults.BUS_PORT;
  public static final String DEFAULT_INSTANCE_TYPE = Defaults.BUS_INSTANCE_TYPE;
  public static final int DEFAULT_CPU = Defaults.BUS_CPU;
  public static final int DEFAULT_MEMORY = Defaults.BUS_MEMORY_MIB;
  public static final RetentionDays DEFAULT_LOG_RETENTION = LogRetentions.DEFAULT;

  public ExoComBusProps {
    routes = List.copyOf(routes);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The image actually run. */
  public String imageReference() {
    return image.orElseGet(() -> "originate/exocom:" + version.orElse(DEFAULT_VERSION));
  }

  /** Builds {@link ExoComBusProps}; {@code vpc} and {@code namespace} are required. */
  public static final class Builder {
    private IVpc vpc;
    private IPrivateDnsNamespace namespace;
    private final List<ExoComRoute> routes = new ArrayList<>();
    private String version;
    private String image;
    private int port = DEFAULT_PORT;
    private String instanceType = DEFAULT_INSTANCE_TYPE;
    private int cpu = DEFAULT_CPU;
    private int memory = DEFAULT_MEMORY;
    private RetentionDays logRetention = DEFAULT_LOG_RETENTION;

    public Builder vpc(IVpc vpc) {
      this.vpc = vpc;
      return this;
    }

    public Builder namespace(IPrivateDnsNamespace namespace) {
      this.namespace = namespace;
      return this;
    }

    /** Replaces the routes. */
    public Builder routes(List<ExoComRoute> routes) {
      this.routes.clear();
      this.routes.addAll(routes);
      return this;
    }

    /** Adds one service's routes. */
    public Builder route(ExoComRoute route) {
      this.routes.add(route);
      return this;
    }

    public Builder version(String version) {
      this.version = version;
      return this;
    }

    public Builder image(String image) {
      this.image = image;
      return this;
    }

    public Builder port(int port) {
      this.port = port;
      return this;
    }

    public Builder instanceType(String instanceType) {
      this.instanceType = instanceType;
      return this;
    }

    public Builder cpu(int cpu) {
      this.cpu = cpu;
      return this;
    }

    public Builder memory(int memory) {
      this.memory = memory;
      return this;
    }

    public Builder logRetention(RetentionDays logRetention) {
      this.logRetention = logRetention;
      return this;
    }

    public ExoComBusProps build() {
      return new ExoComBusProps(vpc, namespace, routes,
          Optional.ofNullable(version), Optional.ofNullable(image), port, instanceType, cpu, memory, logRetention);
    }
  }
}
