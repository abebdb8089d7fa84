package dev.exosphere.images;

/** A failure of the image pipeline meant for a person: one line saying what went wrong and what to do. */
public final class ImageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ImageException(String message) {
    super(message);
  }

  public ImageException(String message, Throwable cause) {
    super(message, cause);
  }
}
