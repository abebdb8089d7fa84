package dev.exosphere.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Evaluates the user's own JavaScript modules (Ailtire's services.js, build.js, deploy.js) with {@code node} from
 * PATH, the Node the CDK needs anyway: the module paths are arguments, never shell text; stdin is closed; the
 * exports come back as JSON. A module that throws is an {@link ImportException} {@code file: Node's message}.
 */
final class NodeEval {
  private static final long TIMEOUT_SECONDS = 20;
  /** Each argument after the script is a module; prints {"ok": [exports...]} or {"error": ..., "file": ...}. */
  private static final String SCRIPT = """
      const path = require('path');
      const out = [];
      for (const f of process.argv.slice(1)) {
        try { out.push(require(path.resolve(f))); }
        catch (e) {
          const first = String(e && e.message || e).split('\\n')[0];
          process.stdout.write(JSON.stringify({error: first, file: f}));
          process.exit(0);
        }
      }
      process.stdout.write(JSON.stringify({ok: out}));
      """;

  private NodeEval() {}

  /** The exports of each module, in order. */
  static List<JsonNode> exports(List<Path> modules) {
    List<String> command = new ArrayList<>(List.of("node", "-e", SCRIPT));
    modules.forEach(m -> command.add(m.toAbsolutePath().toString()));
    Process p;
    try {
      p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(nullFile()))
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      throw new ImportException("node: cannot run it (" + e.getMessage() + "); Ailtire's .js files are "
          + "evaluated by Node: install it or put it on PATH");
    }
    try {
      byte[] stdout;
      try (var in = p.getInputStream()) {
        var reader = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
          try {
            return in.readAllBytes();
          } catch (IOException e) {
            return new byte[0];
          }
        });
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new ImportException(modules.get(0) + ": Node did not finish within " + TIMEOUT_SECONDS
              + " s (does a module wait for something?)");
        }
        stdout = reader.join();
      }
      JsonNode result = new ObjectMapper().readTree(new String(stdout, StandardCharsets.UTF_8));
      if (result == null || (!result.has("ok") && !result.has("error"))) {
        throw new ImportException(modules.get(0) + ": Node printed no result (exit " + p.exitValue() + ")");
      }
      if (result.has("error")) {
        throw new ImportException(result.get("file").asText() + ": " + result.get("error").asText());
      }
      List<JsonNode> out = new ArrayList<>();
      result.get("ok").forEach(out::add);
      return out;
    } catch (IOException e) {
      throw new ImportException(modules.get(0) + ": Node's output is not JSON: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new ImportException(modules.get(0) + ": interrupted");
    }
  }

  private static java.io.File nullFile() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
