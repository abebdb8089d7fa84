package dev.exosphere.load;

import dev.exosphere.rules.Complaint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What every binding step shares: the file, its folder, and the problems found so far. */
final class LoadContext {
  private final Path file;
  private final Path baseDir;
  private final List<Problem> problems = new ArrayList<>();

  LoadContext(Path file) {
    this.file = file;
    Path parent = file.toAbsolutePath().normalize().getParent();
    this.baseDir = parent == null ? file.toAbsolutePath() : parent;
  }

  Path file() {
    return file;
  }

  /** The YAML file's folder, against which relative paths resolve. */
  Path baseDir() {
    return baseDir;
  }

  SourcePosition at(int line, int column) {
    return new SourcePosition(file, line, column);
  }

  void error(SourcePosition at, String path, String message, String fix) {
    problems.add(new Problem(Problem.Severity.ERROR, at, path, message, fix));
  }

  void warning(SourcePosition at, String path, String message, String fix) {
    problems.add(new Problem(Problem.Severity.WARNING, at, path, message, fix));
  }

  /** Adds a problem found elsewhere (in an environment's own context). */
  void add(Problem problem) {
    problems.add(problem);
  }

  /** Reports what a rule found as an error at {@code at}; true when there was nothing to report. */
  boolean check(SourcePosition at, String path, Optional<Complaint> complaint) {
    complaint.ifPresent(c -> error(at, path, c.message(), c.fix()));
    return complaint.isEmpty();
  }

  /** "expected X, got Y" for a value of the wrong kind. */
  void expected(YamlNode found, String path, String expected, String fix) {
    error(found.position(), path, "expected " + expected + ", got " + found.describe(), fix);
  }

  boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /** Every problem in file order; problems at the same place keep the order they were found in. */
  List<Problem> problems() {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt((Problem p) -> p.position().line()).thenComparingInt(p -> p.position().column()));
    return List.copyOf(sorted);
  }
}
