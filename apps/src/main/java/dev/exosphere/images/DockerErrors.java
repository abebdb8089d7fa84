package dev.exosphere.images;

import com.github.dockerjava.api.exception.DockerException;
import java.io.FileNotFoundException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.NoSuchFileException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One line for a person from whatever docker-java threw. */
final class DockerErrors {
  private static final Pattern JSON_MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

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

  /** The {@code "message"} out of Docker's JSON error body, else the text as it is. */
  static String jsonMessage(String text) {
    if (text == null) {
      return "no message";
    }
    Matcher m = JSON_MESSAGE.matcher(text);
    return (m.find() ? m.group(1).replace("\\\"", "\"").replace("\\n", " ") : text).strip().replace('\n', ' ');
  }
}
