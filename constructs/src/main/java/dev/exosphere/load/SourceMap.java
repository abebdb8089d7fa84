package dev.exosphere.load;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each value of a loaded model stood in its YAML file, keyed by YAML path: {@code services},
 * {@code services.web}, {@code services.web.interface./api.port}. Keys as written in the file; a path with no
 * entry falls back to its nearest parent that has one.
 */
public final class SourceMap {
  private final Path file;
  private final Map<String, SourcePosition> positions;

  public SourceMap(Path file, Map<String, SourcePosition> positions) {
    this.file = file;
    this.positions = Collections.unmodifiableMap(new TreeMap<>(positions));
  }

  public Path file() {
    return file;
  }

  /** The position of {@code yamlPath}, or of its nearest parent that has one, or line 1 column 1. */
  public SourcePosition at(String yamlPath) {
    String p = yamlPath;
    while (true) {
      SourcePosition found = positions.get(p);
      if (found != null) {
        return found;
      }
      int dot = p.lastIndexOf('.');
      if (dot < 0) {
        return positions.getOrDefault("", new SourcePosition(file, 1, 1));
      }
      p = p.substring(0, dot);
    }
  }

  /** This map with {@code more} positions added (they win over this map's own). */
  public SourceMap with(Map<String, SourcePosition> more) {
    if (more.isEmpty()) {
      return this;
    }
    Map<String, SourcePosition> merged = new java.util.HashMap<>(positions);
    merged.putAll(more);
    return new SourceMap(file, merged);
  }

  public Map<String, SourcePosition> all() {
    return positions;
  }
}
