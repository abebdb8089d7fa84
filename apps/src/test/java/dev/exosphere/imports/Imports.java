package dev.exosphere.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exosphere.app.ExoApp;
import dev.exosphere.load.LoadResult;
import dev.exosphere.load.ModelLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/** Test helpers: import a fixture of src/test/resources/import, write it, load it with exo's loader, synth it. */
@SuppressWarnings("unchecked")
final class Imports {
  static final Path FIXTURES = Path.of("src/test/resources/import");

  private Imports() {}

  /** Imports the fixture into {@code dir}/exosphere.yml and returns the result (the file written). */
  static Importer.Result into(Path dir, Importer.Format format, String fixture) {
    Path out = dir.resolve("exosphere.yml");
    Importer.Result r = Importer.run(format, FIXTURES.resolve(fixture), out);
    try {
      Files.writeString(out, r.text());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return r;
  }

  /** The written file has no problem at all for exo's own loader. */
  static LoadResult loadsCleanly(Path dir) {
    LoadResult loaded = ModelLoader.load(dir.resolve("exosphere.yml"));
    assertEquals(List.of(), loaded.problems().stream().map(p -> p.format()).toList());
    return loaded;
  }

  /**
   * Synthesizes the written file (environment {@code env}, or none) with the real CDK app, in account 123456789012
   * and {@code region} (what the CDK CLI's credentials would give), its zones pinned as cdk.context.json would.
   */
  static List<Template> synth(Path dir, String env, String region) {
    String account = "123456789012";
    Map<String, Object> context = new HashMap<>();
    context.put("app", dir.resolve("exosphere.yml").toString());
    if (env != null) {
      context.put("env", env);
    }
    context.put("account", account);
    context.put("region", region);
    {
      context.put("availability-zones:account=" + account + ":region=" + region, List.of(region + "a", region + "b"));
    }
    App app = App.Builder.create().context(context).outdir(dir.resolve("cdk.out").toString()).build();
    Stack stack = ExoApp.build(app);
    app.synth();
    List<Template> all = new java.util.ArrayList<>();
    stacks(stack).forEach(st -> all.add(Template.fromStack(st)));
    return all;
  }

  private static List<Stack> stacks(software.constructs.IConstruct c) {
    List<Stack> out = new java.util.ArrayList<>();
    if (c instanceof Stack st) {
      out.add(st);
    }
    c.getNode().getChildren().forEach(child -> out.addAll(stacks(child)));
    return out;
  }

  /** One of the templates (the stack or a nested one) has a resource of {@code type} with {@code props}. */
  static void hasSomewhere(List<Template> templates, String type, Object props) {
    long found = templates.stream().filter(t -> !t.findResources(type,
        Map.of("Properties", software.amazon.awscdk.assertions.Match.objectLike((Map<String, ?>) props))).isEmpty())
        .count();
    assertTrue(found > 0, "no " + type + " with " + props);
  }

  /** The report's lines, as printed. */
  static List<String> report(Importer.Result r) {
    return r.report().stream().map(ImportReport.Entry::format).toList();
  }

  /** Some report line contains every one of {@code parts}. */
  static void reports(Importer.Result r, String... parts) {
    assertTrue(report(r).stream().anyMatch(l -> List.of(parts).stream().allMatch(l::contains)),
        () -> "no report line with " + List.of(parts) + " in:\n" + String.join("\n", report(r)));
  }

  /** The report is also the head of the generated file, as comments. */
  static void commented(Importer.Result r) {
    for (String line : report(r)) {
      assertTrue(r.text().contains("# - " + line + "\n"), () -> "not commented: " + line);
    }
  }
}
