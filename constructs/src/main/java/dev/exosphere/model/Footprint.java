package dev.exosphere.model;

import java.util.List;

/**
 * What an application needs created, and why: a cluster only for the services that run on it, the ExoCom bus only
 * when some service sends or receives a message or the file asks for it ({@link Bus#enabled()}), the Cloud Map namespace only for the
 * bus and the private services reached on a port. A one-service application pays for no idle instance.
 *
 * @param publicServices  the public services: the public cluster runs them
 * @param privateServices the private services and workers: the private cluster runs them
 * @param talkers         the services that send or receive messages on the bus
 * @param bus             whether the bus is created
 * @param namespace       whether the Cloud Map namespace is created
 */
public record Footprint(List<String> publicServices, List<String> privateServices, List<String> talkers, boolean bus,
    boolean namespace) {
  public Footprint {
    publicServices = Guard.list(publicServices, "Footprint.publicServices");
    privateServices = Guard.list(privateServices, "Footprint.privateServices");
    talkers = Guard.list(talkers, "Footprint.talkers");
  }

  public static Footprint of(ExoModel model) {
    List<Service> all = List.copyOf(model.services().values());
    List<String> pub = all.stream().filter(s -> s.type() == ServiceType.PUBLIC).map(Service::name).toList();
    List<String> priv = all.stream().filter(s -> s.type() != ServiceType.PUBLIC).map(Service::name).toList();
    List<String> talkers = all.stream().filter(s -> !s.messages().sends().isEmpty() || !s.messages().receives().isEmpty())
        .map(Service::name).toList();
    boolean bus = model.bus().enabled().orElse(!talkers.isEmpty());
    boolean namespace = bus || all.stream().anyMatch(s -> s.type() == ServiceType.PRIVATE && !s.routes().isEmpty());
    return new Footprint(pub, priv, talkers, bus, namespace);
  }

  public boolean publicCluster() {
    return !publicServices.isEmpty();
  }

  public boolean privateCluster() {
    return !privateServices.isEmpty();
  }

  /** Why the public cluster is created or not, e.g. "created (web)". */
  public String publicClusterReason() {
    return publicCluster() ? "created (" + String.join(", ", publicServices) + ")" : "not created (no public service)";
  }

  public String privateClusterReason() {
    return privateCluster() ? "created (" + String.join(", ", privateServices) + ")"
        : "not created (no private service or worker)";
  }

  public String busReason() {
    if (!bus) {
      return "not created (no service sends or receives messages)";
    }
    return talkers.isEmpty() ? "created (asked for under bus)"
        : "created (" + String.join(", ", talkers) + (talkers.size() == 1 ? " sends or receives" : " send or receive")
            + " messages)";
  }
}
