package mamori.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mamori.core.Action;
import mamori.log.AccessRecord;
import mamori.log.TenantLog;
import org.jspecify.annotations.Nullable;

/*
 * Design. The log has no index by kind: the page reads it backwards from a position, a block at a
 * time, keeping the records that match until a page is full or MAX_SCAN entries have been read, and
 * hands back where it stopped, so the next page starts there. A filter that matches rarely in a large
 * log costs at most MAX_SCAN entries per page view (about 200 ms), and the page says how far it read.
 */
/**
 * The records of a tenant's log as the console's log page lists them, newest first, filtered by
 * kind (administration, accesses, refusals) and optionally by one action.
 *
 * @param rows the matching records of this page, newest first
 * @param older where the next page starts (the index before which to read), or null at the start
 * @param from the index this page started before
 * @param scanned how many entries this page read
 */
record LogRecords(List<LogRecords.Row> rows, @Nullable Long older, long from, long scanned) {
  static final int PAGE = 50;
  static final int BLOCK = 4_096;
  static final int MAX_SCAN = 200_000;

  /** What the page can filter by; {@code ?kind=} takes the lower-case name. */
  enum Kind {
    ALL,
    /** Acts on the system: tenants, organisations, purposes, users, tokens, keys, entrustments. */
    ADMIN,
    /** Work on persons and sign-ins, allowed or refused. */
    ACCESS,
    /** Everything refused. */
    REFUSAL;

    static Kind of(@Nullable String text) {
      if (text == null || text.isBlank()) {
        return ALL;
      }
      for (Kind k : values()) {
        if (k.name().toLowerCase(Locale.ROOT).equals(text)) {
          return k;
        }
      }
      throw new IllegalArgumentException("kind is all, admin, access or refusal");
    }

    String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    boolean matches(AccessRecord r) {
      Optional<Action> action = r.knownAction();
      return switch (this) {
        case ALL -> true;
        case ADMIN -> action.filter(Action::administrative).isPresent();
        case ACCESS -> action.filter(a -> !a.administrative()).isPresent();
        case REFUSAL -> !r.allowed();
      };
    }
  }

  /** One record as the page shows it: persons by a shortened token, never more. */
  record Row(
      long index,
      String time,
      String actor,
      String organisation,
      String action,
      String purpose,
      String caseRef,
      String person,
      String decision,
      boolean allowed) {
    static Row of(long index, AccessRecord r) {
      return new Row(
          index,
          Pages.time(r.time()),
          r.actor(),
          r.organisation(),
          r.action(),
          r.purpose(),
          r.caseRef(),
          Pages.shortToken(r.personToken()),
          r.decision(),
          r.allowed());
    }
  }

  /**
   * The page of records before {@code before} (the log's size when null or beyond it) that match
   * {@code kind} and, when given, {@code action}.
   */
  static LogRecords of(TenantLog log, Kind kind, @Nullable Action action, @Nullable Long before) {
    long size = log.size();
    long end = before == null ? size : Math.clamp(before, 0, size);
    long start = end;
    long scanned = 0;
    List<Row> rows = new ArrayList<>();
    while (end > 0 && rows.size() < PAGE && scanned < MAX_SCAN) {
      long from = Math.max(0, end - BLOCK);
      List<AccessRecord> block = log.records(from, end);
      int i = block.size() - 1;
      for (; i >= 0 && rows.size() < PAGE; i--) {
        AccessRecord r = block.get(i);
        if (kind.matches(r) && (action == null || action.code().equals(r.action()))) {
          rows.add(Row.of(from + i, r));
        }
      }
      // when the page filled mid-block, the next page starts after the last record read
      long read = block.size() - 1 - i;
      scanned += read;
      end -= read;
    }
    return new LogRecords(rows, end > 0 ? end : null, start, scanned);
  }
}
