package dev.exosphere.logs;

import dev.exosphere.aws.AwsClients;
import dev.exosphere.aws.AwsErrors;
import dev.exosphere.aws.DeployedService.LogTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;

/**
 * A service's log events from CloudWatch Logs, every task's stream merged by time.
 *
 * <p>{@code filter} is literal text matched here, case-sensitively, not a CloudWatch filter pattern: what the user
 * types is what is searched for, with no pattern syntax to escape.
 */
public final class LogReader {
  static final Comparator<LogLine> ORDER = Comparator.comparingLong(LogLine::timestamp)
      .thenComparing(LogLine::stream).thenComparing(LogLine::eventId);

  private final AwsClients aws;
  private final LogTarget target;
  private final Optional<String> filter;

  public LogReader(AwsClients aws, LogTarget target, Optional<String> filter) {
    this.aws = aws;
    this.target = target;
    this.filter = filter;
  }

  /** Every event from {@code since} on, oldest first. */
  public List<LogLine> read(Instant since) {
    FilterLogEventsRequest.Builder request = FilterLogEventsRequest.builder().logGroupName(target.group())
        .startTime(since.toEpochMilli());
    if (!target.streamPrefix().isEmpty()) {
      request.logStreamNamePrefix(target.streamPrefix());
    }
    List<FilteredLogEvent> events = AwsErrors.call(aws, "reading log group " + target.group(),
        () -> aws.logs().filterLogEventsPaginator(request.build()).events().stream().toList());
    List<LogLine> lines = new ArrayList<>();
    for (FilteredLogEvent e : events) {
      String message = e.message().endsWith("\n") ? e.message().substring(0, e.message().length() - 1) : e.message();
      if (filter.isEmpty() || message.contains(filter.get())) {
        lines.add(new LogLine(e.timestamp(), e.logStreamName(), e.eventId(), message));
      }
    }
    lines.sort(ORDER);
    return lines;
  }

  /**
   * Prints events from {@code since} on, then keeps polling every {@code every} while {@code more} says so; an
   * event is printed once even when polls overlap (each restarts at the newest timestamp seen).
   */
  public void follow(Instant since, Duration every, BooleanSupplier more, Consumer<LogLine> sink)
      throws InterruptedException {
    Set<String> seenAtNewest = new HashSet<>();
    long newest = since.toEpochMilli();
    do {
      for (LogLine line : read(Instant.ofEpochMilli(newest))) {
        if (line.timestamp() == newest && !seenAtNewest.add(line.eventId())) {
          continue;
        }
        if (line.timestamp() > newest) {
          newest = line.timestamp();
          seenAtNewest.clear();
          seenAtNewest.add(line.eventId());
        }
        sink.accept(line);
      }
      if (!more.getAsBoolean()) {
        return;
      }
      Thread.sleep(every.toMillis());
    } while (more.getAsBoolean());
  }
}
