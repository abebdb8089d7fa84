package dev.exosphere.bus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;

/**
 * ExoCom's {@code SERVICE_ROUTES} value, as exo-deploy built it: a JSON array of
 * {@code {"role", "receives", "sends", "namespace"}} objects, one per service. Deterministic: sorted by role,
 * keys always in that order, compact, and {@code namespace} left out when a service has none.
 */
public final class ServiceRoutes {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ServiceRoutes() {}

  /** The JSON text of the given routes. */
  public static String toJson(List<ExoComRoute> routes) {
    ArrayNode array = JSON.createArrayNode();
    routes.stream().sorted(Comparator.comparing(ExoComRoute::role)).forEach(route -> {
      ObjectNode node = array.addObject();
      node.put("role", route.role());
      route.receives().forEach(node.putArray("receives")::add);
      route.sends().forEach(node.putArray("sends")::add);
      route.namespace().ifPresent(ns -> node.put("namespace", ns));
    });
    try {
      return JSON.writeValueAsString(array);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serializes", e);
    }
  }
}
