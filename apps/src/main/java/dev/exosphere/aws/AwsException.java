package dev.exosphere.aws;

/** A failure talking to AWS meant for a person: one line saying what went wrong and what to do. */
public final class AwsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AwsException(String message) {
    super(message);
  }
}
