package dev.exosphere.images;

import java.net.URI;
import java.net.URISyntaxException;

/** Checks a Docker daemon address before docker-java sees it (it fails on bad ones with a NullPointerException). */
public final class DockerHost {
  private static final String EXPECTED = "expected unix:///path/to/docker.sock, tcp://HOST:PORT or npipe:////./pipe/NAME";

  private DockerHost() {}

  /**
   * Returns {@code value} when docker-java can connect to it.
   *
   * @throws IllegalArgumentException saying what is wrong and what is expected
   */
  public static String check(String value) {
    URI uri;
    try {
      uri = new URI(value.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not an address (" + e.getReason() + "); " + EXPECTED);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme();
    switch (scheme) {
      case "unix", "npipe" -> {
        if (uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/")) {
          throw new IllegalArgumentException("no socket path; " + EXPECTED);
        }
      }
      case "tcp" -> {
        if (uri.getHost() == null || uri.getPort() < 1 || uri.getPort() > 65535
            || !(uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"))) {
          throw new IllegalArgumentException("a tcp address needs a host and a port 1-65535, nothing else; " + EXPECTED);
        }
      }
      default -> throw new IllegalArgumentException((scheme.isEmpty() ? "no scheme" : "unsupported scheme '" + scheme
          + "'") + "; " + EXPECTED);
    }
    return value.strip();
  }
}
