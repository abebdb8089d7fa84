package dev.exosphere.images;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long exo waits for the Docker daemon, so that a hung daemon or registry is an error per service, never a
 * command that runs forever.
 *
 * @param build one image build, from sending the context to the image id (default 30m; {@code EXO_BUILD_TIMEOUT})
 * @param push  one image push (default 30m; {@code EXO_PUSH_TIMEOUT})
 * @param call  one short call: ping, image inspect, tag removal, and connecting (default 60s;
 *              {@code EXO_DOCKER_TIMEOUT})
 */
public record DockerTimeouts(Duration build, Duration push, Duration call) {
  public static final DockerTimeouts DEFAULT = new DockerTimeouts(Duration.ofMinutes(30), Duration.ofMinutes(30),
      Duration.ofSeconds(60));
  public static final String BUILD_ENV = "EXO_BUILD_TIMEOUT";
  public static final String PUSH_ENV = "EXO_PUSH_TIMEOUT";
  public static final String CALL_ENV = "EXO_DOCKER_TIMEOUT";
  private static final Pattern DURATION = Pattern.compile("([1-9][0-9]{0,8})(ms|s|m|h)");

  public DockerTimeouts {
    for (Duration d : new Duration[] {build, push, call}) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("timeouts must be positive, was " + d);
      }
    }
  }

  /** The flags' values where given, else the environment's, else the defaults. */
  public static DockerTimeouts of(Optional<Duration> build, Optional<Duration> push, Optional<Duration> call,
      Map<String, String> env) {
    return new DockerTimeouts(
        build.orElseGet(() -> fromEnv(env, BUILD_ENV).orElse(DEFAULT.build)),
        push.orElseGet(() -> fromEnv(env, PUSH_ENV).orElse(DEFAULT.push)),
        call.orElseGet(() -> fromEnv(env, CALL_ENV).orElse(DEFAULT.call)));
  }

  private static Optional<Duration> fromEnv(Map<String, String> env, String name) {
    String value = env.getOrDefault(name, "").strip();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(value));
    } catch (IllegalArgumentException e) {
      throw new ImageException(name + "=" + value + " is invalid: " + e.getMessage());
    }
  }

  /**
   * {@code 90s}, {@code 30m}, {@code 2h}, {@code 500ms}: a whole number and a unit.
   *
   * @throws IllegalArgumentException saying what is expected
   */
  public static Duration parse(String text) {
    Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("expected a whole number above 0 and a unit (ms, s, m or h), e.g. 90s or 30m");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      default -> Duration.ofHours(n);
    };
  }

  /** {@code 30m}, {@code 90s}, {@code 500ms}: as the flags take it. */
  public static String format(Duration d) {
    if (d.toMillis() % 1000 != 0) {
      return d.toMillis() + "ms";
    }
    long s = d.toSeconds();
    return s % 3600 == 0 ? s / 3600 + "h" : s % 60 == 0 ? s / 60 + "m" : s + "s";
  }
}
