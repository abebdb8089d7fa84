package dev.exosphere.load;

import dev.exosphere.ExoException;
import dev.exosphere.model.ExoModel;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What reading an {@code exosphere.yml} gave: the model when it has no error, and every problem found.
 *
 * @param file         the file asked for
 * @param model        present when there is no error (warnings allowed); with {@code environments}, the base
 * @param sourceMap    where each YAML path stood (empty when the file could not be parsed)
 * @param problems     every error and warning, in file order, those of every environment included
 * @param environments each environment of a valid file, in the order written; empty without {@code environments}
 */
public record LoadResult(Path file, Optional<ExoModel> model, SourceMap sourceMap, List<Problem> problems,
    Map<String, LoadedEnvironment> environments) {

  public LoadResult {
    problems = List.copyOf(problems);
    environments = Collections.unmodifiableMap(new LinkedHashMap<>(environments));
  }

  /** A result without environments. */
  public LoadResult(Path file, Optional<ExoModel> model, SourceMap sourceMap, List<Problem> problems) {
    this(file, model, sourceMap, problems, Map.of());
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /** The model, or an {@link ExoException} listing every error. */
  public ExoModel orThrow() {
    if (hasErrors() || model.isEmpty()) {
      throw ExoException.of(errors());
    }
    return model.get();
  }

  /**
   * What to deploy: the environment named (required when the file has environments, refused when it has none), or
   * the application itself. Any other case, like errors in the file, is an {@link ExoException} saying what to do.
   */
  public LoadedEnvironment deployment(Optional<String> environment) {
    ExoModel base = orThrow();
    if (environments.isEmpty()) {
      if (environment.isPresent()) {
        throw problem("", "env=" + environment.get() + " names an environment, but the application has none",
            "drop -c env, or add 'environments:' to " + file + " (docs/exosphere-yml.md)");
      }
      return new LoadedEnvironment("", base, sourceMap, List.of());
    }
    String names = String.join(", ", environments.keySet());
    String first = environments.keySet().iterator().next();
    if (environment.isEmpty()) {
      throw problem(EnvironmentMerge.KEY, "the application has environments (" + names + "): name the one to use",
          "add -c env=NAME, e.g. cdk deploy -c env=" + first + " (the same for synth, diff and destroy)");
    }
    LoadedEnvironment found = environments.get(environment.get());
    if (found == null) {
      throw problem(EnvironmentMerge.KEY, "no environment '" + environment.get() + "'; the application has " + names,
          Suggestions.closest(environment.get(), environments.keySet()).map(c -> "did you mean -c env=" + c + "?")
              .orElse("use -c env=" + first + ", or add '" + environment.get() + "' under environments"));
    }
    return found;
  }

  private ExoException problem(String path, String message, String fix) {
    return ExoException.of(List.of(new Problem(Problem.Severity.ERROR, sourceMap.at(path), path, message, fix)));
  }
}
