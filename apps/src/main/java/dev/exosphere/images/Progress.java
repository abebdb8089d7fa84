package dev.exosphere.images;

import java.io.PrintStream;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress lines for people, one service per line prefix ({@code web     | Step 2/5 : COPY rootfs/ /}), safe to
 * use from parallel builds: whole lines are printed at once, never interleaved mid-line.
 */
public final class Progress {
  private final PrintStream out;
  private final int width;

  public Progress(PrintStream out, Collection<String> services) {
    this.out = out;
    this.width = services.stream().mapToInt(String::length).max().orElse(0);
  }

  /** The sink for one service; it also counts the bytes that service pushed. */
  public ServiceProgress forService(String service) {
    return new ServiceProgress(service);
  }

  private void print(String service, String text) {
    String line = String.format("%-" + Math.max(width, 1) + "s | %s", service, text);
    synchronized (out) {
      out.println(line);
    }
  }

  /** Progress of one service. */
  public final class ServiceProgress implements ProgressSink {
    private final String service;
    private final AtomicLong bytesPushed = new AtomicLong();

    private ServiceProgress(String service) {
      this.service = service;
    }

    @Override
    public void line(String text) {
      print(service, text);
    }

    @Override
    public void pushed(String layer, long bytes) {
      bytesPushed.addAndGet(bytes);
      print(service, "push: layer " + layer + " pushed (" + humanBytes(bytes) + ")");
    }

    public long bytesPushed() {
      return bytesPushed.get();
    }
  }

  /** 1536 -> "1.5 KiB". */
  public static String humanBytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double v = bytes;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(java.util.Locale.ROOT, "%.1f %s", v, units[u]);
  }
}
