package dev.exosphere.diagram;

import dev.exosphere.diagram.Architecture.Edge;
import dev.exosphere.diagram.Architecture.Flow;
import dev.exosphere.diagram.Architecture.Group;
import dev.exosphere.diagram.Architecture.Kind;
import dev.exosphere.diagram.Architecture.Node;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An {@link Architecture} as a Mermaid flowchart (GitHub renders it in Markdown): groups as subgraphs. */
public final class MermaidWriter {
  private static final Map<Kind, String[]> SHAPE = Map.of(
      Kind.INTERNET, new String[] {"((", "))"},
      Kind.LOAD_BALANCER, new String[] {"[", "]"},
      Kind.PUBLIC, new String[] {"(", ")"},
      Kind.PRIVATE, new String[] {"(", ")"},
      Kind.WORKER, new String[] {"(", ")"},
      Kind.BUS, new String[] {"{{", "}}"},
      Kind.DEPENDENCY, new String[] {"[(", ")]"});
  private static final Map<Flow, String> ARROW = Map.of(
      Flow.REQUESTS, "-->", Flow.ROUTE, "-->", Flow.MESSAGES, "-.->", Flow.BUS, "<==>", Flow.DEPENDENCY, "-.-",
      Flow.LAYOUT, "~~~");
  private static final Map<Kind, String> COLOR = Map.of(
      Kind.INTERNET, "#eeeeee", Kind.LOAD_BALANCER, "#ffe0b2", Kind.PUBLIC, "#bbdefb", Kind.PRIVATE, "#c8e6c9",
      Kind.WORKER, "#e0e0e0", Kind.BUS, "#f8bbd0", Kind.DEPENDENCY, "#fff9c4");

  private final Architecture a;
  private final StringBuilder b = new StringBuilder();

  private MermaidWriter(Architecture a) {
    this.a = a;
  }

  public static String write(Architecture a) {
    return new MermaidWriter(a).write();
  }

  private String write() {
    b.append("---\ntitle: ").append(text(List.of(a.title()))).append("\n---\nflowchart LR\n");
    groupsIn(Optional.empty(), "  ");
    for (Edge e : a.edges()) {
      b.append("  ").append(e.from()).append(' ').append(ARROW.get(e.flow()));
      if (!e.lines().isEmpty()) {
        b.append("|\"").append(text(e.lines())).append("\"|");
      }
      b.append(' ').append(e.to()).append('\n');
    }
    for (Kind k : Kind.values()) {
      String cls = k.name().toLowerCase(Locale.ROOT);
      b.append("  classDef ").append(cls).append(" fill:").append(COLOR.get(k)).append(",stroke:#555")
          .append(k == Kind.WORKER ? ",stroke-dasharray:4" : "").append('\n');
      List<String> ids = a.nodes().stream().filter(n -> n.kind() == k).map(Node::id).toList();
      if (!ids.isEmpty()) {
        b.append("  class ").append(String.join(",", ids)).append(' ').append(cls).append('\n');
      }
    }
    return b.toString();
  }

  private void groupsIn(Optional<String> parent, String indent) {
    for (Group g : a.groups()) {
      if (g.parent().equals(parent)) {
        b.append(indent).append("subgraph ").append(g.id()).append("[\"").append(text(List.of(g.label())))
            .append("\"]\n");
        groupsIn(Optional.of(g.id()), indent + "  ");
        b.append(indent).append("end\n");
      }
    }
    for (Node n : a.nodes()) {
      if (n.group().equals(parent)) {
        String[] shape = SHAPE.get(n.kind());
        b.append(indent).append(n.id()).append(shape[0]).append('"').append(text(n.lines())).append('"')
            .append(shape[1]).append('\n');
      }
    }
  }

  /** Label text: Mermaid's entities for what would end the label or be read as HTML; lines joined by breaks. */
  static String text(List<String> lines) {
    StringBuilder t = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        t.append("<br/>");
      }
      for (char c : lines.get(i).toCharArray()) {
        switch (c) {
          case '"' -> t.append("#quot;");
          case '<' -> t.append("#lt;");
          case '>' -> t.append("#gt;");
          case '#' -> t.append("#35;");
          case '|' -> t.append("#124;");
          case '\n', '\r' -> t.append(' ');
          default -> t.append(c);
        }
      }
    }
    return t.toString();
  }
}
