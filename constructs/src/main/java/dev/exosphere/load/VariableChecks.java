package dev.exosphere.load;

import dev.exosphere.model.Dependency;
import dev.exosphere.model.ExoModel;
import dev.exosphere.model.Service;
import dev.exosphere.rules.VariableMerge;
import dev.exosphere.rules.VariableMerge.Conflict;
import dev.exosphere.rules.VariableMerge.Kind;
import dev.exosphere.rules.VariableMerge.Origin;
import java.util.List;

/**
 * Each service's variables put together by {@link VariableMerge}, the merge {@code ExoService} runs: a name
 * defined twice (by {@code environment} and {@code policies.logging.level}, by two dependencies...) is reported
 * where the second definition comes in.
 */
final class VariableChecks {
  private final LoadContext ctx;
  private final SourceMap sources;

  VariableChecks(LoadContext ctx, SourceMap sources) {
    this.ctx = ctx;
    this.sources = sources;
  }

  void check(ExoModel model) {
    for (Service s : model.services().values()) {
      List<Dependency> deps = s.dependencies().stream().map(model.dependencies()::get).toList();
      // the bus address is a token at synth; only the names matter here
      for (Conflict c : VariableMerge.of(s, "exocom", model.bus().port(), deps).conflicts()) {
        // reserved names, and a secret also under environment, are reported where they are read
        boolean reported = c.first().kind() == Kind.EXOSPHERE
            || (c.first().kind() == Kind.ENVIRONMENT && c.second().kind() == Kind.SECRETS);
        if (!reported) {
          report(s, c);
        }
      }
    }
  }

  private void report(Service s, Conflict c) {
    String first = path(s, c.first(), c.name());
    String at = c.second().kind() == Kind.DEPENDENCY
        ? "services." + s.name() + ".dependencies[" + s.dependencies().indexOf(c.second().dependency()) + "]"
        : path(s, c.second(), c.name());
    String what = c.second().kind() == Kind.DEPENDENCY
        ? "dependency '" + c.second().dependency() + "' sets '" + c.name() + "'"
        : "'" + c.name() + "'";
    ctx.error(sources.at(at), at, what + ", which " + describe(c.first()) + " already sets (" + first + ", line "
        + sources.at(first).line() + "): a variable is defined once, never overridden",
        fix(c));
  }

  private static String describe(Origin o) {
    return switch (o.kind()) {
      case LOG_LEVEL -> "policies.logging.level";
      case DEPENDENCY -> "dependency '" + o.dependency() + "'";
      default -> "the service's " + o.label();
    };
  }

  private static String fix(Conflict c) {
    if (c.first().kind() == Kind.LOG_LEVEL) {
      return "remove " + c.name() + " here and keep policies.logging.level, or remove the logging level";
    }
    return "rename the variable in one of them, or remove one definition";
  }

  /** The YAML path that defines {@code name} for {@code origin}. */
  private String path(Service s, Origin o, String name) {
    return switch (o.kind()) {
      case LOG_LEVEL -> {
        String own = "services." + s.name() + ".policies.logging.level";
        yield sources.all().containsKey(own) ? own : "policies.logging.level";
      }
      case ENVIRONMENT -> "services." + s.name() + ".environment." + name;
      case SECRETS -> "services." + s.name() + ".secrets." + name;
      case DEPENDENCY -> "dependencies." + o.dependency() + ".environment." + name;
      case EXOSPHERE -> "services." + s.name();
    };
  }
}
