package dev.exosphere.service;

import dev.exosphere.ExoException;
import dev.exosphere.model.Dependency;
import dev.exosphere.model.Service;
import dev.exosphere.model.ValueSource;
import java.util.SortedMap;
import java.util.TreeMap;
import software.constructs.Construct;

/**
 * A container's variables, sorted: Exosphere's own ({@code ROLE}, {@code SERVICE_NAME}, {@code EXOCOM_HOST},
 * {@code EXOCOM_PORT}, {@code LOG_LEVEL}), the service's, and its dependencies'. A name defined twice is an error,
 * never a silent override.
 *
 * @param plain   values written into the task definition
 * @param secrets values ECS fetches at task start (SSM or Secrets Manager)
 */
record ContainerVariables(SortedMap<String, String> plain, SortedMap<String, ValueSource> secrets) {

  static ContainerVariables of(Construct scope, ExoServiceProps props) {
    Service s = props.service();
    ContainerVariables v = new ContainerVariables(new TreeMap<>(), new TreeMap<>());
    v.add(scope, "ROLE", ValueSource.value(s.name()), "Exosphere");
    v.add(scope, "SERVICE_NAME", ValueSource.value(s.name()), "Exosphere");
    v.add(scope, "EXOCOM_HOST", ValueSource.value(props.exocomHost()), "Exosphere");
    v.add(scope, "EXOCOM_PORT", ValueSource.value(Integer.toString(props.exocomPort())), "Exosphere");
    s.policies().logLevel().ifPresent(l -> v.add(scope, "LOG_LEVEL", ValueSource.value(l), "policies.logging.level"));
    s.environment().forEach((k, value) -> v.add(scope, k, ValueSource.value(value), "environment"));
    s.secrets().forEach((k, source) -> v.add(scope, k, source, "secrets"));
    for (Dependency d : props.dependencies()) {
      d.environment().forEach((k, source) -> v.add(scope, k, source, "dependencies." + d.name()));
    }
    return v;
  }

  private void add(Construct scope, String name, ValueSource source, String from) {
    if (plain.containsKey(name) || secrets.containsKey(name)) {
      throw ExoException.invalidProp(scope, "variable " + name, "defined again by " + from,
          "each variable defined once (Exosphere sets ROLE, SERVICE_NAME, EXOCOM_HOST, EXOCOM_PORT, LOG_LEVEL)",
          "rename or remove the duplicate in " + from);
    }
    if (source.isSecret()) {
      secrets.put(name, source);
    } else {
      plain.put(name, source.ref());
    }
  }
}
