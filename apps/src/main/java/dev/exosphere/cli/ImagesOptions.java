package dev.exosphere.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The options of {@code exo images build|push}.
 *
 * @param push          {@code push} (true) or {@code build} (false)
 * @param file          the application's {@code exosphere.yml}; default {@code ./exosphere.yml}
 * @param registry      {@code --registry host[/namespace]}; required for push
 * @param jobs          {@code --jobs N}, services built at once; default the number of cores
 * @param services      {@code --service NAME}, repeatable; default every service with {@code build}
 * @param username      {@code --username}; default {@code EXO_REGISTRY_USERNAME}, then {@code ~/.docker/config.json}
 * @param password      {@code --password}; default {@code EXO_REGISTRY_PASSWORD}
 * @param passwordStdin {@code --password-stdin}: read the password from standard input (ECR's token)
 * @param dockerHost    {@code --docker-host}; default {@code DOCKER_HOST}, then the local socket
 */
public record ImagesOptions(
    boolean push,
    Path file,
    Optional<String> registry,
    int jobs,
    Set<String> services,
    Optional<String> username,
    Optional<String> password,
    boolean passwordStdin,
    Optional<String> dockerHost) {

  /** A command line the parser refuses; the message says what is wrong. */
  public static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Parses {@code build|push [options]}; {@code --opt value} and {@code --opt=value} both work. */
  public static ImagesOptions parse(List<String> args) throws UsageException {
    if (args.isEmpty() || !(args.get(0).equals("build") || args.get(0).equals("push"))) {
      throw new UsageException(args.isEmpty() ? "missing 'build' or 'push'"
          : "unknown action '" + args.get(0) + "': expected 'build' or 'push'");
    }
    boolean push = args.get(0).equals("push");
    Path file = Path.of("exosphere.yml");
    Optional<String> registry = Optional.empty();
    Optional<String> username = Optional.empty();
    Optional<String> password = Optional.empty();
    Optional<String> dockerHost = Optional.empty();
    int jobs = Runtime.getRuntime().availableProcessors();
    boolean passwordStdin = false;
    Set<String> services = new TreeSet<>();
    List<String> rest = expand(args.subList(1, args.size()));
    for (int i = 0; i < rest.size(); i++) {
      String opt = rest.get(i);
      switch (opt) {
        case "--password-stdin" -> passwordStdin = true;
        case "--file", "-f" -> file = Path.of(value(rest, i++));
        case "--registry" -> registry = Optional.of(value(rest, i++));
        case "--username" -> username = Optional.of(value(rest, i++));
        case "--password" -> password = Optional.of(value(rest, i++));
        case "--docker-host" -> dockerHost = Optional.of(value(rest, i++));
        case "--service" -> services.add(value(rest, i++));
        case "--jobs", "-j" -> jobs = jobs(value(rest, i++));
        default -> throw new UsageException("unknown option '" + opt + "'");
      }
    }
    if (push && registry.isEmpty()) {
      throw new UsageException("push needs --registry host[/namespace], e.g. --registry 127.0.0.1:5000");
    }
    if (passwordStdin && password.isPresent()) {
      throw new UsageException("--password and --password-stdin exclude each other");
    }
    return new ImagesOptions(push, file, registry, jobs, Set.copyOf(services), username, password, passwordStdin,
        dockerHost);
  }

  /** Splits {@code --opt=value} into two arguments. */
  private static List<String> expand(List<String> args) {
    List<String> out = new ArrayList<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 2) {
        out.add(a.substring(0, eq));
        out.add(a.substring(eq + 1));
      } else {
        out.add(a);
      }
    }
    return out;
  }

  private static String value(List<String> args, int i) throws UsageException {
    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
      throw new UsageException(args.get(i) + " needs a value");
    }
    return args.get(i + 1);
  }

  private static int jobs(String value) throws UsageException {
    try {
      int n = Integer.parseInt(value);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Reported below, with what is expected.
    }
    throw new UsageException("--jobs " + value + " is invalid: expected a whole number of at least 1");
  }
}
