package dev.exosphere.load;

import dev.exosphere.model.ListenerProtocol;
import dev.exosphere.rules.Limits;
import java.util.Arrays;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Top-level {@code interface.listeners}: extra HTTP(S) listener ports on the application load balancer(s), each
 * routing as the main listener does. Ports 1-65535 but not 80/443 (those are {@code interface.ports}), each once,
 * within the ALB's listener quota; HTTPS needs the domain's certificate.
 */
final class ListenerBinder {
  private final Values values;
  private final LoadContext ctx;

  ListenerBinder(Values values) {
    this.values = values;
    this.ctx = values.ctx();
  }

  SortedMap<Integer, ListenerProtocol> listeners(Obj iface, boolean hasDomain) {
    SortedMap<Integer, ListenerProtocol> out = new TreeMap<>();
    Optional<YamlNode> node = iface.get("listeners");
    if (node.isEmpty()) {
      return out;
    }
    String path = iface.path("listeners");
    values.map(node.get(), path, "a mapping of listener ports to protocols (http or https)", (e, p) -> {
      Optional<Integer> port = port(e, p);
      Optional<ListenerProtocol> protocol = values.choice(e.value(), p, Arrays.asList(ListenerProtocol.values()),
          ListenerProtocol::yamlName, "write http or https");
      if (port.isEmpty() || protocol.isEmpty()) {
        return Optional.empty();
      }
      if (protocol.get() == ListenerProtocol.HTTPS && !hasDomain) {
        ctx.error(e.value().position(), p, "an https listener needs a domain for its certificate",
            "add 'domain: <your domain>', or make port " + port.get() + " http");
        return Optional.empty();
      }
      if (out.putIfAbsent(port.get(), protocol.get()) != null) {
        ctx.error(e.keyPosition(), p, "each listener port once, got " + port.get() + " again",
            "remove the second " + port.get());
      }
      return protocol;
    });
    // the routing listener, and with a domain the redirect on 80, are listeners too
    int max = Limits.ALB_LISTENERS - (hasDomain ? 2 : 1);
    if (out.size() > max) {
      ctx.error(iface.keyPosition("listeners"), path, "at most " + max + " extra listeners (the quota 'Listeners per "
          + "Application Load Balancer' is " + Limits.ALB_LISTENERS + ", " + (hasDomain ? "443 and 80 take two" : "80 takes one")
          + "), got " + out.size(), "remove listeners");
    }
    return out;
  }

  private Optional<Integer> port(YamlNode.Entry e, String path) {
    String key = e.key().trim();
    if (!key.matches("\\d{1,5}")) {
      ctx.error(e.keyPosition(), path, "expected a listener port 1-65535, got '" + e.key() + "'",
          "write the port as a number, e.g. 8081: http");
      return Optional.empty();
    }
    int port = Integer.parseInt(key);
    if (!Limits.PORT.contains(port)) {
      ctx.error(e.keyPosition(), path, "expected a listener port 1-65535, got " + port, "use a port 1-65535");
      return Optional.empty();
    }
    if (port == 80 || port == 443) {
      ctx.error(e.keyPosition(), path, "expected a port other than 80 and 443 (those are interface.ports)",
          "list " + port + " under interface.ports with its container port, or pick another port");
      return Optional.empty();
    }
    return Optional.of(port);
  }
}
