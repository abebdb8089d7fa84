package dev.exosphere.images;

import dev.exosphere.model.Build;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The content hash of a service's image: sha256 over the build context exactly as it is sent to the daemon (paths,
 * modes, contents and symlink targets, sorted, {@code .dockerignore} honoured), the Dockerfile's name, the build
 * arguments and the target. Same inputs, same hash on any machine; file times do not count.
 */
public record ContentHash(String hex) {
  /** How many hex digits of the hash make the image tag. */
  public static final int TAG_LENGTH = 20;

  public static ContentHash of(Build build) throws IOException {
    return of(BuildContext.of(build), build);
  }

  static ContentHash of(BuildContext context, Build build) throws IOException {
    MessageDigest sha = sha256();
    try (DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
      context.writeTar(out);
      // Length-prefixed fields: no two different argument lists give the same bytes.
      field(out, "dockerfile", context.dockerfileName());
      for (Map.Entry<String, String> arg : build.args().entrySet()) {
        field(out, "arg", arg.getKey());
        field(out, "value", arg.getValue());
      }
      field(out, "target", build.target().orElse(""));
    }
    return new ContentHash(HexFormat.of().formatHex(sha.digest()));
  }

  private static void field(OutputStream out, String key, String value) throws IOException {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.write((key + ":" + bytes.length + ":").getBytes(StandardCharsets.UTF_8));
    out.write(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java 17 runtime has SHA-256", e);
    }
  }

  /** The image tag: the first {@link #TAG_LENGTH} hex digits. */
  public String tag() {
    return hex.substring(0, TAG_LENGTH);
  }

  /** {@code sha256:<hex>}, as recorded in the lock. */
  @Override
  public String toString() {
    return "sha256:" + hex;
  }
}
