package dev.exosphere.images;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A minimal, deterministic tar writer (ustar, with PAX records for long names): just what a Docker build context
 * needs. Owner 0:0 and mtime 0 on every entry, as the docker CLI's context is owned by root, so the same files give
 * the same bytes on every machine.
 */
final class TarWriter implements AutoCloseable {
  private static final int BLOCK = 512;
  private static final int NAME_MAX = 100;

  private final OutputStream out;
  private final byte[] buffer = new byte[64 * 1024];

  TarWriter(OutputStream out) {
    this.out = out;
  }

  void directory(String name, int mode) throws IOException {
    header(name.endsWith("/") ? name : name + "/", mode, 0, '5', "");
  }

  void symlink(String name, int mode, String target) throws IOException {
    header(name, mode, 0, '2', target);
  }

  void file(String name, int mode, long size, InputStream content) throws IOException {
    header(name, mode, size, '0', "");
    long copied = 0;
    for (int n; (n = content.read(buffer)) > 0; copied += n) {
      out.write(buffer, 0, n);
    }
    if (copied != size) {
      throw new IOException(name + " changed size while it was read (" + size + " -> " + copied + " bytes)");
    }
    pad(size);
  }

  @Override
  public void close() throws IOException {
    out.write(new byte[2 * BLOCK]);
    out.flush();
  }

  private void header(String name, int mode, long size, char type, String link) throws IOException {
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    byte[] linkBytes = link.getBytes(StandardCharsets.UTF_8);
    if (nameBytes.length >= NAME_MAX || linkBytes.length >= NAME_MAX) {
      paxHeader(name, link);
    }
    byte[] h = new byte[BLOCK];
    put(h, 0, NAME_MAX, nameBytes);
    octal(h, 100, 8, mode);
    octal(h, 108, 8, 0);
    octal(h, 116, 8, 0);
    octal(h, 124, 12, size);
    octal(h, 136, 12, 0);
    h[156] = (byte) type;
    put(h, 157, NAME_MAX, linkBytes);
    put(h, 257, 6, "ustar\0".getBytes(StandardCharsets.US_ASCII));
    put(h, 263, 2, "00".getBytes(StandardCharsets.US_ASCII));
    checksum(h);
    out.write(h);
  }

  /** A PAX extended header carrying the full path and link target that do not fit in 100 bytes. */
  private void paxHeader(String name, String link) throws IOException {
    StringBuilder records = new StringBuilder(paxRecord("path", name));
    if (!link.isEmpty()) {
      records.append(paxRecord("linkpath", link));
    }
    byte[] body = records.toString().getBytes(StandardCharsets.UTF_8);
    byte[] h = new byte[BLOCK];
    put(h, 0, NAME_MAX, "././@PaxHeader".getBytes(StandardCharsets.US_ASCII));
    octal(h, 100, 8, 0644);
    octal(h, 108, 8, 0);
    octal(h, 116, 8, 0);
    octal(h, 124, 12, body.length);
    octal(h, 136, 12, 0);
    h[156] = 'x';
    put(h, 257, 6, "ustar\0".getBytes(StandardCharsets.US_ASCII));
    put(h, 263, 2, "00".getBytes(StandardCharsets.US_ASCII));
    checksum(h);
    out.write(h);
    out.write(body);
    pad(body.length);
  }

  /** "<length> <key>=<value>\n", where length counts the whole record including its own digits. */
  static String paxRecord(String key, String value) {
    int payload = 1 + key.length() + 1 + value.getBytes(StandardCharsets.UTF_8).length + 1;
    int length = payload + 1;
    while (String.valueOf(length).length() + payload != length) {
      length++;
    }
    return length + " " + key + "=" + value + "\n";
  }

  private void pad(long size) throws IOException {
    int rest = (int) (size % BLOCK);
    if (rest != 0) {
      out.write(new byte[BLOCK - rest]);
    }
  }

  private static void put(byte[] h, int offset, int max, byte[] value) {
    System.arraycopy(value, 0, h, offset, Math.min(max, value.length));
  }

  private static void octal(byte[] h, int offset, int width, long value) {
    String digits = String.format("%0" + (width - 1) + "o", value);
    if (digits.length() > width - 1) {
      throw new IllegalArgumentException("value " + value + " does not fit a tar header field of " + width);
    }
    put(h, offset, width - 1, digits.getBytes(StandardCharsets.US_ASCII));
  }

  private static void checksum(byte[] h) {
    java.util.Arrays.fill(h, 148, 156, (byte) ' ');
    long sum = 0;
    for (byte b : h) {
      sum += b & 0xff;
    }
    put(h, 148, 8, String.format("%06o\0 ", sum).getBytes(StandardCharsets.US_ASCII));
  }
}
