package mamori.web;

import java.util.List;
import java.util.Locale;
import mamori.work.Pace;

/**
 * A job's progress, pace and forecast as the console's job page shows them: times in Japan's zone
 * to the minute, rates to one decimal, shortfalls rounded up. The list of jobs and the dashboard's
 * cards show a {@link JobRow}.
 */
record JobFigures(
    String id,
    String name,
    String purpose,
    String type,
    String state,
    String deadline,
    long documents,
    long accepted,
    long entry,
    long verify,
    long done,
    long remaining,
    long entriesWanted,
    int percentDone,
    String status,
    boolean behind,
    boolean hasPace,
    String perHour,
    String perDay,
    String hoursPerDay,
    int windowHours,
    int operatorsActive,
    String forecast,
    long lateDays,
    long shortfallPerDay,
    long daysLeft,
    boolean deadlinePassed,
    List<OperatorRow> operators) {

  /** One operator's row: accuracy and today's entries. */
  record OperatorRow(String id, long keyed, long right, String percent, long today) {}

  static JobFigures of(Pace.Progress p) {
    long total = p.done() + p.remaining();
    var rate = p.rate();
    return new JobFigures(
        p.job().id().value(),
        p.job().name(),
        p.job().purpose(),
        p.job().typeId(),
        p.job().state().code(),
        Pages.time(p.job().deadline()),
        p.documents(),
        p.accepted(),
        p.entry(),
        p.verify(),
        p.done(),
        p.remaining(),
        p.entriesWanted(),
        total == 0 ? 0 : (int) (100 * p.done() / total),
        p.status().code(),
        p.behind(),
        rate.isPresent(),
        rate.map(r -> one(r.perHour())).orElse(""),
        rate.map(r -> one(r.perDay())).orElse(""),
        rate.map(r -> one(r.hoursPerDay())).orElse(""),
        rate.map(Pace.Rate::hours).orElse(0),
        rate.map(Pace.Rate::operators).orElse(0),
        p.forecast().map(Pages::time).orElse(""),
        p.lateDays(),
        p.shortfallTasksPerDay(),
        p.daysLeft(),
        !p.at().isBefore(p.job().deadline()),
        p.operators().stream()
            .map(o ->
                new OperatorRow(
                    o.id(),
                    o.keyed(),
                    o.right(),
                    o.keyed() == 0 ? "" : one(o.percent()),
                    o.today()))
            .toList());
  }

  static String one(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
