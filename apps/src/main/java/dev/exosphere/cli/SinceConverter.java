package dev.exosphere.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --since}: an age ({@code 30s}, {@code 10m}, {@code 2h}, {@code 1d}) or an instant ({@code 2026-12-02T10:00:00Z}). */
final class SinceConverter implements ITypeConverter<Since> {
  private static final Pattern AGE = Pattern.compile("([0-9]{1,6})([smhd])");

  @Override
  public Since convert(String value) {
    Matcher m = AGE.matcher(value);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      Duration d = switch (m.group(2)) {
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
      return now -> now.minus(d);
    }
    try {
      Instant at = Instant.parse(value);
      return now -> at;
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("--since " + value + ": expected an age such as 30s, 10m, 2h or 1d, "
          + "or an instant such as 2026-12-02T10:00:00Z");
    }
  }
}
