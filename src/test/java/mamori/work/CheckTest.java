package mamori.work;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates as slips print them: Western, and in the Shōwa, Heisei and Reiwa eras. */
class CheckTest {
  @ParameterizedTest
  @CsvSource({
    "2026-01-31, 2026-01-31",
    "2026/1/31, 2026-01-31",
    "20260131, 2026-01-31",
    "1985年1月2日, 1985-01-02",
    "昭和60年1月2日, 1985-01-02",
    "S60.1.2, 1985-01-02",
    "s60/1/2, 1985-01-02",
    "平成7年12月31日, 1995-12-31",
    "H7/12/31, 1995-12-31",
    "令和2年4月1日, 2020-04-01",
    "R2.4.1, 2020-04-01",
    "令和元年5月1日, 2019-05-01",
    "平成元年1月8日, 1989-01-08",
    "昭和元年12月25日, 1926-12-25",
    "昭和64年1月7日, 1989-01-07",
    "平成31年4月30日, 2019-04-30",
    "Ｓ６０．１．２, 1985-01-02",
    "昭和６０年１月２日, 1985-01-02",
    "'平成 7 年 12 月 31 日', 1995-12-31",
  })
  void aDate_passes_asIso(String raw, String iso) {
    assertThat(Check.DATE.check(raw, true, 10)).isEqualTo(new Check.Result.Passed(iso));
  }

  @ParameterizedTest
  @CsvSource({
    "平成32年1月1日, 平成 era",
    "H32.1.1, 平成 era",
    "令和元年4月30日, 令和 era",
    "平成元年1月7日, 平成 era",
    "昭和64年1月8日, 昭和 era",
    "昭和元年12月24日, 昭和 era",
    "平成31年5月1日, 平成 era",
    "平成0年1月1日, 平成 era",
    "令和2年2月30日, not a date of the calendar",
    "X2.4.1, not a date like",
    "明治45年1月1日, not a date like",
  })
  void aDateOutsideItsEra_orTheCalendar_isRefused(String raw, String problem) {
    assertThat(Check.DATE.check(raw, true, 10))
        .isInstanceOfSatisfying(
            Check.Result.Failed.class,
            f -> {
              assertThat(f.problem()).contains(problem);
              assertThat(f.problem()).doesNotContain(raw);
            });
  }
}
