package dev.exosphere.images;

import java.util.List;

/**
 * The outcome of one {@code exo images} run, per service in name order, with the counters the command prints.
 *
 * @param results one per service handled, sorted by service name
 */
public record ImagesReport(List<ServiceResult> results) {
  public ImagesReport {
    results = List.copyOf(results);
  }

  public long built() {
    return results.stream().filter(ServiceResult::built).count();
  }

  public long pushed() {
    return results.stream().filter(ServiceResult::pushed).count();
  }

  public long unchanged() {
    return results.stream().filter(ServiceResult::unchanged).count();
  }

  public long failed() {
    return results.stream().filter(ServiceResult::failed).count();
  }

  public long bytesPushed() {
    return results.stream().mapToLong(ServiceResult::bytesPushed).sum();
  }

  /** {@code 4 built, 4 pushed, 0 unchanged, 0 failed (7.6 MiB pushed)}. */
  public String summary() {
    return built() + " built, " + pushed() + " pushed, " + unchanged() + " unchanged, " + failed() + " failed ("
        + Progress.humanBytes(bytesPushed()) + " pushed)";
  }
}
