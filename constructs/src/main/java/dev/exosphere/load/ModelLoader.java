package dev.exosphere.load;

import dev.exosphere.model.ExoModel;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an {@code exosphere.yml} into an {@link ExoModel}, reporting every problem at once. Never throws: whatever
 * the input (missing file, binary junk, YAML errors, wrong values), the answer is a {@link LoadResult} whose problems
 * say where, what was expected, what was found and how to fix it.
 *
 * <p>With {@code environments}, the base and every environment (merged by {@link EnvironmentMerge}) are checked in
 * one go: a problem of the base is reported once; one that only an environment has names that environment, with the
 * override's YAML path when the override caused it.
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
    Map<String, LoadedEnvironment> environments = new LinkedHashMap<>();
    try {
      Optional<YamlNode> root = YamlSource.read(ctx).flatMap(text -> YamlReader.read(ctx, text));
      if (root.isPresent()) {
        sources = SourceMaps.of(file, root.get());
        model = bound(ctx, root.get(), sources);
        Set<Problem> ofBase = new HashSet<>(ctx.problems());
        List<EnvironmentMerge.Merged> merged = EnvironmentMerge.of(new Values(ctx), root.get());
        for (EnvironmentMerge.Merged env : merged) {
          environment(ctx, env, ofBase).ifPresent(e -> environments.put(e.name(), e));
        }
        EnvironmentChecks.check(environments, merged).forEach(ctx::add);
      }
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A bug of ours (a limit that should have stopped the input) must still not escape as a stack trace: it
      // becomes one more problem, at 1:1 so that editors can jump to the file.
      ctx.error(ctx.at(1, 1), "", "internal error while reading this file: " + e,
          "please report it with the file attached");
    }
    boolean ok = !ctx.hasErrors();
    return new LoadResult(file, ok ? model : Optional.empty(), sources, ctx.problems(), ok ? environments : Map.of());
  }

  /** Binds and checks one document (the base, or an environment merged onto it). */
  private static Optional<ExoModel> bound(LoadContext ctx, YamlNode root, SourceMap sources) {
    AppBinder binder = new AppBinder(new Values(ctx));
    Optional<ExoModel> model = binder.bind(EnvironmentMerge.base(root));
    // the members of stacks are written in their own files
    SourceMap all = sources.with(binder.memberPositions());
    model.ifPresent(m -> new ModelChecks(ctx, all).check(m));
    model.ifPresent(m -> new AwsChecks(ctx, all).check(m));
    model.ifPresent(m -> new NetworkChecks(ctx, all).check(m));
    model.ifPresent(m -> new SegmentChecks(ctx, all).check(m));
    return model;
  }

  /** Checks one environment; its own problems go to {@code ctx}, named after it. */
  private static Optional<LoadedEnvironment> environment(LoadContext ctx, EnvironmentMerge.Merged env, Set<Problem> ofBase) {
    LoadContext own = new LoadContext(ctx.file());
    SourceMap sources = SourceMaps.of(ctx.file(), env.root());
    Optional<ExoModel> model = bound(own, env.root(), sources).map(m -> m.toBuilder().environment(env.name()).build());
    List<Problem> problems = own.problems().stream().filter(p -> !ofBase.contains(p)).toList();
    problems.forEach(p -> ctx.add(named(p, env)));
    return model.filter(m -> !own.hasErrors()).map(m -> new LoadedEnvironment(env.name(), m, sources, env.differences()));
  }

  /**
   * The problem as the environment's: at a position of the override, its path is the override's
   * ({@code environments.staging.services.web.replicas}); at one of the base, the message names the environment.
   */
  static Problem named(Problem p, EnvironmentMerge.Merged env) {
    String section = Paths.child(EnvironmentMerge.KEY, env.name());
    if (env.overrides().contains(p.position())) {
      return new Problem(p.severity(), p.position(), Paths.child(section, p.path()), p.message(), p.fix());
    }
    return new Problem(p.severity(), p.position(), p.path(), "in environment '" + env.name() + "': " + p.message(), p.fix());
  }
}
