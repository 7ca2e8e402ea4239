package mamori.incident;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The two deadlines of a reportable incident and how far along each is.
 *
 * <p>Design. Both count from the day the body became aware, in Japan's time, that day itself not
 * counted (as the Civil Code counts periods of days, Art. 140). The preliminary report (速報) is due
 * at the end of the {@code n}-th business day after it (the tenant's setting {@value
 * #PRELIMINARY_SETTING}, 3 by default: LAW.md reads "promptly" as 3 to 5 days), counted with {@link
 * JapaneseHolidays}. The final report (確報) is due at the end of the 30th calendar day after it, the
 * 60th when the unjust-purpose trigger holds. A final deadline that falls on a weekend or a holiday
 * is not moved: whether the PPC moves it is unconfirmed, and the earlier day is the one a body
 * cannot regret. "The end of the day" is 23:59:59 JST.
 *
 * <p>A deadline's state is computed from the one clock: {@link State#OVERDUE} once the instant is
 * past; {@link State#DUE_TODAY} on its day; {@link State#WARNING} once 80% of the span from
 * awareness to the deadline has elapsed (the reminder of the granit design, ANCHORS.md); {@link
 * State#DUE} before that.
 */
public final class Deadlines {
  /** Japan's time, in which the law's days are counted. */
  public static final ZoneId JST = ZoneId.of("Asia/Tokyo");

  /** The tenant setting: business days to the preliminary report. */
  public static final String PRELIMINARY_SETTING = "incident.preliminary-business-days";

  /** The tenant setting: whether 29 December to 3 January are closed days (default true). */
  public static final String CLOSURE_SETTING = "incident.year-end-closure";

  public static final int DEFAULT_PRELIMINARY_DAYS = 3;
  public static final int MAX_PRELIMINARY_DAYS = 10;
  public static final int FINAL_DAYS = 30;
  public static final int FINAL_DAYS_UNJUST = 60;

  /** The share of the span after which a deadline warns, in percent. */
  public static final int WARN_PERCENT = 80;

  private Deadlines() {}

  /** Which report a deadline is for. */
  public enum Kind {
    PRELIMINARY("preliminary"),
    FINAL("final");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /** How far along a deadline is. */
  public enum State {
    DUE("due"),
    WARNING("warning"),
    DUE_TODAY("due-today"),
    OVERDUE("overdue");

    private final String code;

    State(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /**
   * One deadline as of now.
   *
   * @param daysLeft calendar days in JST from today to the deadline's day: 0 on the day, negative
   *     once past
   */
  public record Countdown(Kind kind, Instant due, State state, long daysLeft) {
    public Countdown {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(due, "due");
      Objects.requireNonNull(state, "state");
    }
  }

  /** The preliminary report's deadline for awareness at {@code aware}. */
  public static Instant preliminary(Instant aware, int businessDays, JapaneseHolidays calendar) {
    if (businessDays < 1 || businessDays > MAX_PRELIMINARY_DAYS) {
      throw new IllegalArgumentException(
          "the preliminary report is due within 1 to " + MAX_PRELIMINARY_DAYS + " business days");
    }
    return endOf(calendar.addBusinessDays(day(aware), businessDays));
  }

  /** The final report's deadline: 30 days, or 60 when the unjust-purpose trigger holds. */
  public static Instant finalReport(Instant aware, boolean unjustPurpose) {
    return endOf(day(aware).plusDays(unjustPurpose ? FINAL_DAYS_UNJUST : FINAL_DAYS));
  }

  /** The state of a deadline {@code due} counted from {@code aware}, at {@code now}. */
  public static Countdown countdown(Kind kind, Instant aware, Instant due, Instant now) {
    long daysLeft = ChronoUnit.DAYS.between(day(now), day(due));
    State state;
    if (now.isAfter(due)) {
      state = State.OVERDUE;
    } else if (daysLeft == 0) {
      state = State.DUE_TODAY;
    } else {
      long span = Math.max(1, Duration.between(aware, due).toMillis());
      long elapsed = Duration.between(aware, now).toMillis();
      state = elapsed * 100 >= span * WARN_PERCENT ? State.WARNING : State.DUE;
    }
    return new Countdown(kind, due, state, daysLeft);
  }

  /** The day in Japan an instant falls on. */
  public static LocalDate day(Instant t) {
    return t.atZone(JST).toLocalDate();
  }

  /** 23:59:59 JST of {@code day}. */
  static Instant endOf(LocalDate day) {
    return day.atTime(LocalTime.of(23, 59, 59)).atZone(JST).toInstant();
  }
}
