package dev.exosphere.imports;

import dev.exosphere.rules.Complaint;
import dev.exosphere.rules.ContainerRules;
import dev.exosphere.rules.Range;
import java.util.Optional;

/**
 * The checks exo's loader makes on a service's container keys, made while importing: a value exo would refuse is
 * reported and left out (exo's default applies), never clamped or changed into one it accepts.
 */
final class ContainerValues {
  private final ImportReport report;
  private final String file;

  ContainerValues(ImportReport report, String file) {
    this.report = report;
    this.file = file;
  }

  /** {@code seconds} when {@code range} holds it, else null and a report line saying what exo does instead. */
  Integer inRange(Integer seconds, Range range, int line, String key, String target, String otherwise) {
    if (seconds == null) {
      return null;
    }
    if (range.contains(seconds)) {
      return seconds;
    }
    report.add(file, line, key, seconds + " is outside " + target + "'s " + range + "; left out: " + otherwise,
        "write " + target + " with a value in " + range + " if the default does not do");
    return null;
  }

  String user(String user, int line, String key) {
    return valid(user, ContainerRules.user(user), line, key, "user");
  }

  String workingDirectory(String dir, int line, String key) {
    return valid(dir, ContainerRules.workingDirectory(dir), line, key, "workingDirectory");
  }

  private String valid(String value, Optional<Complaint> complaint, int line, String key, String target) {
    if (complaint.isEmpty()) {
      return value;
    }
    report.add(file, line, key, "exo's " + target + ": " + complaint.get().message() + "; left out (the image's own "
        + "applies)", complaint.get().fix());
    return null;
  }
}
