package dev.exosphere.operate;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The real AWS API endpoint the exo status and exo logs tests talk to: moto's server on 127.0.0.1, named by
 * {@code EXO_TEST_AWS_ENDPOINT}. Missing or unreachable FAILS the tests with how to start it: CI starts it
 * (scripts/lib/setup.sh setup_moto), so a skip would only hide a broken machine.
 */
final class AwsEndpoint {
  static final String REGION = "us-east-1";
  private static final String HOW = "start it with 'bash scripts/test' (setup_moto), or by hand: "
      + "'moto_server -H 127.0.0.1 -p 5001 &' and 'export EXO_TEST_AWS_ENDPOINT=http://127.0.0.1:5001'";

  private AwsEndpoint() {}

  /** The endpoint's URL; fails unless it is set and answers. */
  static URI require() {
    String value = System.getenv("EXO_TEST_AWS_ENDPOINT");
    if (value == null || value.isBlank()) {
      fail("EXO_TEST_AWS_ENDPOINT is not set: the exo status and exo logs tests need moto's server: " + HOW);
    }
    URI uri = URI.create(value);
    try {
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
          HttpRequest.newBuilder(uri.resolve("/moto-api/")).build(), HttpResponse.BodyHandlers.discarding());
    } catch (Exception e) {
      fail("the AWS endpoint " + uri + " (EXO_TEST_AWS_ENDPOINT) is not reachable (" + e + "): " + HOW);
    }
    // moto checks no signature, but the SDK signs: any key will do, from the standard chain's system properties
    System.setProperty("aws.accessKeyId", "testing");
    System.setProperty("aws.secretAccessKey", "testing");
    return uri;
  }
}
