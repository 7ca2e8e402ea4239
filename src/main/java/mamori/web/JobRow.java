package mamori.web;

import mamori.work.Pace;

/**
 * A job's line in the console's list of jobs and its card on the dashboard: where it stands, read
 * for all of the page's jobs at once ({@link Pace#summaries}); the job's own page shows the whole
 * {@link JobFigures}. Times in Japan's zone to the minute, shortfalls rounded up.
 */
record JobRow(
    String id,
    String name,
    String deadline,
    long documents,
    long accepted,
    long done,
    long remaining,
    int percentDone,
    String status,
    boolean behind,
    boolean hasPace,
    String forecast,
    long shortfallPerDay,
    long daysLeft) {

  static JobRow of(Pace.Standing s) {
    long total = s.done() + s.remaining();
    return new JobRow(
        s.job().id().value(),
        s.job().name(),
        Pages.time(s.job().deadline()),
        s.documents(),
        s.accepted(),
        s.done(),
        s.remaining(),
        total == 0 ? 0 : (int) (100 * s.done() / total),
        s.status().code(),
        s.behind(),
        s.hasPace(),
        s.forecast().map(Pages::time).orElse(""),
        s.shortfallTasksPerDay(),
        s.daysLeft());
  }
}
