package dev.exosphere.load;

import dev.exosphere.model.Operate;
import dev.exosphere.rules.Formats;
import dev.exosphere.rules.Limits;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Top-level {@code operate: {dashboard: true, alarms: true | false | {email: [...], topicArn: ...}}}: the
 * CloudWatch dashboard and the alarms, and whom the alarms notify.
 */
final class OperateBinder {
  private final Values values;

  OperateBinder(Values values) {
    this.values = values;
  }

  Operate operate(Obj root) {
    Optional<Obj> operate = root.child("operate", YamlShape.OPERATE);
    if (operate.isEmpty()) {
      return Operate.defaults();
    }
    Obj o = operate.get();
    boolean dashboard = o.bool("dashboard", true);
    Optional<YamlNode> alarms = o.get("alarms");
    if (alarms.isEmpty() || alarms.get() instanceof YamlNode.ScalarNode s && !s.isNull()) {
      boolean on = o.bool("alarms", true);
      return new Operate(dashboard, on, List.of(), Optional.empty());
    }
    return Obj.open(values, alarms.get(), o.path("alarms"), YamlShape.ALARMS)
        .map(a -> alarms(dashboard, a)).orElse(new Operate(dashboard, true, List.of(), Optional.empty()));
  }

  private Operate alarms(boolean dashboard, Obj a) {
    TreeSet<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    List<String> emails = a.read("email", (n, p) -> Optional.of(values.list(n, p, (item, itemPath) ->
        email(item, itemPath).filter(e -> {
          if (seen.add(e)) {
            return true;
          }
          values.ctx().error(item.position(), itemPath, "'" + e + "' is listed twice (SNS would subscribe it once)",
              "remove the second one");
          return false;
        })))).orElse(List.of());
    if (emails.size() > Limits.ALARM_EMAILS) {
      values.ctx().error(a.position("email"), a.path("email"), "expected at most " + Limits.ALARM_EMAILS
          + " addresses, got " + emails.size(), "subscribe a mailing list instead of each person");
    }
    Optional<String> topic = a.read("topicArn", (n, p) -> values.matching(n, p, Formats.SNS_TOPIC,
        "a standard SNS topic's ARN like arn:aws:sns:us-east-1:123456789012:ops (alarms cannot notify FIFO topics)",
        "copy the topic's ARN from the SNS console"));
    if (topic.isPresent() && !emails.isEmpty()) {
      values.ctx().error(a.keyPosition("email"), a.path("email"), "both email and topicArn are given: e-mail "
          + "addresses are subscribed to a topic exo-cdk creates, topicArn names one it does not touch",
          "subscribe the addresses to your topic yourself and drop email, or drop topicArn");
    }
    return new Operate(dashboard, true, List.copyOf(new TreeSet<>(emails)), topic); // sorted: order means nothing
  }

  private Optional<String> email(YamlNode n, String path) {
    return values.matching(n, path, Formats.EMAIL, "an e-mail address like ops@example.com",
        "write one address per item, e.g. [ops@example.com, oncall@example.com]");
  }
}
