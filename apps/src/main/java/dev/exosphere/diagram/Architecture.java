package dev.exosphere.diagram;

import java.util.List;
import java.util.Optional;

/**
 * An application's architecture as a graph, independent of the drawing language: groups (VPC, subnets, clusters)
 * nest, nodes sit in a group, edges connect nodes. {@link DotWriter} and {@link MermaidWriter} draw it.
 *
 * @param title  the application's name and version
 * @param groups every group, parents before children
 * @param nodes  every node, in drawing order
 * @param edges  every edge, in drawing order
 */
public record Architecture(String title, List<Group> groups, List<Node> nodes, List<Edge> edges) {
  public Architecture {
    groups = List.copyOf(groups);
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** What a node is: each is drawn its own way. */
  public enum Kind { INTERNET, LOAD_BALANCER, PUBLIC, PRIVATE, WORKER, BUS, DEPENDENCY }

  /** What an edge carries; {@code LAYOUT} carries nothing and is not drawn: it only places its end right of its start. */
  public enum Flow { REQUESTS, ROUTE, MESSAGES, BUS, DEPENDENCY, LAYOUT }

  /** A box around nodes and groups; {@code parent} empty: top level. */
  public record Group(String id, String label, Optional<String> parent) {}

  /** One thing on the picture; {@code lines} are its label, first line its name; {@code group} empty: top level. */
  public record Node(String id, Kind kind, List<String> lines, Optional<String> group) {
    public Node {
      lines = List.copyOf(lines);
    }
  }

  /**
   * One arrow. {@code from} or {@code to} may be a group id (an arrow from or to the whole box).
   *
   * @param lines   its label; empty: none
   * @param details what the label leaves out (a tooltip in SVG); empty: nothing left out
   */
  public record Edge(String from, String to, Flow flow, List<String> lines, List<String> details) {
    public Edge {
      lines = List.copyOf(lines);
      details = List.copyOf(details);
    }
  }

  /** A node or group id safe in every drawing language: letters and digits kept, anything else as {@code _hex_}. */
  public static String id(String prefix, String name) {
    StringBuilder b = new StringBuilder(prefix);
    for (char c : name.toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        b.append(c);
      } else {
        b.append('_').append(Integer.toHexString(c)).append('_');
      }
    }
    return b.toString();
  }
}
