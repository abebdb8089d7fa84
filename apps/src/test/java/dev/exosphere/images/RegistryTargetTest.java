package dev.exosphere.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RegistryTargetTest {
  @Test
  void aHostWithPortAndNamespace() {
    RegistryTarget r = RegistryTarget.parse("127.0.0.1:5000/team/prod/");
    assertEquals(new RegistryTarget("127.0.0.1:5000", "team/prod"), r);
    assertEquals("127.0.0.1:5000/team/prod/space-tweet-web", r.reference(r.repository("space-tweet", "web")));
    assertTrue(r.isLoopback());
    assertEquals(URI.create("http://127.0.0.1:5000"), r.apiBase());
  }

  @Test
  void ecrIsHttps() {
    RegistryTarget r = RegistryTarget.parse("123456789012.dkr.ecr.us-east-1.amazonaws.com");
    assertEquals("space-tweet-web", r.repository("space-tweet", "web"));
    assertFalse(r.isLoopback());
    assertEquals(URI.create("https://123456789012.dkr.ecr.us-east-1.amazonaws.com"), r.apiBase());
  }

  @Test
  void aBareNameIsADockerHubNamespace() {
    RegistryTarget r = RegistryTarget.parse("originate");
    assertEquals(new RegistryTarget("docker.io", "originate"), r);
    assertEquals(URI.create("https://registry-1.docker.io"), r.apiBase());
  }

  @Test
  void aSchemeOrABadNamespaceIsRefused() {
    assertTrue(assertThrows(ImageException.class, () -> RegistryTarget.parse("https://r.example")).getMessage()
        .contains("expected host[:port][/namespace]"));
    assertTrue(assertThrows(ImageException.class, () -> RegistryTarget.parse("r.example/Team")).getMessage()
        .contains("namespace part 'Team' is invalid"));
  }
}
