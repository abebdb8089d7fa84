package dev.exosphere.app;

import dev.exosphere.ExoException;
import dev.exosphere.application.ExoApplication;
import dev.exosphere.application.ExoApplicationProps;
import dev.exosphere.load.LoadResult;
import dev.exosphere.load.LoadedEnvironment;
import dev.exosphere.load.ModelLoader;
import dev.exosphere.lock.ImageLock;
import dev.exosphere.model.ExoModel;
import java.nio.file.Path;
import java.util.Optional;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * The CDK app that {@code cdk.json} runs: one stack for the application in {@code -c app=<exosphere.yml>}
 * (default {@value #DEFAULT_APP}).
 *
 * <p>Context keys: {@code app} (the YAML file), {@code env} (the environment of the file's {@code environments} to
 * deploy, as the stack {@code <app>-<env>}: required when the file has environments, refused when it has none),
 * {@code account} and {@code region} (override the file's and the
 * CDK environment's; tests pin them). With both known, CDK reads the availability zones from the context key
 * {@code availability-zones:account=<account>:region=<region>}: the CDK CLI looks them up once and caches them in
 * {@code cdk.context.json} (commit it: synth then needs no credentials and is reproducible). Without both, the
 * stack is environment-agnostic and knows only 2 zones: {@code network.azs} above 2 is then an error. Problems in the YAML are printed as {@code file:line:col} lines and the
 * process exits 1: no stack trace, nothing written.
 */
public final class ExoApp {
  public static final String DEFAULT_APP = "src/space-tweet/exosphere.yml";

  private ExoApp() {}

  public static void main(String[] args) {
    try {
      App app = new App(AppProps.builder().analyticsReporting(false).stackTraces(false).build());
      build(app);
      app.synth();
    } catch (ExoException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    } catch (RuntimeException e) {
      // Not the user's mistake but ours or the CDK's: still one clear line; EXO_DEBUG=1 shows the trace.
      // A message-less exception (an NPE) would otherwise print "null": name the exception instead.
      String what = Optional.ofNullable(e.getMessage()).flatMap(m -> m.lines().findFirst()).orElse(e.toString());
      System.err.println("exo-cdk: synth failed: " + what
          + " (please report it with your exosphere.yml; EXO_DEBUG=1 shows the stack trace)");
      if (System.getenv("EXO_DEBUG") != null) {
        e.printStackTrace();
      }
      System.exit(1);
    }
  }

  /** Adds the application's stack to {@code app}, reading the YAML named by its context. */
  public static Stack build(App app) {
    Object fromContext = app.getNode().tryGetContext("app");
    Path file = Path.of(fromContext == null ? DEFAULT_APP : fromContext.toString());
    LoadResult loaded = ModelLoader.load(file);
    loaded.warnings().forEach(w -> System.err.println(w.format()));
    Object env = app.getNode().tryGetContext("env");
    LoadedEnvironment deployment = loaded.deployment(Optional.ofNullable(env).map(Object::toString));
    ExoModel model = deployment.model();
    ZoneCheck.check(app, deployment.sourceMap(), model, environment(app, model));
    return build(app, model, ImageLock.readBeside(model.file()));
  }

  /** Adds {@code model}'s stack to {@code app}: named {@code <app>}, or {@code <app>-<env>} for an environment. */
  public static Stack build(App app, ExoModel model, Optional<ImageLock> lock) {
    Stack stack = new Stack(app, model.deploymentName(), StackProps.builder()
        .env(environment(app, model))
        .description("Exosphere application " + model.name() + " " + model.version()
            + model.environment().map(e -> ", environment " + e).orElse("") + " (exo-cdk)")
        .build());
    new ExoApplication(stack, "App", ExoApplicationProps.builder().model(model).imageLock(lock).build());
    return stack;
  }

  /** Account and region: context, else the YAML, else the CDK CLI's; none at all: an environment-agnostic stack. */
  private static Environment environment(App app, ExoModel model) {
    String account = pick(app, "account", model.account(), "CDK_DEFAULT_ACCOUNT");
    String region = pick(app, "region", model.region(), "CDK_DEFAULT_REGION");
    return Environment.builder().account(account).region(region).build();
  }

  private static String pick(App app, String key, Optional<String> fromModel, String envVar) {
    Object ctx = app.getNode().tryGetContext(key);
    if (ctx != null) {
      return ctx.toString();
    }
    return fromModel.orElseGet(() -> System.getenv(envVar));
  }

}
