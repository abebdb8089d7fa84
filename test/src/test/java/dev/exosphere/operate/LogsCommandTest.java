package dev.exosphere.operate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.cli.Exo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code exo logs} against moto's server: a service's task streams merged by time, filtered, followed. */
class LogsCommandTest {
  private static URI endpoint;

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private MotoApp moto;
  private Path file;
  private Instant base;

  @BeforeAll
  static void endpoint() {
    endpoint = AwsEndpoint.require();
  }

  /** Two tasks of web logging interleaved lines a minute ago, and one line an hour ago. */
  @BeforeEach
  void deployed() throws Exception {
    moto = new MotoApp(endpoint, "logs");
    moto.deploy(moto.app);
    file = moto.yaml(dir);
    base = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    moto.log(moto.app, "aaaaaaaa11112222333344445555aaaa", base, List.of(
        new Object[] {-3_600_000L, "booting an hour ago"}, new Object[] {0L, "GET / 200"},
        new Object[] {2000L, "GET /health 200"}));
    moto.log(moto.app, "bbbbbbbb11112222333344445555bbbb", base, List.of(
        new Object[] {1000L, "POST /tweets 201"}, new Object[] {3000L, "GET /health 200"}));
  }

  private int exo(String... args) {
    return Exo.standard().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String[] args(String... more) {
    List<String> all = new java.util.ArrayList<>(List.of("logs"));
    all.addAll(List.of(more));
    all.addAll(List.of("-f", file.toString(), "--region", "us-east-1", "--endpoint-url", endpoint.toString()));
    return all.toArray(String[]::new);
  }

  @Test
  void tasksAreMergedByTimeAndPrefixedByTask() {
    // WHEN the last 10 minutes of web are read
    int code = exo(args("web", "--since", "10m"));
    // THEN both tasks' lines, oldest first, each with its task; the hour-old line is left out
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    assertEquals(base + " [aaaaaaaa] GET / 200\n"
        + base.plusSeconds(1) + " [bbbbbbbb] POST /tweets 201\n"
        + base.plusSeconds(2) + " [aaaaaaaa] GET /health 200\n"
        + base.plusSeconds(3) + " [bbbbbbbb] GET /health 200\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void sinceReachesFurtherBackAndFilterKeepsMatchingLines() {
    // WHEN two hours are read, keeping lines with "GET /"
    int code = exo(args("web", "--since", "2h", "--filter", "GET /"));
    // THEN the hour-old line is still filtered out (no match), the matching ones are in
    assertEquals(0, code);
    assertEquals(base + " [aaaaaaaa] GET / 200\n"
        + base.plusSeconds(2) + " [aaaaaaaa] GET /health 200\n"
        + base.plusSeconds(3) + " [bbbbbbbb] GET /health 200\n", out.toString(StandardCharsets.UTF_8));
    out.reset();
    assertEquals(0, exo(args("web", "--since", "2h", "--filter", "booting")));
    assertEquals(base.minusSeconds(3600) + " [aaaaaaaa] booting an hour ago\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void followPrintsNewLinesAsTheyArrive() throws Exception {
    // GIVEN exo logs --follow running
    AtomicInteger code = new AtomicInteger(-1);
    Thread follower = new Thread(() -> code.set(exo(args("web", "--follow"))));
    follower.start();
    waitFor(base.plusSeconds(3) + " [bbbbbbbb] GET /health 200\n");
    // WHEN a task writes a new line
    Instant later = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    moto.log(moto.app, "cccccccc11112222333344445555cccc", later, List.<Object[]>of(new Object[] {0L, "new task up"}));
    // THEN it is printed once, after the earlier ones, and an interrupt ends the command with 0
    waitFor(later + " [cccccccc] new task up\n");
    follower.interrupt();
    follower.join(10_000);
    assertEquals(0, code.get());
    String s = out.toString(StandardCharsets.UTF_8);
    assertEquals(5, s.lines().count(), s);
    assertTrue(s.endsWith(later + " [cccccccc] new task up\n"), s);
  }

  private void waitFor(String text) throws InterruptedException {
    for (int i = 0; i < 100 && !out.toString(StandardCharsets.UTF_8).contains(text); i++) {
      Thread.sleep(100);
    }
    assertTrue(out.toString(StandardCharsets.UTF_8).contains(text), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void unknownServiceIsOneLineNamingTheKnownOnes() {
    // WHEN a service the file does not have is asked for
    int code = exo(args("api"));
    // THEN exit 1 and the services it has
    assertEquals(1, code);
    assertEquals("exo logs: no service 'api' in " + file + " (services: web, or exocom)\n",
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void malformedSinceIsAUsageError() {
    // WHEN --since is not an age
    int code = exo(args("web", "--since", "yesterday"));
    // THEN exit 2 and what is expected
    assertEquals(2, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("exo logs: --since yesterday: expected an age such as "
        + "30s, 10m, 2h or 1d, or an instant such as 2026-12-02T10:00:00Z (see 'exo logs --help')"),
        err.toString(StandardCharsets.UTF_8));
  }
}
