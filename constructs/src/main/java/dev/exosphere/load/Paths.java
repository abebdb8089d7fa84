package dev.exosphere.load;

/** YAML paths as the source map keys them: {@code services.web.interface./.port}. */
final class Paths {
  private Paths() {}

  static String child(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }
}
