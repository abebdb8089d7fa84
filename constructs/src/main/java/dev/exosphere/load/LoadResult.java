package dev.exosphere.load;

import dev.exosphere.ExoException;
import dev.exosphere.model.ExoModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What reading an {@code exosphere.yml} gave: the model when it has no error, and every problem found.
 *
 * @param file      the file asked for
 * @param model     present when there is no error (warnings allowed)
 * @param sourceMap where each YAML path stood (empty when the file could not be parsed)
 * @param problems  every error and warning, in file order
 */
public record LoadResult(Path file, Optional<ExoModel> model, SourceMap sourceMap, List<Problem> problems) {

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
}
