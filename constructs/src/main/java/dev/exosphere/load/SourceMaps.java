package dev.exosphere.load;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A {@link SourceMap} of every path in a parsed document: scalars at their value, mappings and lists at their key. */
final class SourceMaps {
  private SourceMaps() {}

  static SourceMap of(Path file, YamlNode root) {
    Map<String, SourcePosition> positions = new HashMap<>();
    positions.put("", root.position());
    walk(root, "", positions);
    return new SourceMap(file, positions);
  }

  private static void walk(YamlNode node, String path, Map<String, SourcePosition> positions) {
    if (node instanceof YamlNode.MapNode m) {
      for (YamlNode.Entry e : m.entries().values()) {
        String child = Paths.child(path, e.key());
        positions.put(child, e.value() instanceof YamlNode.ScalarNode ? e.value().position() : e.keyPosition());
        walk(e.value(), child, positions);
      }
    } else if (node instanceof YamlNode.SeqNode s) {
      for (int i = 0; i < s.items().size(); i++) {
        String child = path + "[" + i + "]";
        positions.put(child, s.items().get(i).position());
        walk(s.items().get(i), child, positions);
      }
    }
  }
}
