package dev.exosphere.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImagesOptionsTest {
  @Test
  void defaults() throws Exception {
    ImagesOptions o = ImagesOptions.parse(List.of("build"));
    assertEquals(Path.of("exosphere.yml"), o.file());
    assertEquals(Runtime.getRuntime().availableProcessors(), o.jobs());
    assertEquals(Set.of(), o.services());
    assertEquals(Optional.empty(), o.registry());
  }

  @Test
  void everyOptionInBothSpellings() throws Exception {
    ImagesOptions o = ImagesOptions.parse(List.of("push", "--file=app/exosphere.yml", "--registry", "r.example/t",
        "-j", "3", "--service", "web", "--service=users", "--username", "AWS", "--password-stdin",
        "--docker-host", "tcp://127.0.0.1:2375"));
    assertEquals(new ImagesOptions(true, Path.of("app/exosphere.yml"), Optional.of("r.example/t"), 3,
        Set.of("web", "users"), Optional.of("AWS"), Optional.empty(), true, Optional.of("tcp://127.0.0.1:2375")), o);
  }

  @Test
  void usageErrorsSayWhatIsWrong() {
    assertEquals("push needs --registry host[/namespace], e.g. --registry 127.0.0.1:5000", message("push"));
    assertEquals("--jobs 0 is invalid: expected a whole number of at least 1", message("build", "--jobs", "0"));
    assertEquals("unknown option '--registy'", message("build", "--registy", "x"));
    assertEquals("--file needs a value", message("build", "--file"));
    assertEquals("unknown action 'deploy': expected 'build' or 'push'", message("deploy"));
  }

  private static String message(String... args) {
    return assertThrows(ImagesOptions.UsageException.class, () -> ImagesOptions.parse(List.of(args))).getMessage();
  }

  @Test
  void passwordStdinExcludesPassword() {
    assertTrue(message("push", "--registry", "r.example", "--password", "x", "--password-stdin")
        .contains("exclude each other"));
  }
}
