package dev.exosphere.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Daemon addresses, timeouts and Docker's error bodies, as exo reads them. */
class DockerSettingsTest {
  @ParameterizedTest
  @ValueSource(strings = {"unix:///var/run/docker.sock", "tcp://127.0.0.1:2375", "tcp://docker.example:2376",
      "npipe:////./pipe/docker_engine"})
  void goodDaemonAddressesPass(String host) {
    assertEquals(host, DockerHost.check(host));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "foo", "localhost:2375", "tcp://", "tcp://host", "tcp://host:0", "tcp://host:2375/x",
      "unix://", "unix:///", "http://host:2375", "ssh://me@host", "tcp://a b:1"})
  void badDaemonAddressesSayWhatIsExpected(String host) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DockerHost.check(host));
    assertEquals(true, e.getMessage().endsWith("expected unix:///path/to/docker.sock, tcp://HOST:PORT or "
        + "npipe:////./pipe/NAME"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"90s, PT1M30S, 90s", "30m, PT30M, 30m", "2h, PT2H, 2h", "500ms, PT0.5S, 500ms", "60m, PT1H, 1h"})
  void durations(String text, Duration expected, String formatted) {
    assertEquals(expected, DockerTimeouts.parse(text));
    assertEquals(formatted, DockerTimeouts.format(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "5", "0s", "-1s", "1d", "1.5m", "s"})
  void badDurations(String text) {
    assertThrows(IllegalArgumentException.class, () -> DockerTimeouts.parse(text));
  }

  @Test
  void timeoutsFromFlagsThenEnvironmentThenDefaults() {
    assertEquals(DockerTimeouts.DEFAULT, DockerTimeouts.of(Optional.empty(), Optional.empty(), Optional.empty(),
        Map.of()));
    assertEquals(new DockerTimeouts(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofSeconds(60)),
        DockerTimeouts.of(Optional.of(Duration.ofMinutes(1)), Optional.empty(), Optional.empty(),
            Map.of("EXO_BUILD_TIMEOUT", "9m", "EXO_PUSH_TIMEOUT", "2m")));
    ImageException e = assertThrows(ImageException.class, () -> DockerTimeouts.of(Optional.empty(), Optional.empty(),
        Optional.empty(), Map.of("EXO_PUSH_TIMEOUT", "soon")));
    assertEquals("EXO_PUSH_TIMEOUT=soon is invalid: expected a whole number above 0 and a unit (ms, s, m or h), "
        + "e.g. 90s or 30m", e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Status 404: {\"message\":\"No such image: a:b\"} | No such image: a:b",
      "{\"message\": \"\\u00e9t\\u00e9\"} | été",
      "Status 502: Bad Gateway | Status 502: Bad Gateway",
      "Status 400: {not json | Status 400: {not json",
      "Status 400: {\"error\":\"no message key\"} | Status 400: {\"error\":\"no message key\"}",
  })
  void dockerJsonErrorsAreReadWithJackson(String text, String message) {
    assertEquals(message, DockerErrors.jsonMessage(text));
  }

  @Test
  void escapesAndNewlinesInDockerMessagesBecomeOneLine() {
    assertEquals("line one line \"two\"", DockerErrors.jsonMessage("Status 500: {\"message\":\"line one\\nline "
        + "\\\"two\\\"\"}\n"));
    assertEquals("no message", DockerErrors.jsonMessage(null));
  }
}
