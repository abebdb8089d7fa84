package dev.exosphere.load;

import dev.exosphere.model.Clusters;
import dev.exosphere.model.Gateway;
import dev.exosphere.model.Policies;
import java.util.Set;

/** What a service is checked against: the rest of the application, bound before the services. */
record AppFacts(Set<String> dependencyNames, Clusters clusters, Gateway gateway, Policies policies,
    dev.exosphere.model.Permissions permissions, StackScope scope) {

  /** The container port of a route that names none: the HTTP listener's, else the HTTPS listener's. */
  int defaultPort() {
    return gateway.ports().getOrDefault(80, gateway.ports().values().iterator().next());
  }
}
