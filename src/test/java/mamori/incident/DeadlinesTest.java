package mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadlinesTest {
  static final JapaneseHolidays CLOSED = new JapaneseHolidays(true);
  static final JapaneseHolidays OPEN = new JapaneseHolidays(false);

  static Instant jst(String local) {
    return java.time.LocalDateTime.parse(local).atZone(Deadlines.JST).toInstant();
  }

  @Test
  void preliminary_onAFridayBeforeAHolidayMonday_isThursdayNight() {
    // Friday 17 July 2026, 海の日 on Monday 20 July
    assertThat(Deadlines.preliminary(jst("2026-07-17T10:00"), 3, CLOSED))
        .isEqualTo(jst("2026-07-23T23:59:59"));
    assertThat(Deadlines.preliminary(jst("2026-07-17T10:00"), 5, CLOSED))
        .isEqualTo(jst("2026-07-27T23:59:59"));
  }

  @Test
  void preliminary_countsInJapan_notInUtc() {
    // 23:30 UTC on Thursday 16 July is 08:30 on Friday 17 July in Japan
    assertThat(Deadlines.preliminary(Instant.parse("2026-07-16T23:30:00Z"), 3, CLOSED))
        .isEqualTo(jst("2026-07-23T23:59:59"));
    // one second earlier it is still Thursday 16 July in Japan: Fri 17, Tue 21, Wed 22
    assertThat(Deadlines.preliminary(Instant.parse("2026-07-16T14:59:59Z"), 3, CLOSED))
        .isEqualTo(jst("2026-07-22T23:59:59"));
  }

  @Test
  void preliminary_overTheYearEnd_skipsTheClosureWhenOn() {
    // Monday 28 December 2026: closed 29 December to 3 January, then Mon 4, Tue 5, Wed 6
    assertThat(Deadlines.preliminary(jst("2026-12-28T09:00"), 3, CLOSED))
        .isEqualTo(jst("2027-01-06T23:59:59"));
    // without the closure: Tue 29, Wed 30, Thu 31
    assertThat(Deadlines.preliminary(jst("2026-12-28T09:00"), 3, OPEN))
        .isEqualTo(jst("2026-12-31T23:59:59"));
  }

  @Test
  void preliminary_refusesACountOutOfRange() {
    assertThatThrownBy(() -> Deadlines.preliminary(jst("2026-07-17T10:00"), 0, CLOSED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Deadlines.preliminary(jst("2026-07-17T10:00"), 11, CLOSED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Deadlines.preliminary(jst("2026-07-17T10:00"), 10, CLOSED))
        .isEqualTo(jst("2026-08-03T23:59:59"));
  }

  @Test
  void final_is30Days_or60ForAnUnjustPurpose() {
    assertThat(Deadlines.finalReport(jst("2026-07-17T10:00"), false))
        .isEqualTo(jst("2026-08-16T23:59:59"));
    assertThat(Deadlines.finalReport(jst("2026-07-17T10:00"), true))
        .isEqualTo(jst("2026-09-15T23:59:59"));
  }

  @Test
  void countdown_movesFromDueToWarningToTodayToOverdue() {
    Instant aware = jst("2026-07-01T00:00");
    Instant due = Deadlines.finalReport(aware, false); // 2026-07-31T23:59:59
    Deadlines.Countdown early =
        Deadlines.countdown(Deadlines.Kind.FINAL, aware, due, jst("2026-07-02T12:00"));
    assertThat(early.state()).isEqualTo(Deadlines.State.DUE);
    assertThat(early.daysLeft()).isEqualTo(29);
    // 80% of the span (31 days less a second) is 24.8 days: 2026-07-25T19:11:59.2
    assertThat(
            Deadlines.countdown(Deadlines.Kind.FINAL, aware, due, jst("2026-07-25T19:11:58"))
                .state())
        .isEqualTo(Deadlines.State.DUE);
    assertThat(
            Deadlines.countdown(Deadlines.Kind.FINAL, aware, due, jst("2026-07-25T19:12:00"))
                .state())
        .isEqualTo(Deadlines.State.WARNING);
    Deadlines.Countdown today =
        Deadlines.countdown(Deadlines.Kind.FINAL, aware, due, jst("2026-07-31T00:00"));
    assertThat(today.state()).isEqualTo(Deadlines.State.DUE_TODAY);
    assertThat(today.daysLeft()).isZero();
    assertThat(Deadlines.countdown(Deadlines.Kind.FINAL, aware, due, due).state())
        .isEqualTo(Deadlines.State.DUE_TODAY);
    Deadlines.Countdown late =
        Deadlines.countdown(Deadlines.Kind.FINAL, aware, due, due.plusSeconds(1));
    assertThat(late.state()).isEqualTo(Deadlines.State.OVERDUE);
    assertThat(late.daysLeft()).isEqualTo(-1);
    assertThat(late.due()).isEqualTo(due);
    assertThat(late.kind()).isEqualTo(Deadlines.Kind.FINAL);
  }

  @Test
  void codes_areTheWireWords() {
    assertThat(Deadlines.State.DUE_TODAY.code()).isEqualTo("due-today");
    assertThat(Deadlines.State.OVERDUE.code()).isEqualTo("overdue");
    assertThat(Deadlines.State.WARNING.code()).isEqualTo("warning");
    assertThat(Deadlines.State.DUE.code()).isEqualTo("due");
    assertThat(Deadlines.Kind.PRELIMINARY.code()).isEqualTo("preliminary");
    assertThat(Deadlines.Kind.FINAL.code()).isEqualTo("final");
  }
}
