package dev.exosphere.logs;

import java.time.Instant;

/**
 * One log event of a service's task.
 *
 * @param timestamp when the container wrote it (epoch milliseconds)
 * @param stream    its CloudWatch Logs stream, {@code <prefix>/<container>/<task id>}
 * @param eventId   CloudWatch's id of the event (unique in the group)
 * @param message   the line, without its trailing newline
 */
public record LogLine(long timestamp, String stream, String eventId, String message) {
  /** How many characters of the task id name it in the output: enough to tell a service's tasks apart. */
  static final int TASK_ID_CHARS = 8;

  /** {@code 2026-12-02T12:51:21.123Z [1234abcd] message}. */
  public String format() {
    return Instant.ofEpochMilli(timestamp) + " [" + task() + "] " + message;
  }

  /** The task id, shortened: the last part of the stream's name. */
  public String task() {
    String id = stream.substring(stream.lastIndexOf('/') + 1);
    return id.length() > TASK_ID_CHARS ? id.substring(0, TASK_ID_CHARS) : id;
  }
}
