package dev.exosphere.load;

import dev.exosphere.model.Domain;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What no single environment shows: two environments serving one domain would fight over its DNS records (and
 * each create a zone of that name), so each environment with a domain needs its own.
 */
final class EnvironmentChecks {
  private EnvironmentChecks() {}

  /** Reports each environment whose domain an earlier environment already serves. */
  static List<Problem> check(Map<String, LoadedEnvironment> environments, List<EnvironmentMerge.Merged> merged) {
    Map<String, String> servedBy = new HashMap<>();
    return environments.values().stream().flatMap(e -> {
      Optional<String> domain = e.model().domain().map(Domain::name);
      String first = domain.map(d -> servedBy.putIfAbsent(d, e.name())).orElse(null);
      if (first == null) {
        return Stream.<Problem>empty();
      }
      Problem p = new Problem(Problem.Severity.ERROR, e.sourceMap().at("domain"), "domain", "environments '" + first
          + "' and '" + e.name() + "' both serve the domain " + domain.get() + ": their DNS records would collide",
          "give '" + e.name() + "' a domain of its own, e.g. domain: " + e.name() + "." + domain.get());
      return merged.stream().filter(m -> m.name().equals(e.name())).map(m -> ModelLoader.named(p, m));
    }).toList();
  }
}
