package mamori.vault;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.number.IndividualNumber;

/**
 * Partial masking, field by field: enough for a clerk to tell two people apart, not enough to use
 * the data. The number shows its last four digits ({@code ****-****-9018}); names their first
 * character and {@code ＊}; the address its prefecture and municipality; the birth date its year;
 * the bank account its last three digits; the postal code its first three digits. Sex and
 * household, which have no useful part, are hidden as {@code ＊}. Anything that does not parse as
 * expected shows less, never more.
 */
final class Masks {
  static final String HIDDEN = "＊";

  /**
   * A prefecture, then the shortest run ending a municipality: a county's town or village, a city
   * (市 doubled as in 四日市市 taken whole), or a ward, town or village. Designated cities stop at the
   * city.
   */
  private static final Pattern MUNICIPALITY =
      Pattern.compile("^(?:北海道|東京都|京都府|大阪府|.{2,3}県).+?(?:郡.+?[町村]|市(?!市)|[区町村])");

  private Masks() {}

  static String apply(Field field, Mask mask, String clear) {
    return switch (mask) {
      case NONE -> clear;
      case FULL -> HIDDEN;
      case PARTIAL -> partial(field, clear);
    };
  }

  static String partial(Field field, String clear) {
    if (clear.isEmpty()) {
      return "";
    }
    return switch (field) {
      case MY_NUMBER ->
          IndividualNumber.tryParse(clear).map(IndividualNumber::masked).orElse("****-****-****");
      case FAMILY_NAME, GIVEN_NAME, FAMILY_NAME_KANA, GIVEN_NAME_KANA ->
          clear.substring(0, clear.offsetByCodePoints(0, 1)) + HIDDEN;
      case BIRTH_DATE -> clear.length() >= 4 ? clear.substring(0, 4) : HIDDEN;
      case ADDRESS -> address(clear);
      case BANK_ACCOUNT -> lastDigits(clear, 3);
      case POSTAL_CODE -> clear.length() > 3 ? clear.substring(0, 3) + "-" + HIDDEN : HIDDEN;
      case SEX, HOUSEHOLD_ID -> HIDDEN;
    };
  }

  private static String address(String clear) {
    Matcher m = MUNICIPALITY.matcher(clear);
    return m.find() ? m.group() + HIDDEN : HIDDEN;
  }

  private static String lastDigits(String clear, int keep) {
    StringBuilder digits = new StringBuilder(keep);
    for (int i = clear.length() - 1; i >= 0 && digits.length() < keep; i--) {
      if (Character.isDigit(clear.charAt(i))) {
        digits.insert(0, clear.charAt(i));
      }
    }
    return digits.length() == keep ? HIDDEN + digits : HIDDEN;
  }
}
