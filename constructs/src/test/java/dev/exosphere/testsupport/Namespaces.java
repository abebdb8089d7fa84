package dev.exosphere.testsupport;

import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.servicediscovery.PrivateDnsNamespace;
import software.constructs.Construct;

/** The application's Cloud Map namespace, as ExoApplication (or a CDK developer) creates it for the bus. */
public final class Namespaces {
  private Namespaces() {}

  public static PrivateDnsNamespace create(Construct scope, IVpc vpc, String appName) {
    return PrivateDnsNamespace.Builder.create(scope, "Namespace").name(appName + ".internal").vpc(vpc).build();
  }
}
