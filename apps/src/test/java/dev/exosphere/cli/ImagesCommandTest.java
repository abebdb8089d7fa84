package dev.exosphere.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.images.DockerTimeouts;
import dev.exosphere.images.RegistryTarget;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** exo images build|push: how the options are read, and every usage error as one line with exit 2. */
class ImagesCommandTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private ImagesCommand command(Map<String, String> env) {
    return new ImagesCommand(file -> {
      throw new AssertionError("usage errors come before the file is read");
    }, env, new ByteArrayInputStream(new byte[0]));
  }

  private int run(String... args) {
    return command(Map.of()).run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** The options {@code args} give, as the build or push action reads them. */
  private static ImagesOptions parse(Map<String, String> env, String... args) {
    ImagesCommand images = new ImagesCommand(f -> null, env, new ByteArrayInputStream(new byte[0]));
    CommandLine.ParseResult parsed = new CommandLine(images).parseArgs(args);
    Object action = parsed.subcommand().commandSpec().userObject();
    return action instanceof ImagesCommand.Push p ? p.args.options(p, true, env)
        : ((ImagesCommand.Build) action).args.options((ExoCommand) action, false, env);
  }

  @Test
  void defaults() {
    ImagesOptions o = parse(Map.of(), "build");
    assertEquals(Path.of("exosphere.yml"), o.file());
    assertEquals(Runtime.getRuntime().availableProcessors(), o.jobs());
    assertEquals(Set.of(), o.services());
    assertEquals(Optional.empty(), o.registry());
    assertEquals(DockerTimeouts.DEFAULT, o.timeouts());
  }

  @Test
  void everyOptionInBothSpellings() {
    ImagesOptions o = parse(Map.of(), "push", "--file=app/exosphere.yml", "--registry", "r.example/t",
        "-j", "3", "--service", "web", "--service=users", "--username", "AWS", "--password-stdin",
        "--docker-host", "tcp://127.0.0.1:2375", "--build-timeout", "45m", "--push-timeout=2h",
        "--docker-timeout", "500ms");
    assertEquals(new ImagesOptions(true, Path.of("app/exosphere.yml"), Optional.of(new RegistryTarget("r.example", "t")),
        3, Set.of("web", "users"), Optional.of("AWS"), Optional.empty(), true, Optional.of("tcp://127.0.0.1:2375"),
        new DockerTimeouts(Duration.ofMinutes(45), Duration.ofHours(2), Duration.ofMillis(500))), o);
  }

  @Test
  void theFileIsAnOptionOrAPositionalForBuildAndPush() {
    assertEquals(Path.of("a/exosphere.yml"), parse(Map.of(), "build", "a/exosphere.yml").file());
    assertEquals(Path.of("a/exosphere.yml"), parse(Map.of(), "build", "-f", "a/exosphere.yml").file());
    assertEquals(Path.of("a/exosphere.yml"), parse(Map.of(), "push", "a/exosphere.yml", "--registry", "r.io").file());
    assertEquals(Path.of("a/exosphere.yml"), parse(Map.of(), "push", "--registry", "r.io", "--file", "a/exosphere.yml")
        .file());
  }

  @Test
  void timeoutsComeFromTheEnvironmentWhenNoFlagSetsThem() {
    ImagesOptions o = parse(Map.of("EXO_BUILD_TIMEOUT", "90s", "EXO_DOCKER_TIMEOUT", "5s"), "build",
        "--docker-timeout", "7s");
    assertEquals(new DockerTimeouts(Duration.ofSeconds(90), Duration.ofMinutes(30), Duration.ofSeconds(7)),
        o.timeouts());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "push | exo images push: push needs --registry HOST[/NAMESPACE], e.g. --registry 127.0.0.1:5000 (see 'exo images push --help')",
      "build --jobs 0 | exo images build: --jobs 0 is invalid: expected a whole number of at least 1 (see 'exo images build --help')",
      "build --jobs x | exo images build: Invalid value for option '--jobs': 'x' is not an int (see 'exo images build --help')",
      "build --registy x | exo images build: unknown option '--registy': did you mean '--registry'? (see 'exo images build --help')",
      "build --file | exo images build: Missing required parameter for option '--file' (FILE) (see 'exo images build --help')",
      "build a.yml b.yml | exo images build: unexpected argument 'b.yml' (see 'exo images build --help')",
      "build -f a.yml b.yml | exo images build: name the file once, as --file a.yml or as b.yml, not both (see 'exo images build --help')",
      "deploy | exo images: unknown command 'deploy' (see 'exo images --help')",
      "'' | exo images: missing the action: 'build' or 'push' (see 'exo images --help')",
      "push --registry r.io --password x --password-stdin | exo images push: --password and --password-stdin exclude each other (see 'exo images push --help')",
      "build --build-timeout 5 | exo images build: Invalid value for option '--build-timeout': '5' is invalid: expected a whole number above 0 and a unit (ms, s, m or h), e.g. 90s or 30m (see 'exo images build --help')",
      "push --registry [::1 | exo images push: --registry '[::1' is invalid: '[::1' is not a host[:port] (a DNS name or IP address, then an optional port), e.g. 127.0.0.1:5000 or 123456789012.dkr.ecr.us-east-1.amazonaws.com/team (see 'exo images push --help')",
      "push --registry host:99999 | exo images push: --registry 'host:99999' is invalid: port 99999 is not 1-65535, e.g. 127.0.0.1:5000 or 123456789012.dkr.ecr.us-east-1.amazonaws.com/team (see 'exo images push --help')",
      "push --registry http://r.io | exo images push: --registry 'http://r.io' is invalid: expected host[:port][/namespace] (no scheme), e.g. 127.0.0.1:5000 or 123456789012.dkr.ecr.us-east-1.amazonaws.com/team (see 'exo images push --help')",
      "build --docker-host foo | exo images build: --docker-host 'foo' is invalid: no scheme; expected unix:///path/to/docker.sock, tcp://HOST:PORT or npipe:////./pipe/NAME (see 'exo images build --help')",
      "build --docker-host tcp://x | exo images build: --docker-host 'tcp://x' is invalid: a tcp address needs a host and a port 1-65535, nothing else; expected unix:///path/to/docker.sock, tcp://HOST:PORT or npipe:////./pipe/NAME (see 'exo images build --help')",
      "build --docker-host unix:// | exo images build: --docker-host 'unix://' is invalid: not an address (Expected authority); expected unix:///path/to/docker.sock, tcp://HOST:PORT or npipe:////./pipe/NAME (see 'exo images build --help')",
  })
  void usageErrorsAreOneLineWithExitTwo(String args, String message) {
    assertEquals(2, run(args.isEmpty() ? new String[0] : args.split(" ")));
    assertEquals(message + "\n", err.toString(StandardCharsets.UTF_8));
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aMalformedDockerHostInTheEnvironmentIsAClearError() throws Exception {
    // GIVEN a valid file and DOCKER_HOST without a scheme
    Path file = Files.writeString(dir.resolve("exosphere.yml"), "name: shop\nversion: 1\n");
    ImagesCommand images = new ImagesCommand(ImagesCommand::loadModel, Map.of("DOCKER_HOST", "localhost:2375"),
        new ByteArrayInputStream(new byte[0]));
    // WHEN built THEN exit 1 and one line naming the variable
    int code = images.run(List.of("build", file.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(1, code);
    assertEquals("exo images: DOCKER_HOST=localhost:2375 is invalid: unsupported scheme 'localhost'; expected "
        + "unix:///path/to/docker.sock, tcp://HOST:PORT or npipe:////./pipe/NAME (fix or unset it, or pass "
        + "--docker-host)\n", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aMissingFileIsReportedAtItsFirstLine() {
    assertEquals(1, run("build", dir.resolve("nope.yml").toString()));
    String text = err.toString(StandardCharsets.UTF_8);
    assertEquals(dir.resolve("nope.yml") + ":1:1: error: file not found (run in the application's folder, or name the "
        + "file: exo images build path/to/exosphere.yml)\n", text);
    assertFalse(text.contains("Exception"), text);
    assertTrue(text.lines().allMatch(l -> l.matches("^[^:]+:\\d+:\\d+: error: .*")), text);
  }
}
