package mamori.incident;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Japan's public holidays (国民の祝日に関する法律) as the law has stood since 2020, and the business days of a
 * public body counted with them: the preliminary report to the PPC is due within a number of
 * business days.
 *
 * <p>Design. A year's holidays are built in four steps, the order the law reads in: (1) the fixed
 * days (元日 1/1, 建国記念の日 2/11, 天皇誕生日 2/23, 昭和の日 4/29, 憲法記念日 5/3, みどりの日 5/4, こどもの日 5/5, 山の日 8/11, 文化の日
 * 11/3, 勤労感謝の日 11/23); (2) the Happy Monday days (成人の日 the second Monday of January, 海の日 the third
 * of July, 敬老の日 the third of September, スポーツの日 the second of October); (3) the equinoxes (春分の日,
 * 秋分の日), which the Cabinet announces each February from the National Astronomical Observatory's
 * ephemeris and which the standard approximation gives exactly for 1980 to 2099: day =
 * floor(20.8431 + 0.242194 (y - 1980) - floor((y - 1980) / 4)) in March and floor(23.2488 + ...) in
 * September; (4) the two derived kinds: a 振替休日 (a holiday on a Sunday moves to the next day that is
 * not already a holiday, Art. 3(2)) and a 国民の休日 (a day between two holidays that is not itself one,
 * Art. 3(3); only September can make one now, when 敬老の日 falls two days before 秋分の日).
 *
 * <p>The years supported are 2022 to 2099: 2020 and 2021 had holidays moved for the Olympic Games
 * by a special act, and before 2020 天皇誕生日 was 12/23; an incident's awareness date is never that
 * old. A year outside the range is refused rather than answered wrongly.
 *
 * <p>A public body is also closed from 29 December to 3 January (行政機関の休日に関する法律 Art. 1, and the
 * municipalities' ordinances after it): {@code yearEndClosure} counts those days as non-business
 * days; it is a tenant setting that defaults on.
 */
public final class JapaneseHolidays {
  /** The first and last year this calendar answers for. */
  public static final int FIRST_YEAR = 2022;

  public static final int LAST_YEAR = 2099;

  private static final Map<Integer, Map<LocalDate, String>> YEARS = new ConcurrentHashMap<>();

  private final boolean yearEndClosure;

  /**
   * @param yearEndClosure whether 29 December to 3 January are closed days, as at public bodies
   */
  public JapaneseHolidays(boolean yearEndClosure) {
    this.yearEndClosure = yearEndClosure;
  }

  /** The public holidays of {@code year}, by date, each with its Japanese name. */
  public static Map<LocalDate, String> of(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException(
          "the holiday calendar covers " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + year);
    }
    return YEARS.computeIfAbsent(year, JapaneseHolidays::build);
  }

  /** The name of the holiday on {@code day}, if it is one. */
  public static Optional<String> holiday(LocalDate day) {
    return Optional.ofNullable(of(day.getYear()).get(day));
  }

  /** Whether {@code day} is a business day: not a weekend, a holiday or (when on) the closure. */
  public boolean businessDay(LocalDate day) {
    DayOfWeek d = day.getDayOfWeek();
    if (d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY) {
      return false;
    }
    if (yearEndClosure && closed(day)) {
      return false;
    }
    return !of(day.getYear()).containsKey(day);
  }

  /**
   * The {@code n}-th business day after {@code day} (which itself is not counted, whatever it is):
   * with n = 3, awareness on a Friday before a holiday Monday gives the Thursday.
   *
   * @throws IllegalArgumentException when n is below 1
   */
  public LocalDate addBusinessDays(LocalDate day, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("count at least one business day");
    }
    LocalDate d = day;
    int counted = 0;
    while (counted < n) {
      d = d.plusDays(1);
      if (businessDay(d)) {
        counted++;
      }
    }
    return d;
  }

  /** Whether {@code day} lies in the year-end closure, 29 December to 3 January. */
  static boolean closed(LocalDate day) {
    return (day.getMonth() == Month.DECEMBER && day.getDayOfMonth() >= 29)
        || (day.getMonth() == Month.JANUARY && day.getDayOfMonth() <= 3);
  }

  /** The day of March of the vernal equinox, by the standard formula (1980 to 2099). */
  static int vernalEquinox(int year) {
    return equinox(20.8431, year);
  }

  /** The day of September of the autumnal equinox, by the standard formula (1980 to 2099). */
  static int autumnalEquinox(int year) {
    return equinox(23.2488, year);
  }

  private static int equinox(double base, int year) {
    if (year < 1980 || year > 2099) {
      throw new IllegalArgumentException("the equinox formula holds for 1980 to 2099");
    }
    int y = year - 1980;
    return (int) Math.floor(base + 0.242194 * y - Math.floorDiv(y, 4));
  }

  private static Map<LocalDate, String> build(int year) {
    TreeMap<LocalDate, String> h = new TreeMap<>();
    h.put(LocalDate.of(year, 1, 1), "元日");
    h.put(monday(year, Month.JANUARY, 2), "成人の日");
    h.put(LocalDate.of(year, 2, 11), "建国記念の日");
    h.put(LocalDate.of(year, 2, 23), "天皇誕生日");
    h.put(LocalDate.of(year, 3, vernalEquinox(year)), "春分の日");
    h.put(LocalDate.of(year, 4, 29), "昭和の日");
    h.put(LocalDate.of(year, 5, 3), "憲法記念日");
    h.put(LocalDate.of(year, 5, 4), "みどりの日");
    h.put(LocalDate.of(year, 5, 5), "こどもの日");
    h.put(monday(year, Month.JULY, 3), "海の日");
    h.put(LocalDate.of(year, 8, 11), "山の日");
    h.put(monday(year, Month.SEPTEMBER, 3), "敬老の日");
    h.put(LocalDate.of(year, 9, autumnalEquinox(year)), "秋分の日");
    h.put(monday(year, Month.OCTOBER, 2), "スポーツの日");
    h.put(LocalDate.of(year, 11, 3), "文化の日");
    h.put(LocalDate.of(year, 11, 23), "勤労感謝の日");
    // 国民の休日: a day that is not a holiday between two national holidays (before substitutes)
    for (LocalDate d : new java.util.ArrayList<>(h.keySet())) {
      LocalDate between = d.plusDays(1);
      if (!h.containsKey(between)
          && h.containsKey(between.plusDays(1))
          && between.getDayOfWeek() != DayOfWeek.SUNDAY) {
        h.put(between, "国民の休日");
      }
    }
    // 振替休日: a national holiday on a Sunday moves to the next day that is no holiday
    for (Map.Entry<LocalDate, String> e : new java.util.ArrayList<>(h.entrySet())) {
      LocalDate d = e.getKey();
      if (d.getDayOfWeek() == DayOfWeek.SUNDAY && !e.getValue().equals("国民の休日")) {
        LocalDate next = d.plusDays(1);
        while (h.containsKey(next)) {
          next = next.plusDays(1);
        }
        h.put(next, "振替休日");
      }
    }
    return java.util.Collections.unmodifiableMap(h);
  }

  private static LocalDate monday(int year, Month month, int nth) {
    return LocalDate.of(year, month, 1)
        .with(TemporalAdjusters.dayOfWeekInMonth(nth, DayOfWeek.MONDAY));
  }
}
