package dev.exosphere.images;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A registry login.
 *
 * @param username the user name ({@code AWS} for Amazon ECR)
 * @param password the password or token
 * @param source   where it came from, for messages (never the secret itself)
 */
public record Credentials(String username, String password, String source) {
  /** The HTTP Basic {@code Authorization} header value. */
  public String basicHeader() {
    return "Basic " + Base64.getEncoder()
        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return username + " (from " + source + ")";
  }
}
