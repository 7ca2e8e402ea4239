package mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The calendar against the Cabinet Office's published holiday lists (内閣府「国民の祝日について」). */
class JapaneseHolidaysTest {
  static List<String> days(int year) {
    return JapaneseHolidays.of(year).keySet().stream().map(LocalDate::toString).toList();
  }

  @Test
  void holidays2025_areThePublishedList() {
    assertThat(days(2025))
        .containsExactly(
            "2025-01-01",
            "2025-01-13",
            "2025-02-11",
            "2025-02-23",
            "2025-02-24",
            "2025-03-20",
            "2025-04-29",
            "2025-05-03",
            "2025-05-04",
            "2025-05-05",
            "2025-05-06",
            "2025-07-21",
            "2025-08-11",
            "2025-09-15",
            "2025-09-23",
            "2025-10-13",
            "2025-11-03",
            "2025-11-23",
            "2025-11-24");
    Map<LocalDate, String> h = JapaneseHolidays.of(2025);
    assertThat(h.get(LocalDate.parse("2025-02-24"))).isEqualTo("振替休日");
    assertThat(h.get(LocalDate.parse("2025-05-06"))).isEqualTo("振替休日");
    assertThat(h.get(LocalDate.parse("2025-11-24"))).isEqualTo("振替休日");
  }

  @Test
  void holidays2026_areThePublishedList_withACitizensHoliday() {
    assertThat(days(2026))
        .containsExactly(
            "2026-01-01",
            "2026-01-12",
            "2026-02-11",
            "2026-02-23",
            "2026-03-20",
            "2026-04-29",
            "2026-05-03",
            "2026-05-04",
            "2026-05-05",
            "2026-05-06",
            "2026-07-20",
            "2026-08-11",
            "2026-09-21",
            "2026-09-22",
            "2026-09-23",
            "2026-10-12",
            "2026-11-03",
            "2026-11-23");
    assertThat(JapaneseHolidays.holiday(LocalDate.parse("2026-09-22"))).contains("国民の休日");
    assertThat(JapaneseHolidays.holiday(LocalDate.parse("2026-05-06"))).contains("振替休日");
    assertThat(JapaneseHolidays.holiday(LocalDate.parse("2026-09-21"))).contains("敬老の日");
  }

  @Test
  void holidays2027_areThePublishedList_withTheEquinoxOnASunday() {
    assertThat(days(2027))
        .containsExactly(
            "2027-01-01",
            "2027-01-11",
            "2027-02-11",
            "2027-02-23",
            "2027-03-21",
            "2027-03-22",
            "2027-04-29",
            "2027-05-03",
            "2027-05-04",
            "2027-05-05",
            "2027-07-19",
            "2027-08-11",
            "2027-09-20",
            "2027-09-23",
            "2027-10-11",
            "2027-11-03",
            "2027-11-23");
    assertThat(JapaneseHolidays.holiday(LocalDate.parse("2027-03-22"))).contains("振替休日");
    // 9/21 and 9/22 lie between 敬老の日 and 秋分の日 but not between two holidays
    assertThat(JapaneseHolidays.holiday(LocalDate.parse("2027-09-22"))).isEmpty();
  }

  @Test
  void equinoxes_followTheStandardFormula() {
    assertThat(JapaneseHolidays.vernalEquinox(2024)).isEqualTo(20);
    assertThat(JapaneseHolidays.vernalEquinox(2027)).isEqualTo(21);
    assertThat(JapaneseHolidays.vernalEquinox(2092)).isEqualTo(19);
    assertThat(JapaneseHolidays.autumnalEquinox(2024)).isEqualTo(22);
    assertThat(JapaneseHolidays.autumnalEquinox(2025)).isEqualTo(23);
    assertThat(JapaneseHolidays.autumnalEquinox(2012)).isEqualTo(22);
    assertThat(JapaneseHolidays.vernalEquinox(1980)).isEqualTo(20);
    assertThat(JapaneseHolidays.autumnalEquinox(2099)).isEqualTo(23);
    assertThatThrownBy(() -> JapaneseHolidays.vernalEquinox(1979))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JapaneseHolidays.autumnalEquinox(2100))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSundayHolidayFollowedByHolidays_movesPastThemAll() {
    // 2031: 5/4 Sunday; 5/5 is a holiday, so the substitute is 5/6
    assertThat(JapaneseHolidays.holiday(LocalDate.parse("2031-05-06"))).contains("振替休日");
    // 2032: 9/20 敬老の日, 9/21 国民の休日, 9/22 秋分の日
    assertThat(JapaneseHolidays.holiday(LocalDate.parse("2032-09-21"))).contains("国民の休日");
  }

  @Test
  void yearsOutsideTheRange_areRefused() {
    assertThat(JapaneseHolidays.of(JapaneseHolidays.FIRST_YEAR)).isNotEmpty();
    assertThat(JapaneseHolidays.of(JapaneseHolidays.LAST_YEAR)).isNotEmpty();
    assertThatThrownBy(() -> JapaneseHolidays.of(2021))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JapaneseHolidays.of(2100))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void businessDays_skipWeekendsHolidaysAndTheClosureWhenOn() {
    JapaneseHolidays closed = new JapaneseHolidays(true);
    JapaneseHolidays open = new JapaneseHolidays(false);
    assertThat(closed.businessDay(LocalDate.parse("2026-12-28"))).isTrue(); // Monday
    assertThat(closed.businessDay(LocalDate.parse("2026-12-29"))).isFalse();
    assertThat(open.businessDay(LocalDate.parse("2026-12-29"))).isTrue();
    assertThat(closed.businessDay(LocalDate.parse("2027-01-04"))).isTrue(); // Monday
    assertThat(closed.businessDay(LocalDate.parse("2027-01-01"))).isFalse();
    assertThat(open.businessDay(LocalDate.parse("2027-01-01"))).isFalse(); // 元日 anyway
    assertThat(closed.businessDay(LocalDate.parse("2026-06-06"))).isFalse(); // Saturday
    assertThat(closed.businessDay(LocalDate.parse("2026-06-07"))).isFalse(); // Sunday
    assertThat(closed.businessDay(LocalDate.parse("2026-09-22"))).isFalse();
    assertThat(JapaneseHolidays.closed(LocalDate.parse("2026-12-28"))).isFalse();
    assertThat(JapaneseHolidays.closed(LocalDate.parse("2027-01-03"))).isTrue();
    assertThat(JapaneseHolidays.closed(LocalDate.parse("2027-01-04"))).isFalse();
  }

  @Test
  void addingBusinessDays_countsFromTheDayAfter() {
    JapaneseHolidays c = new JapaneseHolidays(true);
    // Friday 2026-07-17, Monday 7/20 海の日: Tue, Wed, Thu
    assertThat(c.addBusinessDays(LocalDate.parse("2026-07-17"), 3))
        .isEqualTo(LocalDate.parse("2026-07-23"));
    assertThat(c.addBusinessDays(LocalDate.parse("2026-07-17"), 1))
        .isEqualTo(LocalDate.parse("2026-07-21"));
    // Saturday before Silver Week 2026: 9/21-23 off, so Thu 9/24, Fri 9/25, Mon 9/28
    assertThat(c.addBusinessDays(LocalDate.parse("2026-09-19"), 3))
        .isEqualTo(LocalDate.parse("2026-09-28"));
    assertThatThrownBy(() -> c.addBusinessDays(LocalDate.parse("2026-09-19"), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
