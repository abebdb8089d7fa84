package dev.exosphere.load;

import dev.exosphere.model.Build;
import dev.exosphere.rules.BuildRules;
import dev.exosphere.rules.Complaint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** {@code build: ./dir} or {@code build: {context, dockerfile, args, target}}; paths must exist. */
final class BuildBinder {
  private final Values values;
  private final LoadContext ctx;

  BuildBinder(Values values) {
    this.values = values;
    this.ctx = values.ctx();
  }

  Optional<Build> bind(YamlNode n, String path) {
    if (n instanceof YamlNode.ScalarNode) {
      return values.string(n, path).flatMap(c -> context(n, path, c))
          .flatMap(dir -> dockerfile(n, path, dir, "Dockerfile", path).map(f -> new Build(dir, f, new TreeMap<>(), Optional.empty())));
    }
    return Obj.open(values, n, path, YamlShape.BUILD).flatMap(o -> {
      Optional<Path> dir = o.read("context", (c, p) -> values.string(c, p).flatMap(s -> context(c, p, s)));
      SortedMap<String, String> args = new TreeMap<>(o.get("args")
          .map(a -> values.map(a, o.path("args"), "a mapping of build argument names to values", (e, p) ->
              values.string(e.value(), p).filter(v -> ctx.check(e.keyPosition(), p, BuildRules.argName(e.key())))))
          .orElse(java.util.Map.of()));
      Optional<String> target = o.read("target", (t, p) -> values.checked(t, p, BuildRules::target));
      YamlNode fileNode = o.get("dockerfile").orElse(o.get("context").orElse(n));
      String filePath = o.has("dockerfile") ? o.path("dockerfile") : o.path("context");
      Optional<String> name = o.has("dockerfile") ? o.string("dockerfile") : Optional.of("Dockerfile");
      Optional<Path> file = dir.flatMap(d -> name.flatMap(f -> dockerfile(fileNode, filePath, d, f, filePath)));
      file.ifPresent(f -> target.ifPresent(t -> ctx.check(o.position("target"), o.path("target"), stageOf(t, f))));
      return file.map(f -> new Build(dir.get(), f, args, target));
    });
  }

  private Optional<Complaint> stageOf(String target, Path dockerfile) {
    try {
      return BuildRules.targetIn(target, BuildRules.stages(Files.readString(dockerfile)), dockerfile.getFileName().toString());
    } catch (IOException e) {
      return Optional.empty(); // unreadable here: docker build will say so
    }
  }

  /** The context folder, absolute; must exist. */
  private Optional<Path> context(YamlNode n, String path, String written) {
    Path dir = ctx.baseDir().resolve(written).normalize();
    if (!Files.isDirectory(dir)) {
      ctx.error(n.position(), path, "expected a build context folder, got '" + written + "' which " + (Files.exists(dir) ? "is not a folder" : "does not exist")
          + " (looked for " + shown(written) + ")", "create the folder or correct the path; it is relative to the exosphere.yml");
      return Optional.empty();
    }
    return Optional.of(dir);
  }

  /** The Dockerfile, absolute, resolved against the context; must exist. */
  private Optional<Path> dockerfile(YamlNode n, String path, Path dir, String written, String shownPath) {
    Path file = dir.resolve(written).normalize();
    if (!ctx.check(n.position(), shownPath, BuildRules.dockerfileInContext(dir, file))) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(file)) {
      ctx.error(n.position(), shownPath, "expected a Dockerfile, found none at " + shown(ctx.baseDir().relativize(file).toString()),
          "add the Dockerfile, or name another with 'dockerfile:', relative to the context");
      return Optional.empty();
    }
    return Optional.of(file);
  }

  /** A path as the user can find it: next to the YAML file as it was named (never a machine-specific absolute path). */
  private String shown(String relative) {
    Path parent = ctx.file().getParent();
    return (parent == null ? Path.of(relative) : parent.resolve(relative)).normalize().toString();
  }
}
