package dev.exosphere.service;

import dev.exosphere.ExoException;
import dev.exosphere.model.ValueSource;
import dev.exosphere.rules.VariableMerge;
import java.util.SortedMap;
import software.constructs.Construct;

/**
 * A container's variables, sorted, as {@link VariableMerge} puts them together (the same merge the YAML checks run).
 * A name defined twice is an error, never a silent override.
 *
 * @param plain   values written into the task definition
 * @param secrets values ECS fetches at task start (SSM or Secrets Manager)
 */
record ContainerVariables(SortedMap<String, String> plain, SortedMap<String, ValueSource> secrets) {

  static ContainerVariables of(Construct scope, ExoServiceProps props) {
    VariableMerge.Merged m = VariableMerge.of(props.service(), props.exocomHost(), props.exocomPort(), props.dependencies());
    if (!m.conflicts().isEmpty()) {
      VariableMerge.Conflict c = m.conflicts().get(0);
      String from = c.second().label();
      throw ExoException.invalidProp(scope, "variable " + c.name(), "defined again by " + from,
          "each variable defined once (Exosphere sets ROLE, SERVICE_NAME, EXOCOM_HOST, EXOCOM_PORT, LOG_LEVEL)",
          "rename or remove the duplicate in " + from);
    }
    return new ContainerVariables(m.plain(), m.secrets());
  }
}
