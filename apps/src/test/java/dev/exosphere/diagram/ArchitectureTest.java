package dev.exosphere.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.diagram.Architecture.Edge;
import dev.exosphere.diagram.Architecture.Flow;
import dev.exosphere.load.ModelLoader;
import dev.exosphere.model.ExoModel;
import dev.exosphere.model.Route;
import dev.exosphere.model.Service;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The architecture drawn from a model: every service, route and message flow is on it, grouped, never a hairball. */
class ArchitectureTest {
  private static final Path SPACE_TWEET = Path.of("..", "src", "space-tweet", "exosphere.yml");

  @TempDir Path dir;

  private static ExoModel load(Path file) {
    return ModelLoader.load(file).orThrow();
  }

  private static List<Edge> edges(Architecture a, Flow flow) {
    return a.edges().stream().filter(e -> e.flow() == flow).toList();
  }

  @Test
  void everyServiceRouteAndMessageFlowOfSpaceTweetIsDrawn() {
    // GIVEN SpaceTweet WHEN drawn
    ExoModel model = load(SPACE_TWEET);
    Architecture a = ArchitectureBuilder.of(model);
    String dot = DotWriter.write(a);
    String mermaid = MermaidWriter.write(a);
    for (Service s : model.services().values()) {
      // THEN every service is a node with its name and type, in DOT and in Mermaid
      String id = ArchitectureBuilder.serviceId(s.name());
      assertTrue(dot.contains("\"" + id + "\" [label=\"" + s.name() + "\\n" + s.type().yamlName()), dot);
      assertTrue(mermaid.contains(id + "(\"" + s.name() + "<br/>" + s.type().yamlName()), mermaid);
      // and every route is on the load balancer's arrow to it
      for (Route r : s.routes().values()) {
        if (s.type() == dev.exosphere.model.ServiceType.PUBLIC) {
          assertTrue(edges(a, Flow.ROUTE).stream().anyMatch(e -> e.to().equals(id)
              && e.details().contains(ArchitectureBuilder.route(r))), a.edges().toString());
        }
      }
      // and every message it sends reaches each receiver on the sender-receiver arrow
      for (String m : s.messages().sends()) {
        for (Service to : model.services().values()) {
          if (to.messages().receives().contains(m)) {
            Edge flow = edges(a, Flow.MESSAGES).stream().filter(e -> e.from().equals(id)
                && e.to().equals(ArchitectureBuilder.serviceId(to.name()))).findFirst().orElseThrow();
            assertTrue(flow.details().contains(m), flow.toString());
            assertTrue(dot.contains("\"" + id + "\" -> \"" + ArchitectureBuilder.serviceId(to.name()) + "\""), dot);
          }
        }
      }
    }
    // and the hosts reach the load balancer, the dependencies are drawn, ExoCom once per cluster
    Edge requests = edges(a, Flow.REQUESTS).get(0);
    assertEquals(List.of("internet", "lb1"), List.of(requests.from(), requests.to()));
    model.services().values().stream().flatMap(s -> s.routes().values().stream()).flatMap(r -> r.hosts().stream())
        .forEach(h -> assertTrue(requests.details().contains(h.toLowerCase(java.util.Locale.ROOT)), h));
    assertTrue(dot.contains("\"svc_users\" -> \"dep_mongo\""), dot);
    assertEquals(2, edges(a, Flow.BUS).size());
    assertEquals(5, edges(a, Flow.MESSAGES).size()); // web<->users, web<->tweets, tweets->notifier
  }

  @Test
  void fortyServicesStayGroupedAndAggregated() throws Exception {
    // GIVEN 40 services, public ones on one host each, sending 6 messages to the same receiver
    StringBuilder yaml = new StringBuilder("name: big\nversion: 1.0.0\ndomain: big.example.com\nservices:\n");
    for (int i = 0; i < 40; i++) {
      String type = i % 3 == 0 ? "public" : i % 3 == 1 ? "private" : "worker";
      yaml.append("  s").append(i).append(":\n    type: ").append(type).append("\n    image: x/s:1\n");
      if (!type.equals("worker")) {
        yaml.append("    interface: {/: {port: 3000").append(type.equals("public") ? ", hosts: [s" + i
            + ".big.example.com]" : "").append("}}\n");
      }
      yaml.append("    messages: {sends: [").append(i == 0 ? "a, b, c, d, e, f" : "m" + i)
          .append("], receives: [").append(i == 1 ? "a, b, c, d, e, f, m0" : "m" + ((i + 39) % 40)).append("]}\n");
    }
    Architecture a = ArchitectureBuilder.of(load(Files.writeString(dir.resolve("exosphere.yml"), yaml)));
    // THEN two arrows to ExoCom (one per cluster), one message arrow per pair, its label counting what it leaves out
    assertEquals(2, edges(a, Flow.BUS).size());
    assertEquals(40, edges(a, Flow.MESSAGES).size());
    Edge many = edges(a, Flow.MESSAGES).stream().filter(e -> e.from().equals("svc_s0") && e.to().equals("svc_s1"))
        .findFirst().orElseThrow();
    assertEquals(List.of("a", "b", "+4 more"), many.lines());
    assertEquals(List.of("a", "b", "c", "d", "e", "f"), many.details());
    assertTrue(edges(a, Flow.REQUESTS).get(0).lines().get(2).matches("\\+\\d+ more"), a.edges().toString());
    // and every service sits in its cluster's box
    assertTrue(a.nodes().stream().filter(n -> n.id().startsWith("svc_"))
        .allMatch(n -> n.group().filter(g -> g.endsWith("_cluster")).isPresent()));
  }

  @Test
  void userTextCannotBreakOutOfALabel() {
    // GIVEN text with quotes, backslashes, newlines and markup WHEN quoted THEN it stays one label
    assertEquals("\"a\\\"b\\\\c d\\nnext\"", DotWriter.quote(List.of("a\"b\\c\nd", "next")));
    assertEquals("a#quot;b#lt;script#gt;#124;x#35;<br/>next",
        MermaidWriter.text(List.of("a\"b<script>|x#", "next")));
    assertEquals("svc_a_2d_b", Architecture.id("svc_", "a-b"));
  }
}
