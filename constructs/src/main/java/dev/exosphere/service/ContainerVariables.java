package dev.exosphere.service;

import dev.exosphere.ExoException;
import dev.exosphere.rules.VariableMerge;
import java.util.SortedMap;
import java.util.TreeMap;
import software.constructs.Construct;

/**
 * A container's variables, sorted: Exosphere's own ({@code ROLE}, {@code SERVICE_NAME}, and with a bus
 * {@code EXOCOM_HOST} and {@code EXOCOM_PORT}), then the props' environment and secrets. A name defined twice is an
 * error, never a silent override.
 *
 * @param plain   values written into the task definition
 * @param secrets values ECS fetches at task start (SSM or Secrets Manager)
 */
record ContainerVariables(SortedMap<String, String> plain, SortedMap<String, ServiceSecret> secrets) {

  static ContainerVariables of(Construct scope, ExoServiceProps props) {
    SortedMap<String, String> plain = new TreeMap<>();
    plain.put("ROLE", props.name());
    plain.put("SERVICE_NAME", props.name());
    props.bus().ifPresent(bus -> {
      plain.put("EXOCOM_HOST", bus.host());
      plain.put("EXOCOM_PORT", Integer.toString(bus.port()));
    });
    props.environment().forEach((name, value) -> {
      reject(scope, "environment", name, VariableMerge.EXOSPHERE.contains(name));
      plain.put(name, value);
    });
    props.secrets().forEach((name, value) -> reject(scope, "secrets", name,
        VariableMerge.EXOSPHERE.contains(name) || plain.containsKey(name)));
    return new ContainerVariables(plain, props.secrets());
  }

  private static void reject(Construct scope, String prop, String name, boolean taken) {
    if (taken) {
      throw ExoException.invalidProp(scope, prop + "." + name, "a variable defined twice",
          "each variable defined once (Exosphere sets " + String.join(", ", VariableMerge.EXOSPHERE)
              + "; a name is either in environment or in secrets)", "rename or remove it");
    }
  }
}
