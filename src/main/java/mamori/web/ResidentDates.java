package mamori.web;

import java.time.Instant;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as residents read them: the Japanese era in Japanese (令和8年12月4日 14:05), the Gregorian date
 * in English.
 */
final class ResidentDates {
  private static final DateTimeFormatter ERA =
      DateTimeFormatter.ofPattern("GGGGy年M月d日 H:mm", Locale.JAPAN)
          .withChronology(JapaneseChronology.INSTANCE);
  private static final DateTimeFormatter ENGLISH =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter ERA_DAY =
      DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPAN)
          .withChronology(JapaneseChronology.INSTANCE);
  private static final DateTimeFormatter ENGLISH_DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private ResidentDates() {}

  static String format(Instant t, Locale locale) {
    var local = t.atZone(Pages.JAPAN);
    if (locale.getLanguage().equals("en")) {
      return ENGLISH.format(local);
    }
    return ERA.format(JapaneseDate.from(local).atTime(local.toLocalTime()));
  }

  /** The day alone: 令和8年3月15日, or 15 March 2026 in English. */
  static String day(Instant t, Locale locale) {
    var local = t.atZone(Pages.JAPAN);
    if (locale.getLanguage().equals("en")) {
      return ENGLISH_DAY.format(local);
    }
    return ERA_DAY.format(JapaneseDate.from(local));
  }
}
