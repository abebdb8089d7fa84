package dev.exosphere.e2e;

import dev.exosphere.app.ExoApp;
import dev.exosphere.testsupport.TestApps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;

/**
 * Synthesizes an application the way {@code cdk synth} does (cdk.json's feature flags, from {@link TestApps}), with
 * account, region and AZs pinned through context so that templates are byte-identical on any machine.
 */
public final class PinnedSynth {
  public static final String ACCOUNT = "123456789012";
  public static final String REGION = "us-east-1";

  private PinnedSynth() {}

  public static Map<String, Object> context(Path exosphereYml) {
    return context(exosphereYml, Optional.empty());
  }

  /** The context of {@code cdk synth -c app=... [-c env=...]}, pinned. */
  public static Map<String, Object> context(Path exosphereYml, Optional<String> environment) {
    Map<String, Object> context = new TreeMap<>(Map.of(
        "app", exosphereYml.toString(),
        "account", ACCOUNT,
        "region", REGION,
        "availability-zones:account=" + ACCOUNT + ":region=" + REGION,
        List.of("us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d", "us-east-1e", "us-east-1f")));
    environment.ifPresent(e -> context.put("env", e));
    return context;
  }

  public static App app(Path exosphereYml, Path outdir) {
    return app(exosphereYml, Optional.empty(), outdir);
  }

  /** The CDK app of {@code exosphereYml}'s environment {@code environment} (empty: an app without environments). */
  public static App app(Path exosphereYml, Optional<String> environment, Path outdir) {
    return new App(AppProps.builder()
        .context(TestApps.context(context(exosphereYml, environment)))
        .outdir(outdir.toString())
        .analyticsReporting(false)
        .stackTraces(false)
        .build());
  }

  /** Synthesizes into {@code outdir} and returns every template there: file name to its text, sorted. */
  public static Map<String, String> templates(Path exosphereYml, Path outdir) {
    return templates(exosphereYml, Optional.empty(), outdir);
  }

  /** The same for one environment of the file (empty: an app without environments). */
  public static Map<String, String> templates(Path exosphereYml, Optional<String> environment, Path outdir) {
    App app = app(exosphereYml, environment, outdir);
    ExoApp.build(app);
    app.synth();
    return readTemplates(outdir);
  }

  public static Map<String, String> readTemplates(Path outdir) {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(outdir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".template.json")).toList()) {
        out.put(f.getFileName().toString(), Files.readString(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
