package dev.exosphere.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What ECS accepts for a container's command, entry point, working directory and user.
 *
 * <p>ECS API Reference, ContainerDefinition {@code user}: "user, user:group, uid, uid:gid, uid:group, user:gid"; a
 * Linux user or group name is at most 32 characters of letters, digits, '_', '.' and '-', not starting with '-'.
 * {@code workingDirectory} is an absolute path in the container. A health check's command starts with {@code CMD}
 * (run directly) or {@code CMD-SHELL} (run by the image's shell), as Docker's HEALTHCHECK.
 */
public final class ContainerRules {
  private static final String PART = "(?:[A-Za-z_][A-Za-z0-9_.-]{0,31}|[0-9]{1,10})";
  private static final Pattern USER = Pattern.compile(PART + "(?::" + PART + ")?");
  /** The two forms Docker's HEALTHCHECK and ECS's HealthCheck.command take. */
  public static final List<String> HEALTH_CHECK_FORMS = List.of("CMD", "CMD-SHELL");

  private ContainerRules() {}

  public static Optional<Complaint> user(String user) {
    if (!USER.matcher(user).matches()) {
      return Complaint.expected("a user as name, uid, uid:gid or name:group", user, "e.g. '1000:1000' or 'app'");
    }
    return Optional.empty();
  }

  public static Optional<Complaint> workingDirectory(String dir) {
    if (!dir.startsWith("/")) {
      return Complaint.expected("an absolute path in the container", dir, "start it with '/', e.g. /app");
    }
    if (dir.length() > Volumes.PATH_MAX || dir.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return Complaint.expected("a path of at most " + Volumes.PATH_MAX + " printable characters", dir,
          "use a shorter path");
    }
    return Optional.empty();
  }

  /** A command or entry point: at least one word, the first not empty. */
  public static Optional<Complaint> words(List<String> words) {
    if (words.isEmpty()) {
      return Complaint.of("expected at least one word, got none", "write the program to run, or remove the key");
    }
    if (words.get(0).isBlank()) {
      return Complaint.of("expected a program as the first word, got an empty one", "write the program first");
    }
    return Optional.empty();
  }

  /** A health check command: {@code CMD} or {@code CMD-SHELL}, then at least one non-empty word. */
  public static Optional<Complaint> healthCheckCommand(List<String> command) {
    if (command.isEmpty() || !HEALTH_CHECK_FORMS.contains(command.get(0))) {
      return Complaint.of("expected a health check command starting with CMD or CMD-SHELL, got "
          + (command.isEmpty() ? "none" : "'" + command.get(0) + "'"),
          "e.g. [CMD, /bin/healthcheck] to run a program, or a string to run it with the image's shell");
    }
    if (command.size() < 2 || command.get(1).isBlank()) {
      return Complaint.of("expected a command after " + command.get(0) + ", got none", "e.g. [CMD, /bin/healthcheck]");
    }
    return Optional.empty();
  }

  /**
   * A health check's timeout within its interval: aws-cdk-lib refuses an interval shorter than the timeout
   * ("Health check interval should be longer than timeout", aws-ecs container-definition), at synth.
   */
  public static Optional<Complaint> healthCheckTiming(int intervalSeconds, int timeoutSeconds) {
    if (intervalSeconds < timeoutSeconds) {
      return Complaint.of("expected a timeout of at most the interval (" + intervalSeconds + " s), got "
          + timeoutSeconds + " s", "shorten the timeout, or check less often");
    }
    return Optional.empty();
  }
}
