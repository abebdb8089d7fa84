package dev.exosphere.application;

import dev.exosphere.lock.ImageLock;
import dev.exosphere.model.ExoModel;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.route53.IHostedZone;
import software.amazon.awscdk.services.servicediscovery.IPrivateDnsNamespace;

/**
 * Props of {@link ExoApplication}.
 *
 * @param model      the loaded application (see {@link dev.exosphere.load.ModelLoader}); required
 * @param imageLock  pinned image digests; a {@code build} service with an entry is deployed by digest.
 *                   {@code @default} none: every {@code build} service becomes a CDK image asset
 * @param vpc        an existing VPC to deploy into. {@code @default} created from the model's {@code network}
 *                   (or looked up by its {@code vpcId}); passing one when the model sets {@code vpcId} is an error
 * @param namespace  an existing Cloud Map private DNS namespace for the bus and the private services.
 *                   {@code @default} created as {@code <name>.internal}
 * @param hostedZone an existing hosted zone for the domain. {@code @default} the model's {@code hostedZoneId}, else a
 *                   created zone; passing one when the model sets {@code hostedZoneId} is an error
 */
public record ExoApplicationProps(ExoModel model, Optional<ImageLock> imageLock, Optional<IVpc> vpc,
    Optional<IHostedZone> hostedZone, Optional<IPrivateDnsNamespace> namespace) {

  public ExoApplicationProps {
    Objects.requireNonNull(imageLock, "imageLock");
    Objects.requireNonNull(vpc, "vpc");
    Objects.requireNonNull(hostedZone, "hostedZone");
    Objects.requireNonNull(namespace, "namespace");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ExoApplicationProps}. */
  public static final class Builder {
    private ExoModel model;
    private Optional<ImageLock> imageLock = Optional.empty();
    private Optional<IVpc> vpc = Optional.empty();
    private Optional<IHostedZone> hostedZone = Optional.empty();
    private Optional<IPrivateDnsNamespace> namespace = Optional.empty();

    public Builder model(ExoModel v) {
      this.model = v;
      return this;
    }

    public Builder imageLock(Optional<ImageLock> v) {
      this.imageLock = v;
      return this;
    }

    public Builder imageLock(ImageLock v) {
      this.imageLock = Optional.of(v);
      return this;
    }

    public Builder vpc(IVpc v) {
      this.vpc = Optional.of(v);
      return this;
    }

    public Builder hostedZone(IHostedZone v) {
      this.hostedZone = Optional.of(v);
      return this;
    }

    public Builder namespace(IPrivateDnsNamespace v) {
      this.namespace = Optional.of(v);
      return this;
    }

    public ExoApplicationProps build() {
      return new ExoApplicationProps(model, imageLock, vpc, hostedZone, namespace);
    }
  }
}
