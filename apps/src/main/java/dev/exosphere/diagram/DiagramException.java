package dev.exosphere.diagram;

/** A diagram that cannot be rendered, said in one line with what to do. */
public final class DiagramException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DiagramException(String message) {
    super(message);
  }
}
