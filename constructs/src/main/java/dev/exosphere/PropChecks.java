package dev.exosphere;

import dev.exosphere.rules.Complaint;
import dev.exosphere.rules.Range;
import java.util.Optional;
import software.amazon.awscdk.Token;
import software.constructs.Construct;

/**
 * The constructs' side of the rules in {@code dev.exosphere.rules}: the same checks the YAML layer runs, reported
 * with the prop's name. A value that is an unresolved token (a {@code CfnParameter}, an attribute) is not known
 * until deployment, so it is not checked.
 */
public final class PropChecks {
  private PropChecks() {}

  /** True when {@code value} is known at synth time. */
  public static boolean known(Object value) {
    return value != null && !Token.isUnresolved(value);
  }

  /** {@code value} within {@code range}, or an error naming {@code prop}. */
  public static void range(Construct scope, String prop, int value, Range range, String fix) {
    if (known(value) && !range.contains(value)) {
      throw ExoException.invalidProp(scope, prop, value, range.toString(), fix);
    }
  }

  /** What a rule found wrong with {@code value}, as an error naming {@code prop}. */
  public static void check(Construct scope, String prop, Object value, Optional<Complaint> complaint) {
    complaint.ifPresent(c -> {
      throw ExoException.invalidProp(scope, prop, value, c.expectation(), c.fix());
    });
  }
}
