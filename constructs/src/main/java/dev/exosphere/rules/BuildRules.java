package dev.exosphere.rules;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A service's {@code build}: what Docker and the CDK's image assets accept.
 *
 * <p>CDK DockerImageAsset: the Dockerfile is named relative to the asset's directory and must be inside it (the
 * directory is what gets staged). Dockerfile reference: ARG names are variable names (exo keeps them to
 * {@code [A-Za-z_][A-Za-z0-9_]*}, what a shell and {@code --build-arg} take unquoted); a stage name ({@code FROM ... AS
 * name}, {@code --target}) is a letter followed by letters, digits, {@code _}, {@code .} and {@code -}, matched case
 * insensitively (BuildKit's dockerfile parser).
 */
public final class BuildRules {
  private static final Pattern ARG = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern STAGE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

  private BuildRules() {}

  /** Both absolute and normalized. */
  public static Optional<Complaint> dockerfileInContext(Path context, Path dockerfile) {
    if (!dockerfile.startsWith(context)) {
      return Complaint.of("expected a Dockerfile inside the build context, got one outside it",
          "move the Dockerfile into the context folder, or make the context a folder that holds both");
    }
    return Optional.empty();
  }

  public static Optional<Complaint> argName(String name) {
    if (!ARG.matcher(name).matches()) {
      return Complaint.expected("a build argument name of letters, digits and '_', not starting with a digit", name,
          "rename it, e.g. '" + name.replaceAll("[^A-Za-z0-9_]", "_").replaceFirst("^(\\d)", "_$1") + "'");
    }
    return Optional.empty();
  }

  /** The stage names a Dockerfile declares, lower-cased (Docker matches them case insensitively). */
  public static Set<String> stages(String dockerfile) {
    // FROM [--platform=...] image AS name: keyword and name case insensitive
    Set<String> stages = new TreeSet<>();
    for (String line : dockerfile.split("\n")) {
      List<String> words = new ArrayList<>(List.of(line.trim().split("\\s+")));
      if (words.isEmpty() || !words.get(0).equalsIgnoreCase("FROM")) {
        continue;
      }
      words.remove(0);
      words.removeIf(w -> w.startsWith("--"));
      if (words.size() == 3 && words.get(1).equalsIgnoreCase("AS")) {
        stages.add(words.get(2).toLowerCase(Locale.ROOT));
      }
    }
    return stages;
  }

  /** {@code target} names a stage of the Dockerfile ({@code stages} from {@link #stages(String)}). */
  public static Optional<Complaint> targetIn(String target, Set<String> stages, String dockerfileName) {
    if (stages.contains(target.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Complaint.of("expected a stage of " + dockerfileName + ", got '" + target + "'",
        stages.isEmpty() ? "it has no 'FROM ... AS <name>' stage: name one, or remove 'target'"
            : Typos.closest(target, stages).map(c -> "did you mean '" + c + "'?")
                .orElse("its stages are " + String.join(", ", stages)));
  }

  public static Optional<Complaint> target(String stage) {
    if (!STAGE.matcher(stage).matches()) {
      return Complaint.expected("a build stage name (a letter, then letters, digits, '_', '.' or '-'), as in 'FROM ... AS name'",
          stage, "use the name of a stage of the Dockerfile");
    }
    return Optional.empty();
  }
}
