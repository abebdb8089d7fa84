package dev.exosphere.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What an import could not carry over: every key of the source without a place in exosphere.yml, and every value
 * that was changed on the way (a name made DNS-safe, an instance type replaced), each with where and what to do.
 */
public final class ImportReport {
  /** One thing to look at: {@code line} is 0 where the source has no lines (JavaScript evaluated by Node). */
  public record Entry(String file, int line, String key, String why, String fix) {
    /** {@code file:line: key: why (fix)}, the way exo prints problems. */
    public String format() {
      return file + (line > 0 ? ":" + line : "") + ": " + key + ": " + why + (fix.isEmpty() ? "" : " (" + fix + ")");
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  public void add(String file, int line, String key, String why, String fix) {
    entries.add(new Entry(file, line, key, why, fix));
  }

  /** A key exosphere.yml has nothing for yet. */
  public void noKey(String file, int line, String key, String fix) {
    add(file, line, key, "exosphere.yml has no key for this yet", fix);
  }

  /** By file, then line (a stable sort: entries without lines keep the order they were found in). */
  public List<Entry> entries() {
    return entries.stream().sorted(Comparator.comparing(Entry::file).thenComparingInt(Entry::line)).toList();
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }
}
