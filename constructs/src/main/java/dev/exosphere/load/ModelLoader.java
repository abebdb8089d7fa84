package dev.exosphere.load;

import dev.exosphere.model.ExoModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an {@code exosphere.yml} into an {@link ExoModel}, reporting every problem at once. Never throws: whatever
 * the input (missing file, binary junk, YAML errors, wrong values), the answer is a {@link LoadResult} whose problems
 * say where, what was expected, what was found and how to fix it.
 */
public final class ModelLoader {
  private ModelLoader() {}

  /**
   * Loads {@code file}. Problem positions name the file as given (pass a relative path for machine-independent
   * messages); the model's {@link ExoModel#file()} is absolute.
   */
  public static LoadResult load(Path file) {
    LoadContext ctx = new LoadContext(file);
    SourceMap sources = new SourceMap(file, Map.of());
    Optional<ExoModel> model = Optional.empty();
    try {
      Optional<YamlNode> root = YamlSource.read(ctx).flatMap(text -> YamlReader.read(ctx, text));
      if (root.isPresent()) {
        sources = SourceMaps.of(file, root.get());
        model = new AppBinder(new Values(ctx)).bind(root.get());
        SourceMap found = sources;
        model.ifPresent(m -> new ModelChecks(ctx, found).check(m));
        model.ifPresent(m -> new AwsChecks(ctx, found).check(m));
        model.ifPresent(m -> new NetworkChecks(ctx, found).check(m));
      }
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A bug of ours (a limit that should have stopped the input) must still not escape as a stack trace: it
      // becomes one more problem, at 1:1 so that editors can jump to the file.
      ctx.error(ctx.at(1, 1), "", "internal error while reading this file: " + e,
          "please report it with the file attached");
    }
    return new LoadResult(file, ctx.hasErrors() ? Optional.empty() : model, sources, ctx.problems());
  }
}
