package dev.exosphere.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;

/**
 * A service of {@code type: stack}: a child application deployed, segmented and torn down as a unit (Ailtire's
 * stacks of stacks). Its members are ordinary {@link Service}s of {@link ExoModel#services()} under qualified
 * names ({@code <path with '-'>-<name>}, e.g. {@code cs-gs-api}), their routes already mounted under the stack's
 * prefixes; this record keeps the tree.
 *
 * @param name     its key under the parent's {@code services}, e.g. {@code gs}
 * @param path     the stack's path from the root application, e.g. {@code cs/gs}; unique, stable (ids come from it)
 * @param file     the file its services were read from (absolute): the child's {@code exosphere.yml}, or the
 *                 parent's when written inline
 * @param mounts   its {@code interface}: the parent's prefix to the child's path it rewrites to ({@code /cs -> /})
 * @param services the qualified names of its own members (not those of its child stacks), sorted
 * @param stacks   its child stacks by name
 */
public record ServiceStack(String name, String path, Path file, SortedMap<String, String> mounts, List<String> services,
    SortedMap<String, ServiceStack> stacks) {
  public ServiceStack {
    Objects.requireNonNull(name, "ServiceStack.name");
    Objects.requireNonNull(path, "ServiceStack.path");
    Objects.requireNonNull(file, "ServiceStack.file");
    mounts = Guard.sortedMap(mounts, "ServiceStack.mounts");
    services = Guard.list(services, "ServiceStack.services");
    stacks = Guard.sortedMap(stacks, "ServiceStack.stacks");
  }

  /** The prefix its members' qualified names carry: the path with '-', e.g. {@code cs-gs}. */
  public String qualifier() {
    return path.replace('/', '-');
  }

  /** Its parent's path; empty for a stack of the root application. */
  public java.util.Optional<String> parentPath() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? java.util.Optional.empty() : java.util.Optional.of(path.substring(0, slash));
  }

  /** This stack and every stack below it, parents before children. */
  public java.util.stream.Stream<ServiceStack> tree() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(this),
        stacks.values().stream().flatMap(ServiceStack::tree));
  }
}
