package mamori.work;

import java.util.Objects;
import java.util.Optional;

/**
 * What became of one file of a batch: loaded as a document (its id and page count), or refused with
 * the reason, in words that never hold a number.
 *
 * @param name the file's name, with anything like a number masked
 * @param document the new document's id when loaded
 * @param pages its page count when loaded, 0 when refused
 * @param refused why it was refused, "" when loaded
 */
public record LoadReport(String name, Optional<Long> document, int pages, String refused) {
  public LoadReport {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(refused, "refused");
  }

  static LoadReport loaded(String name, long document, int pages) {
    return new LoadReport(name, Optional.of(document), pages, "");
  }

  static LoadReport refusedFor(String name, String reason) {
    return new LoadReport(name, Optional.empty(), 0, reason);
  }

  /** Whether the file was loaded. */
  public boolean loaded() {
    return document.isPresent();
  }
}
