package mamori.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import mamori.core.Action;
import mamori.log.AccessRecord;
import mamori.log.TenantLog;

/*
 * The log has no index by time: the dashboard reads it backwards from the newest entry, a page at a
 * time, until it passes the first day of the chart. Entries are appended in time order (the appender
 * sequences them as they come), so the first page that starts before the window ends the walk. A log
 * that grew by more than MAX_SCAN entries within the window is cut there and the figures say "at least".
 * Imports (register, update) are bulk work by the controller, not accesses by a person, so they are
 * left out of the counts and of the recent list.
 */
/**
 * What the dashboard tells of a tenant's log: recent accesses, today's figures and accesses per
 * day.
 */
record LogActivity(
    List<AccessRecord> recent,
    long accessesToday,
    long denialsToday,
    List<Day> days,
    boolean partial) {
  static final int PAGE = 4_096;
  static final int MAX_SCAN = 200_000;
  private static final Set<Action> IMPORTS = EnumSet.of(Action.REGISTER, Action.UPDATE);

  /** One day of the chart: allowed and denied accesses. */
  record Day(LocalDate date, long allowed, long denied) {
    long total() {
      return allowed + denied;
    }
  }

  static LogActivity of(TenantLog log, Instant now, int dayCount, int recentLimit) {
    LocalDate today = LocalDate.ofInstant(now, Pages.JAPAN);
    LocalDate first = today.minusDays(dayCount - 1L);
    Instant windowStart = first.atStartOfDay(Pages.JAPAN).toInstant();
    long[] allowed = new long[dayCount];
    long[] denied = new long[dayCount];
    List<AccessRecord> recent = new ArrayList<>();
    long end = log.size();
    long scanned = 0;
    boolean passed = false;
    while (end > 0 && !passed && scanned < MAX_SCAN) {
      long from = Math.max(0, end - PAGE);
      List<AccessRecord> page = log.records(from, end);
      for (int i = page.size() - 1; i >= 0; i--) {
        AccessRecord r = page.get(i);
        if (r.time().isBefore(windowStart)) {
          passed = true;
          continue;
        }
        if (r.knownAction().filter(IMPORTS::contains).isPresent()) {
          continue;
        }
        int day =
            (int) (LocalDate.ofInstant(r.time(), Pages.JAPAN).toEpochDay() - first.toEpochDay());
        if (day >= 0 && day < dayCount) {
          if (r.allowed()) {
            allowed[day]++;
          } else {
            denied[day]++;
          }
        }
        if (recent.size() < recentLimit) {
          recent.add(r);
        }
      }
      scanned += end - from;
      end = from;
    }
    List<Day> days = new ArrayList<>();
    for (int d = 0; d < dayCount; d++) {
      days.add(new Day(first.plusDays(d), allowed[d], denied[d]));
    }
    return new LogActivity(
        recent,
        allowed[dayCount - 1] + denied[dayCount - 1],
        denied[dayCount - 1],
        days,
        end > 0 && !passed);
  }
}
