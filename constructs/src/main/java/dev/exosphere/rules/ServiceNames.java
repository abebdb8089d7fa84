package dev.exosphere.rules;

import java.util.Optional;

/**
 * Names taken in the application's Cloud Map namespace ({@code <name>.<app>.internal}): the bus registers itself
 * as {@link Defaults#BUS_SERVICE_NAME}, so a service of that name would collide with it (Cloud Map: a service name
 * is unique within its namespace; CreateService fails with "ServiceAlreadyExists").
 */
public final class ServiceNames {
  private ServiceNames() {}

  public static Optional<Complaint> notReserved(String name) {
    if (name.equals(Defaults.BUS_SERVICE_NAME)) {
      return Complaint.of("'" + name + "' is the message bus's own name in the application's namespace ("
          + name + ".<app>.internal)", "rename the service, e.g. '" + name + "-app'");
    }
    return Optional.empty();
  }
}
