package dev.exosphere.aws;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** Turns the SDK's exceptions into one line saying what went wrong and what to do. */
public final class AwsErrors {
  private AwsErrors() {}

  /** Runs {@code call} (described by {@code what}, e.g. "reading stack space-tweet"), translating failures. */
  public static <T> T call(AwsClients aws, String what, Supplier<T> call) {
    try {
      return call.get();
    } catch (AbortedException e) {
      Thread.currentThread().interrupt(); // the SDK clears the flag: the caller decides what an interrupt means
      throw new AwsException("interrupted while " + what);
    } catch (SdkException e) {
      throw translate(aws, what, e);
    }
  }

  static AwsException translate(AwsClients aws, String what, SdkException e) {
    if (e instanceof AwsServiceException s) {
      String code = Optional.ofNullable(s.awsErrorDetails()).map(d -> d.errorCode()).orElse("HTTP " + s.statusCode());
      String message = Optional.ofNullable(s.awsErrorDetails()).map(d -> d.errorMessage()).orElse(s.getMessage());
      String fix = code.contains("Token") || code.contains("Signature") || code.contains("Unrecognized")
          ? " (your credentials are not valid there: run 'aws sso login' or check AWS_PROFILE)"
          : code.contains("AccessDenied") || s.statusCode() == 403
              ? " (the credentials lack the permission: see docs/operate.md for the read-only policy)" : "";
      return new AwsException("AWS refused " + what + " in " + aws.where() + ": " + code + ": " + message + fix);
    }
    if (e instanceof ApiCallTimeoutException) {
      return new AwsException("AWS did not answer " + what + " in " + aws.where() + " within "
          + AwsSettings.CALL_TIMEOUT.toSeconds() + "s (check the network, a proxy or --endpoint-url)");
    }
    String message = String.valueOf(e.getMessage());
    if (e instanceof SdkClientException && message.contains("credentials")) {
      return new AwsException("no AWS credentials for " + aws.where() + ": run 'aws sso login --profile NAME' or "
          + "'aws configure', or set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY");
    }
    Optional<Throwable> network = rootCause(e);
    if (network.isPresent()) {
      return new AwsException("cannot reach AWS in " + aws.where() + " while " + what + ": "
          + network.get().getMessage() + " (check --endpoint-url, the network or a proxy)");
    }
    return new AwsException("AWS call failed while " + what + " in " + aws.where() + ": "
        + message.lines().findFirst().orElse(e.toString()));
  }

  private static Optional<Throwable> rootCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof SocketTimeoutException
          || t.getClass().getSimpleName().equals("HttpHostConnectException")) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
