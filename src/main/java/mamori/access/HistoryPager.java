package mamori.access;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import mamori.log.AccessRecord;
import org.jspecify.annotations.Nullable;

/*
 * Why a history is paged and folded, and how.
 *
 * A person's history used to be the newest N records. Refusals cost an operator nothing (no volume, nothing
 * revealed), so 2,010 refused reads in 14 s pushed every earlier access out of that window: the resident saw
 * only the flood. Two things stop that here.
 *
 * Paging. A page is read from a cursor that is a log index, not an offset: "before i" reads the newest
 * records below i, "after i" the oldest above it. A log index never moves, so a link keeps naming the same
 * place however many records arrive later, and the pages "before i" and "after i - 1" meet exactly, with
 * nothing skipped and nothing shown twice.
 *
 * Folding. Walking the page in log order, a refusal joins the open row of the same organisation, user,
 * action and decision (the reason) when it is within FOLD_SPAN of that row's nearest member; otherwise it
 * opens a row of its own. The row shows how many it holds and between which times. The span is measured
 * between neighbours, so a slow flood (one refusal every nine minutes) folds as well as a fast one; the
 * purpose and case are left out of the key since the caller chooses them freely and could vary them to
 * defeat folding. Allowed records are never folded: each is a row of its own. Once a page has its rows it
 * still takes in the refusals that join a row it shows, and stops at the first record that would open a new
 * row, so a flood that crosses the page's end is counted in one row and not carried on as a fresh one.
 *
 * Folding is decided on this page alone, so a fold can be cut at a page's end or at SCAN_LIMIT (the most
 * records one page reads, so that no page costs more than a bounded read): the next page shows the rest
 * as a row of its own. Records a caller hides (the resident's own viewings) are counted, not shown.
 */
/** Builds one page of a person's history from records read in log order, folding refusals. */
final class HistoryPager {
  /** Refusals of one actor closer than this to each other fold into one row. */
  static final Duration FOLD_SPAN = Duration.ofMinutes(10);

  /** The most records one page reads. */
  static final int SCAN_LIMIT = 10_000;

  /** One record as read from the log: its index, its decoded record and its canonical bytes. */
  record Read(long index, AccessRecord record, byte[] entry) {}

  /** A row: one record, or refusals folded together; {@code newest} and {@code oldest} bound it. */
  static final class Row {
    Read newest;
    Read oldest;
    int count = 1;
    final TreeSet<String> fields = new TreeSet<>();
    private Read last;

    Row(Read first) {
      newest = first;
      oldest = first;
      last = first;
      fields.addAll(first.record().fields());
    }

    void add(Read r) {
      count++;
      if (r.index() > newest.index()) {
        newest = r;
      }
      if (r.index() < oldest.index()) {
        oldest = r;
      }
      last = r;
      fields.addAll(r.record().fields());
    }

    boolean near(Read r) {
      return Duration.between(last.record().time(), r.record().time()).abs().compareTo(FOLD_SPAN)
          <= 0;
    }
  }

  /**
   * A page: its rows, newest first; the lowest and highest index it read (-1 when it read none);
   * whether records remain beyond it in the direction read; and the hidden records it counted.
   */
  record Result(
      List<Row> rows,
      long lowest,
      long highest,
      boolean more,
      int hidden,
      @Nullable Instant lastHidden) {}

  private final int size;
  private final boolean fold;
  private final Predicate<AccessRecord> hide;
  private final List<Row> rows = new ArrayList<>();
  private final Map<List<String>, Row> open = new HashMap<>();
  private long lowest = -1;
  private long highest = -1;
  private int read;
  private int hidden;
  private @Nullable Instant lastHidden;

  /**
   * @param size the most rows of the page
   * @param fold whether refusals fold
   * @param hide records that are counted, not shown
   */
  HistoryPager(int size, boolean fold, Predicate<AccessRecord> hide) {
    this.size = size;
    this.fold = fold;
    this.hide = hide;
  }

  /**
   * Takes the next record in the order read; false when the page is complete without it (the record
   * then belongs to the next page).
   */
  boolean take(Read r) {
    if (read >= SCAN_LIMIT) {
      return false;
    }
    AccessRecord record = r.record();
    boolean full = rows.size() >= size;
    if (hide.test(record)) {
      if (full) {
        return false;
      }
      hidden++;
      if (lastHidden == null || record.time().isAfter(lastHidden)) {
        lastHidden = record.time();
      }
    } else if (fold && !record.allowed()) {
      List<String> key =
          List.of(record.organisation(), record.actor(), record.action(), record.decision());
      Row row = open.get(key);
      if (row != null && row.near(r)) {
        row.add(r);
      } else if (full) {
        return false;
      } else {
        Row opened = new Row(r);
        rows.add(opened);
        open.put(key, opened);
      }
    } else if (full) {
      return false;
    } else {
      rows.add(new Row(r));
    }
    read++;
    lowest = lowest < 0 ? r.index() : Math.min(lowest, r.index());
    highest = Math.max(highest, r.index());
    return true;
  }

  /** The page; {@code more} says whether a record was left for the next page. */
  Result result(boolean more) {
    List<Row> out = new ArrayList<>(rows);
    out.sort(Comparator.comparingLong((Row row) -> row.newest.index()).reversed());
    return new Result(out, lowest, highest, more, hidden, lastHidden);
  }
}
