package dev.exosphere.load;

import java.nio.file.Path;

/** A place in a YAML file; line and column start at 1. Line 0 stands for the whole file (e.g. it does not exist). */
public record SourcePosition(Path file, int line, int column) {
  @Override
  public String toString() {
    return line <= 0 ? file.toString() : file + ":" + line + ":" + column;
  }
}
