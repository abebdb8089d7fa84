package dev.exosphere.diagram;

import dev.exosphere.diagram.Architecture.Edge;
import dev.exosphere.diagram.Architecture.Flow;
import dev.exosphere.diagram.Architecture.Group;
import dev.exosphere.diagram.Architecture.Kind;
import dev.exosphere.diagram.Architecture.Node;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An {@link Architecture} in Graphviz's DOT language: groups as clusters, left to right. */
public final class DotWriter {
  private static final Map<Kind, String> NODE = Map.of(
      Kind.INTERNET, "shape=ellipse, fillcolor=\"#eeeeee\"",
      Kind.LOAD_BALANCER, "fillcolor=\"#ffe0b2\"",
      Kind.PUBLIC, "fillcolor=\"#bbdefb\"",
      Kind.PRIVATE, "fillcolor=\"#c8e6c9\"",
      Kind.WORKER, "fillcolor=\"#e0e0e0\", style=\"rounded,filled,dashed\"",
      Kind.BUS, "shape=hexagon, fillcolor=\"#f8bbd0\"",
      Kind.DEPENDENCY, "shape=cylinder, fillcolor=\"#fff9c4\"");
  // message flows do not rank the layout (a ring of 40 would make 40 columns): the request path and the
  // invisible LAYOUT arrows do, as Internet | load balancers | public services | ExoCom | private services
  private static final Map<Flow, String> EDGE = Map.of(
      Flow.REQUESTS, "color=\"#e65100\", penwidth=1.5",
      Flow.ROUTE, "color=\"#e65100\"",
      Flow.MESSAGES, "color=\"#6a1b9a\", fontcolor=\"#6a1b9a\", style=dashed, constraint=false",
      Flow.BUS, "color=\"#ad1457\", style=bold, dir=both",
      Flow.DEPENDENCY, "color=\"#555555\", style=dotted",
      Flow.LAYOUT, "style=invis");

  private final Architecture a;
  private final StringBuilder b = new StringBuilder();

  private DotWriter(Architecture a) {
    this.a = a;
  }

  public static String write(Architecture a) {
    return new DotWriter(a).write();
  }

  private String write() {
    b.append("digraph architecture {\n");
    b.append("  graph [rankdir=LR, compound=true, newrank=true, fontname=\"Helvetica\", fontsize=14, labelloc=t, ")
        .append("nodesep=0.25, ranksep=0.9, label=").append(quote(List.of(a.title()))).append("];\n");
    b.append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11];\n");
    b.append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    groupsIn(Optional.empty(), "  ");
    for (Edge e : a.edges()) {
      Optional<String> from = endpoint(e.from());
      Optional<String> to = endpoint(e.to());
      if (from.isEmpty() || to.isEmpty()) {
        continue; // a box with nothing in it
      }
      b.append("  ").append(quote(from.get())).append(" -> ").append(quote(to.get())).append(" [")
          .append(EDGE.get(e.flow()));
      if (!e.lines().isEmpty()) {
        b.append(", label=").append(quote(e.lines()));
      }
      if (!e.details().equals(e.lines()) && !e.details().isEmpty()) {
        b.append(", tooltip=").append(quote(e.details()));
      }
      if (isGroup(e.from())) {
        b.append(", ltail=").append(quote("cluster_" + e.from()));
      }
      if (isGroup(e.to())) {
        b.append(", lhead=").append(quote("cluster_" + e.to()));
      }
      b.append("];\n");
    }
    return b.append("}\n").toString();
  }

  private void groupsIn(Optional<String> parent, String indent) {
    for (Group g : a.groups()) {
      if (g.parent().equals(parent)) {
        b.append(indent).append("subgraph ").append(quote("cluster_" + g.id())).append(" {\n");
        b.append(indent).append("  label=").append(quote(List.of(g.label())))
            .append("; style=\"rounded\"; color=\"#78909c\"; fontsize=11;\n");
        groupsIn(Optional.of(g.id()), indent + "  ");
        b.append(indent).append("}\n");
      }
    }
    for (Node n : a.nodes()) {
      if (n.group().equals(parent)) {
        b.append(indent).append(quote(n.id())).append(" [label=").append(quote(n.lines())).append(", ")
            .append(NODE.get(n.kind())).append("];\n");
      }
    }
  }

  private boolean isGroup(String id) {
    return a.groups().stream().anyMatch(g -> g.id().equals(id));
  }

  /** A node id, or for a group the first node inside it (DOT draws group arrows from a node, clipped at the box). */
  private Optional<String> endpoint(String id) {
    if (!isGroup(id)) {
      return Optional.of(id);
    }
    Optional<String> direct = a.nodes().stream().filter(n -> n.group().equals(Optional.of(id))).map(Node::id)
        .findFirst();
    if (direct.isPresent()) {
      return direct;
    }
    return a.groups().stream().filter(g -> g.parent().equals(Optional.of(id))).map(g -> endpoint(g.id()))
        .flatMap(Optional::stream).findFirst();
  }

  private static String quote(String s) {
    return quote(List.of(s));
  }

  /** A DOT string; lines joined by DOT's centred line break. User text cannot end the string or the statement. */
  static String quote(List<String> lines) {
    StringBuilder q = new StringBuilder("\"");
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        q.append("\\n");
      }
      for (char c : lines.get(i).toCharArray()) {
        if (c == '"' || c == '\\') {
          q.append('\\');
        }
        q.append(c == '\n' || c == '\r' ? ' ' : c);
      }
    }
    return q.append('"').toString();
  }
}
