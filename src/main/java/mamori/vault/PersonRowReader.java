package mamori.vault;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import mamori.core.Field;
import mamori.number.IndividualNumber;
import mamori.number.InsecureNumberAccess;
import mamori.number.InvalidNumberException;
import mamori.vault.PersonCsvReader.Reject;
import mamori.vault.PersonCsvReader.Row;
import mamori.vault.csv.CsvRecords;
import mamori.vault.csv.LongLongMap;
import org.jspecify.annotations.Nullable;

/**
 * Turns one split record into a person or a reject. Every field is checked, and a reject lists the
 * first problem of each bad field, by field name, never with the value: characters (control, NUL,
 * bytes that did not decode), a formula prefix, length, presence, then the field's own rule (see
 * {@link FieldRules}). Text fields are stripped of surrounding white space. A number seen on an
 * earlier valid row makes a later row a duplicate of it; rejected rows do not count, so a corrected
 * row further down still goes in.
 */
final class PersonRowReader {
  private static final Field[] FIELDS = Field.values();
  private final Charset charset;
  private final int[] columnOf;
  private final int columns;
  private final LocalDate today;
  private final LongLongMap seen = new LongLongMap();
  private final @Nullable String[] values = new String[FIELDS.length];
  private final @Nullable String[] problems = new String[FIELDS.length];

  PersonRowReader(Charset charset, int[] columnOf, int columns, LocalDate today) {
    this.charset = charset;
    this.columnOf = columnOf;
    this.columns = columns;
    this.today = today;
  }

  /**
   * The current record as a {@link Row} or a {@link Reject}; null for a blank line, which is
   * skipped.
   */
  @Nullable Object read(CsvRecords record) {
    long line = record.line();
    String error = record.error();
    if (error != null) {
      return new Reject(line, error, "");
    }
    int n = record.fields();
    if (n != columns) {
      if (n == 1 && record.isEmpty(0)) {
        return null;
      }
      return new Reject(line, String.format("%,d columns expected, found %,d", columns, n), "");
    }
    if (isBlank(record, n)) {
      return null;
    }
    boolean bad = false;
    for (Field f : FIELDS) {
      int c = columnOf[f.ordinal()];
      String raw = c < 0 ? "" : record.text(c, charset);
      String problem = FieldRules.check(f, raw, charset);
      problems[f.ordinal()] = problem;
      values[f.ordinal()] = problem == null ? raw.strip() : null;
      bad |= problem != null;
    }
    IndividualNumber number = null;
    String numberText = values[Field.MY_NUMBER.ordinal()];
    if (numberText != null) {
      try {
        number = IndividualNumber.parse(numberText);
      } catch (InvalidNumberException e) {
        bad = problem(Field.MY_NUMBER, e.getMessage() + hint(e.getMessage()));
      }
    }
    LocalDate birth = null;
    String date = values[Field.BIRTH_DATE.ordinal()];
    if (date != null) {
      birth = FieldRules.date(date);
      if (birth == null) {
        bad = problem(Field.BIRTH_DATE, "not a date as yyyy-mm-dd or yyyy/mm/dd");
      } else if (birth.isAfter(today)) {
        bad = problem(Field.BIRTH_DATE, "in the future");
      } else if (birth.isBefore(FieldRules.EARLIEST_BIRTH)) {
        bad = problem(Field.BIRTH_DATE, "before " + FieldRules.EARLIEST_BIRTH);
      }
    }
    String sex = values[Field.SEX.ordinal()];
    if (sex != null && (sex = FieldRules.sex(sex)) == null) {
      bad = problem(Field.SEX, "not 1, 2, 9, M, F, 男 or 女");
    }
    String postal = values[Field.POSTAL_CODE.ordinal()];
    if (postal != null && !postal.isEmpty() && (postal = FieldRules.postalCode(postal)) == null) {
      bad = problem(Field.POSTAL_CODE, "not seven digits as NNN-NNNN");
    }
    String masked = number != null ? number.masked() : maskedDigits(numberText);
    if (bad || number == null || birth == null || sex == null || postal == null) {
      return new Reject(line, reasons(), masked);
    }
    // The key is the number as a long, held only in this reader's memory to find duplicates.
    long key = Long.parseLong(number.digits(InsecureNumberAccess.get()));
    long first = seen.putIfAbsent(key, line);
    if (first >= 0) {
      return new Reject(line, "my_number: duplicate of line " + first, masked);
    }
    return new Row(
        line,
        new PersonData(
            number,
            value(Field.FAMILY_NAME),
            value(Field.GIVEN_NAME),
            value(Field.FAMILY_NAME_KANA),
            value(Field.GIVEN_NAME_KANA),
            birth,
            sex,
            postal,
            value(Field.ADDRESS),
            value(Field.HOUSEHOLD_ID),
            value(Field.BANK_ACCOUNT)));
  }

  private String value(Field f) {
    return java.util.Objects.requireNonNull(values[f.ordinal()]);
  }

  private static boolean isBlank(CsvRecords record, int n) {
    for (int i = 0; i < n; i++) {
      if (!record.isEmpty(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean problem(Field f, String problem) {
    problems[f.ordinal()] = problem;
    return true;
  }

  /** The problems of the bad fields, in field order. */
  private String reasons() {
    List<String> out = new ArrayList<>(2);
    for (Field f : FIELDS) {
      if (problems[f.ordinal()] != null) {
        out.add(f.column() + ": " + problems[f.ordinal()]);
      }
    }
    return String.join("; ", out);
  }

  private static String hint(String problem) {
    return problem.startsWith((IndividualNumber.LENGTH - 1) + " digits")
        ? " (a leading zero lost in a spreadsheet?)"
        : "";
  }

  /**
   * {@code ****-****-NNNN} for twelve digits whose check digit fails, so the row can be found; else
   * "".
   */
  private static String maskedDigits(@Nullable String text) {
    if (text == null || digitCount(text) != IndividualNumber.LENGTH) {
      return "";
    }
    StringBuilder last = new StringBuilder(4);
    for (int i = text.length() - 1; i >= 0 && last.length() < 4; i--) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
        last.insert(0, (char) (c >= '０' ? c - '０' + '0' : c));
      }
    }
    return "****-****-" + last;
  }

  private static int digitCount(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      n += c >= '0' && c <= '9' || c >= '０' && c <= '９' ? 1 : 0;
    }
    return n;
  }
}
