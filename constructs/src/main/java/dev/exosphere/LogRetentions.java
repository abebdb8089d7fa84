package dev.exosphere;

import dev.exosphere.rules.Defaults;
import dev.exosphere.rules.Limits;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awscdk.services.logs.RetentionDays;

/** CloudWatch Logs retention in days to the CDK's enum (the Java enum carries no number). */
public final class LogRetentions {
  private static final Map<Integer, RetentionDays> DAYS = new TreeMap<>(Map.ofEntries(
      Map.entry(1, RetentionDays.ONE_DAY), Map.entry(3, RetentionDays.THREE_DAYS),
      Map.entry(5, RetentionDays.FIVE_DAYS), Map.entry(7, RetentionDays.ONE_WEEK),
      Map.entry(14, RetentionDays.TWO_WEEKS), Map.entry(30, RetentionDays.ONE_MONTH),
      Map.entry(60, RetentionDays.TWO_MONTHS), Map.entry(90, RetentionDays.THREE_MONTHS),
      Map.entry(120, RetentionDays.FOUR_MONTHS), Map.entry(150, RetentionDays.FIVE_MONTHS),
      Map.entry(180, RetentionDays.SIX_MONTHS), Map.entry(365, RetentionDays.ONE_YEAR),
      Map.entry(400, RetentionDays.THIRTEEN_MONTHS), Map.entry(545, RetentionDays.EIGHTEEN_MONTHS),
      Map.entry(731, RetentionDays.TWO_YEARS), Map.entry(1096, RetentionDays.THREE_YEARS),
      Map.entry(1827, RetentionDays.FIVE_YEARS), Map.entry(2192, RetentionDays.SIX_YEARS),
      Map.entry(2557, RetentionDays.SEVEN_YEARS), Map.entry(2922, RetentionDays.EIGHT_YEARS),
      Map.entry(3288, RetentionDays.NINE_YEARS), Map.entry(3653, RetentionDays.TEN_YEARS)));

  /** {@link Defaults#LOG_RETENTION_DAYS} as the CDK's enum: every log group's default. */
  public static final RetentionDays DEFAULT = of(Defaults.LOG_RETENTION_DAYS).orElseThrow();

  static {
    if (!DAYS.keySet().equals(new java.util.TreeSet<>(Limits.LOG_RETENTION_DAYS))) {
      throw new IllegalStateException("LogRetentions and Limits.LOG_RETENTION_DAYS disagree");
    }
  }

  private LogRetentions() {}

  /** The retention of {@code days}; empty when CloudWatch Logs offers no such period ({@link Limits#LOG_RETENTION_DAYS}). */
  public static Optional<RetentionDays> of(int days) {
    return Optional.ofNullable(DAYS.get(days));
  }
}
