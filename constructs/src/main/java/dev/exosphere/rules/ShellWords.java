package dev.exosphere.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a command line into words the way docker-compose does for {@code command: "..."} (POSIX shell word rules,
 * as Python's {@code shlex.split}): blanks separate words, single quotes keep everything literally, double quotes
 * keep everything but {@code \"} and {@code \\} (escapes), a backslash outside quotes escapes the next
 * character. Nothing is expanded: the words go to the container as they are, no shell ever sees them.
 */
public final class ShellWords {
  private ShellWords() {}

  /** The words, or a complaint when a quote is not closed or the line ends with a lone backslash. */
  public static Split split(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote == '\'') {
        if (c == '\'') {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (quote == '"') {
        if (c == '"') {
          quote = 0;
        } else if (c == '\\' && i + 1 < line.length() && "\"\\".indexOf(line.charAt(i + 1)) >= 0) {
          word.append(line.charAt(++i));
        } else {
          word.append(c);
        }
      } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        inWord = true;
        if (c == '\'' || c == '"') {
          quote = c;
        } else if (c == '\\') {
          if (i + 1 == line.length()) {
            return new Split(List.of(), Complaint.of("the command ends with a lone backslash",
                "remove it, or write the command as a list"));
          }
          word.append(line.charAt(++i));
        } else {
          word.append(c);
        }
      }
    }
    if (quote != 0) {
      return new Split(List.of(), Complaint.of("a " + (quote == '\'' ? "single" : "double") + " quote is not closed",
          "close the quote, or write the command as a list"));
    }
    if (inWord) {
      words.add(word.toString());
    }
    return new Split(List.copyOf(words), Optional.empty());
  }

  /**
   * The words of a line, or why it has none.
   *
   * @param words     the words, empty when {@code complaint} is present
   * @param complaint what is wrong with the line
   */
  public record Split(List<String> words, Optional<Complaint> complaint) {}
}
