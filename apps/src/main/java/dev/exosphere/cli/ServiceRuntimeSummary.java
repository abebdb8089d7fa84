package dev.exosphere.cli;

import dev.exosphere.model.ContainerSpec;
import dev.exosphere.model.Permissions;
import dev.exosphere.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The summary's lines on how a service's container runs and what its task role may do. */
final class ServiceRuntimeSummary {
  private ServiceRuntimeSummary() {}

  static List<String> lines(Service s) {
    List<String> out = new ArrayList<>();
    ContainerSpec c = s.container();
    List<String> runs = new ArrayList<>();
    c.entrypoint().ifPresent(e -> runs.add("entrypoint " + words(e)));
    c.command().ifPresent(e -> runs.add("command " + words(e)));
    c.workingDirectory().ifPresent(d -> runs.add("in " + d));
    c.user().ifPresent(u -> runs.add("as " + u));
    c.stopTimeout().ifPresent(t -> runs.add("stop timeout " + t + " s"));
    if (!runs.isEmpty()) {
      out.add("runs " + String.join(", ", runs));
    }
    c.healthCheck().ifPresent(h -> out.add("container health check " + words(h.command()) + " every "
        + h.intervalSeconds() + " s, timeout " + h.timeoutSeconds() + " s, " + h.retries() + " retries"
        + (h.startPeriodSeconds() > 0 ? ", start period " + h.startPeriodSeconds() + " s" : "")));
    Permissions p = s.permissions();
    if (p.isEmpty()) {
      out.add("permissions none (empty task role)");
    } else {
      p.managedPolicies().keySet().forEach(m -> out.add("permission managed policy " + m));
      p.statements().forEach(st -> out.add("permission " + String.join(", ", st.actions()) + " on "
          + String.join(", ", st.resources()) + (st.conditions().isEmpty() ? "" : " if " + String.join(", ",
          st.conditions().keySet())) + st.reason().map(r -> " (wildcard: " + r + ")").orElse("")));
    }
    return out;
  }

  /** Words as JSON-ish list, so a word with blanks stays visibly one word. */
  private static String words(List<String> words) {
    return words.stream().map(w -> w.isEmpty() || w.matches(".*[\\s\"',\\[\\]].*") ? "\"" + w.replace("\"", "\\\"") + "\"" : w)
        .collect(Collectors.joining(" ", "[", "]"));
  }
}
