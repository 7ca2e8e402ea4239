package mamori.detect;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import mamori.core.Action;
import mamori.core.AlertPolicy;
import mamori.core.Severity;
import mamori.log.AccessRecord;

/*
 * Design. The hours are read in Asia/Tokyo (Sigma's hour modifier ignores time zones; the log's time is
 * UTC, so it is converted first). A tenant sets its working hours as "HH:MM-HH:MM" in
 * detect.off-hours.hours (default 08:00-19:00), an organisation its own in
 * detect.off-hours.hours.<organisation id>, and whether Saturdays and Sundays are working days in
 * detect.off-hours.weekends (off by default: weekends are off-hours). Japanese public holidays are not
 * counted here; a holiday's access is judged by its weekday. Work on persons counts (read, enter, verify,
 * print, package, list, find, handover, register, update, erase, history), allowed or refused; signing in
 * and administration do not. One alert per actor while it is open and within the rule's twelve hours.
 */
/**
 * {@code detect.off-hours}: work on persons outside the organisation's working hours ({@code
 * detect.off-hours.hours}, default 08:00-19:00 Asia/Tokyo, per organisation {@code
 * detect.off-hours.hours.<organisation>}) or on a weekend ({@code detect.off-hours.weekends}: off,
 * the default, or on). Medium; notify by default.
 */
final class OffHoursRule implements Rule {
  static final String ID = "detect.off-hours";
  static final String NAME = "off-hours";
  static final String HOURS = "08:00-19:00";

  private static final java.util.Set<String> WORK =
      List.of(
              Action.READ,
              Action.ENTER,
              Action.VERIFY,
              Action.PRINT,
              Action.PACKAGE,
              Action.LIST,
              Action.FIND,
              Action.HANDOVER,
              Action.REGISTER,
              Action.UPDATE,
              Action.ERASE,
              Action.HISTORY)
          .stream()
          .map(Action::code)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Working hours: from (inclusive) to (exclusive). */
  record Hours(LocalTime from, LocalTime to) {
    static Optional<Hours> parse(String text) {
      String t = text.strip();
      if (!t.matches("[0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9]")) {
        return Optional.empty();
      }
      try {
        Hours h = new Hours(LocalTime.parse(t.substring(0, 5)), LocalTime.parse(t.substring(6)));
        return h.from.isBefore(h.to) ? Optional.of(h) : Optional.empty();
      } catch (java.time.DateTimeException e) {
        return Optional.empty();
      }
    }

    boolean holds(LocalTime t) {
      return !t.isBefore(from) && t.isBefore(to);
    }
  }

  private static final Hours DEFAULT_HOURS = Hours.parse(HOURS).orElseThrow();

  /** The settings the hours below were parsed from: parsed again when they change. */
  private @org.jspecify.annotations.Nullable RuleSettings parsedFor;

  private final java.util.Map<String, Hours> hoursOf = new java.util.HashMap<>();
  private boolean weekendsOn;

  @Override
  public String id() {
    return ID;
  }

  /** No state, but one alert per actor per half day: the engine suppresses over this span. */
  @Override
  public Duration window(RuleSettings s) {
    return Duration.ofHours(12);
  }

  @Override
  public List<Finding> test(Seen seen, RuleSettings s) {
    AccessRecord r = seen.record();
    if (Knobs.system(r) || !WORK.contains(r.action()) || seen.replay()) {
      return List.of();
    }
    if (s != parsedFor) {
      parsedFor = s;
      hoursOf.clear();
      weekendsOn =
          s.text("detect." + NAME + ".weekends").map(v -> v.strip().equals("on")).orElse(false);
    }
    Hours hours =
        hoursOf.computeIfAbsent(
            r.organisation(),
            org ->
                s.text("detect." + NAME + ".hours." + org)
                    .or(() -> s.text("detect." + NAME + ".hours"))
                    .flatMap(Hours::parse)
                    .orElse(DEFAULT_HOURS));
    boolean weekends = weekendsOn;
    ZonedDateTime at = r.time().atZone(VolumeRule.TOKYO);
    boolean weekend =
        at.getDayOfWeek() == DayOfWeek.SATURDAY || at.getDayOfWeek() == DayOfWeek.SUNDAY;
    if (hours.holds(at.toLocalTime()) && (weekends || !weekend)) {
      return List.of();
    }
    return List.of(
        new Finding(
            ID,
            Severity.MEDIUM,
            "user:" + r.actor(),
            r.action()
                + " by "
                + r.actor()
                + " of "
                + r.organisation()
                + " at "
                + at.toLocalDateTime().withNano(0)
                + " Asia/Tokyo, outside working hours "
                + hours.from()
                + "-"
                + hours.to()
                + (weekend && !weekends ? " (a weekend)" : ""),
            List.of(seen.index()),
            Responder.policy(s, NAME, AlertPolicy.NOTIFY),
            Knobs.entrustment(r),
            r.actor()));
  }
}
