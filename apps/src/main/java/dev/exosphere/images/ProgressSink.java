package dev.exosphere.images;

/** Where one service's progress goes: build output lines and pushed layers. */
public interface ProgressSink {
  void line(String text);

  /** A layer finished pushing; {@code bytes} is its size as the daemon reported it. */
  void pushed(String layer, long bytes);
}
