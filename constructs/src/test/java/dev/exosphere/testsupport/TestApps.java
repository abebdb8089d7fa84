package dev.exosphere.testsupport;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awscdk.App;

/**
 * The one place tests build a CDK {@link App}: with the feature flags of this run. An {@code App} built in a test does
 * not read {@code cdk.json}, so the flags are read from it here (one source for the CLI and the tests).
 *
 * <p>{@code -Dexo.flags=recommended} (the default) gives the recommended flags {@code cdk.json} sets, as {@code cdk
 * synth} runs; {@code -Dexo.flags=defaults} gives none, as a CDK app that composes our constructs without them does.
 * The constructs module runs its construct tests under both (pom.xml, surefire execution {@code defaults-flags}).
 */
public final class TestApps {
  /** The system property that picks the flag set. */
  public static final String PROPERTY = "exo.flags";

  /** The two flag sets a CDK app composing the constructs may have. */
  public enum Flags { RECOMMENDED, DEFAULTS }

  private static final Map<String, Object> RECOMMENDED = readFlags(findCdkJson());

  private TestApps() {}

  /** The flag set of this run. */
  public static Flags current() {
    String value = System.getProperty(PROPERTY, "recommended");
    return switch (value) {
      case "recommended" -> Flags.RECOMMENDED;
      case "defaults" -> Flags.DEFAULTS;
      default -> throw new IllegalArgumentException(PROPERTY + " = " + value + ": expected recommended or defaults");
    };
  }

  /** The feature flags (context keys) of {@code flags}: cdk.json's for RECOMMENDED, none for DEFAULTS. */
  public static Map<String, Object> flags(Flags flags) {
    return flags == Flags.RECOMMENDED ? RECOMMENDED : Map.of();
  }

  /** This run's flags plus {@code context} (which wins on a shared key). */
  public static Map<String, Object> context(Map<String, ?> context) {
    Map<String, Object> all = new LinkedHashMap<>(flags(current()));
    all.putAll(context);
    return all;
  }

  /** An app with this run's flags. */
  public static App app() {
    return builder(Map.of()).build();
  }

  /** A builder for an app with this run's flags plus {@code context}; add outdir and the like to it. */
  public static App.Builder builder(Map<String, ?> context) {
    return builder(current(), context);
  }

  /** A builder for an app with {@code flags} plus {@code context}, whatever this run's flag set. */
  public static App.Builder builder(Flags flags, Map<String, ?> context) {
    Map<String, Object> all = new LinkedHashMap<>(flags(flags));
    all.putAll(context);
    return App.Builder.create().context(all);
  }

  /** The feature flags in cdk.json's context: its {@code @aws-cdk...} keys (not {@code app}, the CLI's settings). */
  static Map<String, Object> readFlags(Path cdkJson) {
    try {
      Map<String, Object> json = new ObjectMapper().readValue(Files.readString(cdkJson), new TypeReference<>() {});
      @SuppressWarnings("unchecked")
      Map<String, Object> context = new LinkedHashMap<>((Map<String, Object>) json.getOrDefault("context", Map.of()));
      context.keySet().removeIf(key -> !key.startsWith("@aws-cdk"));
      if (context.isEmpty()) {
        throw new IllegalStateException(cdkJson + " sets no feature flags (@aws-cdk... context keys)");
      }
      return Map.copyOf(context);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The repository's cdk.json: {@code exo.repo} when set, else the first one up from the working directory. */
  private static Path findCdkJson() {
    String repo = System.getProperty("exo.repo");
    Path dir = Path.of(repo != null ? repo : System.getProperty("user.dir")).toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("cdk.json"))) {
        return d.resolve("cdk.json");
      }
    }
    throw new IllegalStateException("no cdk.json in " + dir + " or above: the tests read the feature flags from it");
  }
}
