package dev.exosphere.load;

import dev.exosphere.model.ContainerCheck;
import dev.exosphere.model.ContainerSpec;
import dev.exosphere.rules.ContainerRules;
import dev.exosphere.rules.Limits;
import dev.exosphere.rules.Range;
import dev.exosphere.rules.ShellWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A service's {@code command}, {@code entrypoint}, {@code workingDirectory}, {@code user}, {@code stopTimeout} and
 * {@code containerHealthCheck}. A string command is split into words as docker-compose does ({@link ShellWords}):
 * it is never handed to a shell.
 */
final class ContainerBinder {
  private final Values values;

  ContainerBinder(Values values) {
    this.values = values;
  }

  ContainerSpec bind(Obj o) {
    Optional<List<String>> command = o.read("command", this::words);
    Optional<List<String>> entrypoint = o.read("entrypoint", this::words);
    Optional<String> workingDirectory = o.read("workingDirectory",
        (n, p) -> values.checked(n, p, ContainerRules::workingDirectory));
    Optional<String> user = o.read("user", (n, p) -> values.checked(n, p, ContainerRules::user));
    OptionalInt stopTimeout = seconds(o, "stopTimeout", Limits.STOP_TIMEOUT_SECONDS);
    Optional<ContainerCheck> check = o.read("containerHealthCheck", (n, p) -> healthCheck(n, p));
    return new ContainerSpec(command, entrypoint, workingDirectory, user, stopTimeout, check);
  }

  /** A list of strings, or one string split into words the way docker-compose splits it. */
  private Optional<List<String>> words(YamlNode n, String path) {
    Optional<List<String>> words;
    if (n instanceof YamlNode.SeqNode) {
      words = Optional.of(values.list(n, path, values::string));
      if (words.get().size() != ((YamlNode.SeqNode) n).items().size()) {
        return Optional.empty();
      }
    } else if (n instanceof YamlNode.ScalarNode s && !s.isNull()) {
      ShellWords.Split split = ShellWords.split(s.text());
      if (!values.ctx().check(n.position(), path, split.complaint())) {
        return Optional.empty();
      }
      words = Optional.of(split.words());
    } else {
      values.ctx().expected(n, path, "a command as a list of words or a string",
          "e.g. [node, server.js] or \"node server.js\"");
      return Optional.empty();
    }
    return words.filter(w -> values.ctx().check(n.position(), path, ContainerRules.words(w)));
  }

  private Optional<ContainerCheck> healthCheck(YamlNode n, String path) {
    if (n instanceof YamlNode.ScalarNode s && s.kind() == YamlNode.ScalarNode.Kind.BOOL) {
      if (values.bool(n, path).orElse(true)) {
        values.ctx().error(n.position(), path, "expected a health check {command: ...} or off, got " + s.text(),
            "write the command the container runs to check itself, e.g. {command: [CMD, /bin/healthcheck]}");
      }
      return Optional.empty(); // off: no container health check, as when the key is absent
    }
    return Obj.open(values, n, path, YamlShape.CONTAINER_HEALTH_CHECK).flatMap(c -> {
      Optional<List<String>> command = c.read("command", this::checkCommand);
      int interval = c.integer("interval", ContainerCheck.DEFAULT_INTERVAL,
          Limits.CONTAINER_HEALTH_CHECK_INTERVAL_SECONDS.min(), Limits.CONTAINER_HEALTH_CHECK_INTERVAL_SECONDS.max(),
          "seconds");
      int timeout = c.integer("timeout", ContainerCheck.DEFAULT_TIMEOUT,
          Limits.CONTAINER_HEALTH_CHECK_TIMEOUT_SECONDS.min(), Limits.CONTAINER_HEALTH_CHECK_TIMEOUT_SECONDS.max(),
          "seconds");
      int retries = c.integer("retries", ContainerCheck.DEFAULT_RETRIES, Limits.CONTAINER_HEALTH_CHECK_RETRIES.min(),
          Limits.CONTAINER_HEALTH_CHECK_RETRIES.max(), "retries");
      int start = c.integer("startPeriod", ContainerCheck.DEFAULT_START_PERIOD,
          Limits.CONTAINER_HEALTH_CHECK_START_PERIOD_SECONDS.min(),
          Limits.CONTAINER_HEALTH_CHECK_START_PERIOD_SECONDS.max(), "seconds");
      if (!values.ctx().check(c.position("timeout"), c.path("timeout"), ContainerRules.healthCheckTiming(interval,
          timeout))) {
        return Optional.empty();
      }
      return command.map(cmd -> new ContainerCheck(cmd, interval, timeout, retries, start));
    });
  }

  /**
   * As docker-compose's {@code healthcheck.test}: a string runs with the image's shell ({@code CMD-SHELL}), a list
   * starting with CMD or CMD-SHELL is taken as it is, any other list is run directly ({@code CMD} prepended).
   */
  private Optional<List<String>> checkCommand(YamlNode n, String path) {
    List<String> command = new ArrayList<>();
    if (n instanceof YamlNode.SeqNode seq) {
      List<String> words = values.list(n, path, values::string);
      if (words.size() != seq.items().size()) {
        return Optional.empty();
      }
      if (words.isEmpty() || !ContainerRules.HEALTH_CHECK_FORMS.contains(words.get(0))) {
        command.add("CMD");
      }
      command.addAll(words);
    } else {
      Optional<String> line = values.string(n, path);
      if (line.isEmpty()) {
        return Optional.empty();
      }
      command.add("CMD-SHELL");
      command.add(line.get());
    }
    return values.ctx().check(n.position(), path, ContainerRules.healthCheckCommand(command))
        ? Optional.of(List.copyOf(command)) : Optional.empty();
  }

  private OptionalInt seconds(Obj o, String key, Range range) {
    return o.read(key, (n, p) -> values.integer(n, p, range.min(), range.max(), "seconds"))
        .map(OptionalInt::of).orElse(OptionalInt.empty());
  }
}
