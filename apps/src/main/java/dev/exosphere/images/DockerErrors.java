package dev.exosphere.images;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.exception.DockerException;
import java.io.FileNotFoundException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.NoSuchFileException;

/** One line for a person from whatever docker-java threw. */
final class DockerErrors {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DockerErrors() {}

  static String describe(Throwable e, String host) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof NoSuchFileException || t instanceof FileNotFoundException
          || t instanceof NoRouteToHostException || t instanceof UnknownHostException
          || t instanceof SocketTimeoutException || isMissingSocket(t)) {
        return "cannot reach the Docker daemon at " + host + " (" + (t.getMessage() == null ? "no answer" : t.getMessage())
            + "): start it (e.g. 'dockerd &' as root) or point --docker-host / DOCKER_HOST at it";
      }
      if (t instanceof DockerException d) {
        return "Docker daemon at " + host + " answered " + d.getHttpStatus() + ": " + jsonMessage(d.getMessage());
      }
    }
    return "Docker daemon at " + host + " failed: " + (e.getMessage() == null ? "no answer" : e.getMessage());
  }

  /** A unix socket that is not there shows up as an IOException naming the socket path or "No such file". */
  private static boolean isMissingSocket(Throwable t) {
    String m = String.valueOf(t.getMessage());
    return t instanceof java.io.IOException && (m.contains("No such file") || m.contains("Connection refused"));
  }

  /**
   * The {@code "message"} of Docker's JSON error body ({@code {"message": "..."}}), found in docker-java's exception
   * text ({@code Status 404: {"message":"..."}}); else the text as it is. One line either way.
   */
  static String jsonMessage(String text) {
    if (text == null) {
      return "no message";
    }
    String message = text;
    int brace = text.indexOf('{');
    if (brace >= 0) {
      try {
        JsonNode body = JSON.readTree(text.substring(brace));
        if (body != null && body.path("message").isTextual()) {
          message = body.get("message").asText();
        }
      } catch (JsonProcessingException e) {
        // Not JSON after all: the text is the message.
      }
    }
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
