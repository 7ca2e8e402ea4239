package mamori.work;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mamori.core.NumberText;
import mamori.core.Why;
import mamori.number.CorporateNumber;
import mamori.number.IndividualNumber;
import mamori.number.InsecureNumberAccess;

/**
 * The check a field's value must pass (issue 16 point 2), and the value's one spelling once it
 * passes: what two operators' entries are compared in, and what is stored. Input is taken as people
 * type it on a Japanese keyboard: full-width digits and letters, half-width kana, spaces and
 * hyphens in numbers, commas in amounts. A problem message never holds the value.
 */
public enum Check {
  /** Free text (a name, an address): no control characters, and nothing like a My Number. */
  TEXT("text"),
  /**
   * Katakana reading (フリガナ): katakana, the long mark and spaces; hiragana is turned to katakana.
   */
  KANA("kana"),
  /** An individual number (個人番号): twelve digits with a matching check digit. */
  INDIVIDUAL_NUMBER("individual-number"),
  /** A corporate number (法人番号): thirteen digits with a matching check digit. */
  CORPORATE_NUMBER("corporate-number"),
  /**
   * A date: 2026-01-31, 2026/1/31, 20260131, 2026年1月31日, or in a Japanese era as slips print them
   * (昭和60年1月2日, S60.1.2, 平成7年12月31日, H7/12/31, 令和2年4月1日, R2.4.1, 元年 for 1; also 大正, T); stored as
   * 2026-01-31. An era date outside its era (平成32年) does not pass.
   */
  DATE("date"),
  /** An amount of yen: digits, with commas or 円 allowed; stored as plain digits. */
  AMOUNT("amount"),
  /** A postal code: seven digits, with or without the hyphen; stored as 123-4567. */
  POSTAL_CODE("postal-code");

  private static final Pattern DATE_TEXT =
      Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})|(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern KANJI_DATE =
      Pattern.compile("(\\d{4}) ?年 ?(\\d{1,2}) ?月 ?(\\d{1,2}) ?日");
  private static final Pattern ERA_DATE =
      Pattern.compile(
          "(大正|昭和|平成|令和|[TtSsHhRr]) ?(元|\\d{1,2}) ?(?:年|[-/.]) ?(\\d{1,2}) ?(?:月|[-/.])"
              + " ?(\\d{1,2}) ?日?");

  /** The Japanese eras a date of birth may be given in: name, letter, first and last day. */
  private enum Era {
    TAISHO("大正", "T", LocalDate.of(1912, 7, 30), LocalDate.of(1926, 12, 25)),
    SHOWA("昭和", "S", LocalDate.of(1926, 12, 25), LocalDate.of(1989, 1, 7)),
    HEISEI("平成", "H", LocalDate.of(1989, 1, 8), LocalDate.of(2019, 4, 30)),
    REIWA("令和", "R", LocalDate.of(2019, 5, 1), LocalDate.MAX);

    final String kanji;
    final String letter;
    final LocalDate first;
    final LocalDate last;

    Era(String kanji, String letter, LocalDate first, LocalDate last) {
      this.kanji = kanji;
      this.letter = letter;
      this.first = first;
      this.last = last;
    }

    static Era of(String name) {
      for (Era e : values()) {
        if (e.kanji.equals(name) || e.letter.equalsIgnoreCase(name)) {
          return e;
        }
      }
      throw new IllegalArgumentException("no era");
    }
  }

  private static final Pattern KANA_TEXT = Pattern.compile("[\\u30A1-\\u30FA\\u30FC\\u30FB ]+");
  private static final long MAX_AMOUNT = 999_999_999_999L;

  private final String code;

  Check(String code) {
    this.code = code;
  }

  /** The name a type file gives the check: {@code individual-number}. */
  public String code() {
    return code;
  }

  /** The check a type file names {@code code}. */
  public static java.util.Optional<Check> ofCode(String code) {
    for (Check c : values()) {
      if (c.code.equals(code)) {
        return java.util.Optional.of(c);
      }
    }
    return java.util.Optional.empty();
  }

  /** What checking a value gave: its one spelling, or why it does not pass. */
  public sealed interface Result {
    /**
     * The value passes; {@code value} is its one spelling ("" for an optional field left empty).
     */
    record Passed(String value) implements Result {}

    /** The value does not pass; {@code problem} says why without holding it. */
    record Failed(String problem) implements Result {}
  }

  /**
   * Checks {@code raw} as typed for a field that is {@code required} or not, at most {@code
   * maxLength} characters once normalised.
   */
  public Result check(String raw, boolean required, int maxLength) {
    if (raw.codePoints().anyMatch(cp -> Why.unprintable(cp) && cp != '\t')) {
      return new Result.Failed("holds a control or format character");
    }
    String v = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    if (v.isEmpty()) {
      return required ? new Result.Failed("is required") : new Result.Passed("");
    }
    Result r = checkPresent(v);
    if (r instanceof Result.Passed(String value) && value.length() > maxLength) {
      return new Result.Failed("is longer than " + maxLength + " characters");
    }
    return r;
  }

  private Result checkPresent(String v) {
    return switch (this) {
      case TEXT ->
          NumberText.holdsNumber(v)
              ? new Result.Failed("holds something like a My Number; free text may not")
              : new Result.Passed(v);
      case KANA -> {
        String k = toKatakana(v).replace('\u3000', ' ');
        yield KANA_TEXT.matcher(k).matches()
            ? new Result.Passed(k)
            : new Result.Failed("is not katakana");
      }
      case INDIVIDUAL_NUMBER ->
          IndividualNumber.tryParse(v)
              .<Result>map(n -> new Result.Passed(n.digits(InsecureNumberAccess.get())))
              .orElse(new Result.Failed("is not twelve digits with a matching check digit"));
      case CORPORATE_NUMBER ->
          CorporateNumber.tryParse(v)
              .<Result>map(n -> new Result.Passed(n.digits(InsecureNumberAccess.get())))
              .orElse(new Result.Failed("is not thirteen digits with a matching check digit"));
      case DATE -> date(v);
      case AMOUNT -> amount(v);
      case POSTAL_CODE -> {
        String d = v.replace("-", "").replace("〒", "").strip();
        yield d.matches("\\d{7}")
            ? new Result.Passed(d.substring(0, 3) + "-" + d.substring(3))
            : new Result.Failed("is not a seven-digit postal code");
      }
    };
  }

  private static Result date(String v) {
    Matcher era = ERA_DATE.matcher(v);
    if (era.matches()) {
      return eraDate(era);
    }
    Matcher kanji = KANJI_DATE.matcher(v);
    if (kanji.matches()) {
      try {
        return new Result.Passed(
            LocalDate.of(
                    Integer.parseInt(kanji.group(1)),
                    Integer.parseInt(kanji.group(2)),
                    Integer.parseInt(kanji.group(3)))
                .toString());
      } catch (DateTimeException e) {
        return new Result.Failed("is not a date of the calendar");
      }
    }
    Matcher m = DATE_TEXT.matcher(v);
    if (!m.matches()) {
      return new Result.Failed("is not a date like 2026-01-31");
    }
    int base = m.group(1) != null ? 1 : 4;
    try {
      LocalDate d =
          LocalDate.of(
              Integer.parseInt(m.group(base)),
              Integer.parseInt(m.group(base + 1)),
              Integer.parseInt(m.group(base + 2)));
      return new Result.Passed(d.toString());
    } catch (DateTimeException e) {
      return new Result.Failed("is not a date of the calendar");
    }
  }

  private static Result eraDate(Matcher m) {
    Era era = Era.of(m.group(1));
    int year = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
    if (year < 1) {
      return new Result.Failed("is not a date of the " + era.kanji + " era");
    }
    LocalDate d;
    try {
      d =
          LocalDate.of(
              era.first.getYear() + year - 1,
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(4)));
    } catch (DateTimeException e) {
      return new Result.Failed("is not a date of the calendar");
    }
    if (d.isBefore(era.first) || d.isAfter(era.last)) {
      return new Result.Failed("is not a date of the " + era.kanji + " era");
    }
    return new Result.Passed(d.toString());
  }

  private static Result amount(String v) {
    String d = v.replace(",", "").replace("円", "").replace("¥", "").strip();
    if (!d.matches("\\d{1,12}")) {
      return new Result.Failed("is not an amount of yen in digits");
    }
    long n = Long.parseLong(d);
    return n > MAX_AMOUNT
        ? new Result.Failed("is too large an amount")
        : new Result.Passed(Long.toString(n));
  }

  private static String toKatakana(String v) {
    StringBuilder b = new StringBuilder(v.length());
    v.codePoints().forEach(cp -> b.appendCodePoint(cp >= 0x3041 && cp <= 0x3096 ? cp + 0x60 : cp));
    return b.toString();
  }
}
