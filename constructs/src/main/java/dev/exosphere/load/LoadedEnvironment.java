package dev.exosphere.load;

import dev.exosphere.model.ExoModel;
import java.util.List;

/**
 * One environment of a valid file: its model (the base with the environment's override merged on), where each of its
 * values stood, and what it changes.
 *
 * @param name        the environment's name, e.g. {@code staging}
 * @param model       the merged model; its {@link ExoModel#environment()} is {@code name}
 * @param sourceMap   positions in the merged document: an overridden value points into the override
 * @param differences every value the environment changes, in the order written
 */
public record LoadedEnvironment(String name, ExoModel model, SourceMap sourceMap, List<EnvironmentDifference> differences) {
  public LoadedEnvironment {
    differences = List.copyOf(differences);
  }
}
