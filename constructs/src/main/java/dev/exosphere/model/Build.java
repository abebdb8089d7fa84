package dev.exosphere.model;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * How to build a service's image. YAML: {@code build: ./web} or
 * {@code build: {context: ./web, dockerfile: Dockerfile, args: {K: v}, target: prod}}.
 *
 * @param context    the build context, absolute (resolved against the YAML file's folder)
 * @param dockerfile the Dockerfile, absolute; default {@code <context>/Dockerfile}
 * @param args       build arguments, sorted
 * @param target     the multi-stage target; default the last stage
 */
public record Build(Path context, Path dockerfile, SortedMap<String, String> args, Optional<String> target) {
  public Build {
    Objects.requireNonNull(context, "Build.context");
    Objects.requireNonNull(dockerfile, "Build.dockerfile");
    Objects.requireNonNull(target, "Build.target");
    args = Guard.sortedMap(args, "Build.args");
  }
}
