package dev.exosphere.model;

import java.nio.file.Path;

/** A place in a YAML file; line and column start at 1. */
public record SourcePosition(Path file, int line, int column) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
