package dev.exosphere.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * GIVEN the single-load-balancer application recorded before the gateway could have several load balancers
 * (a domain, host-less and host-named services, one ExoService with its rule and target group).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExoGatewayBaselineTest {
  private JsonNode before;
  private JsonNode now;

  @BeforeAll
  void synth() throws Exception {
    try (InputStream in = getClass().getResourceAsStream(SingleLoadBalancerBaseline.RESOURCE)) {
      before = SingleLoadBalancerBaseline.JSON.readTree(in);
    }
    // WHEN it is synthesized today with one load balancer, explicitly
    now = SingleLoadBalancerBaseline.JSON.valueToTree(
        SingleLoadBalancerBaseline.synth(ExoGatewayProps.builder().loadBalancers(1)));
  }

  private static Map<String, String> types(JsonNode template) {
    Map<String, String> types = new TreeMap<>();
    template.get("Resources").fields().forEachRemaining(e -> types.put(e.getKey(), e.getValue().get("Type").asText()));
    return types;
  }

  @Test
  void everyLogicalIdAndTypeIsUnchangedSoNothingIsReplaced() {
    // THEN the same resources under the same logical IDs
    assertEquals(types(before), types(now));
  }

  @Test
  void theWholeTemplateIsUnchanged() {
    // THEN not even a property changed: an existing application sees an empty diff
    assertEquals(before, now);
  }
}
