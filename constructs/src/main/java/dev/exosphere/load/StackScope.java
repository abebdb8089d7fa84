package dev.exosphere.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where in the tree of stacks a document is bound: the stack's path ({@code ""} for the root application), the
 * files of the stacks above it (to refuse a stack that includes itself) and the child stacks found while binding its
 * services.
 */
record StackScope(String path, List<Path> files, List<StackBinder.Bound> found) {
  static StackScope root(Path file) {
    return new StackScope("", List.of(StackBinder.canonical(file)), new ArrayList<>());
  }

  /** The scope of child stack {@code name} read from {@code file}. */
  StackScope child(String name, Path file) {
    List<Path> chain = new ArrayList<>(files);
    chain.add(StackBinder.canonical(file));
    return new StackScope(path.isEmpty() ? name : path + "/" + name, List.copyOf(chain), new ArrayList<>());
  }
}
