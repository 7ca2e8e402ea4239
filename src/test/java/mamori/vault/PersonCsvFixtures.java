package mamori.vault;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import mamori.number.IndividualNumber;
import mamori.number.InsecureNumberAccess;

/**
 * Small CSV files for the reader's tests: a header, valid rows by number, and reading them whole.
 */
final class PersonCsvFixtures {
  static final String HEADER =
      "my_number,family_name,given_name,family_name_kana,given_name_kana,"
          + "birth_date,sex,postal_code,address,household_id,bank_account\r\n";
  static final Clock APRIL_2026 =
      Clock.fixed(
          ZonedDateTime.of(2026, 4, 1, 9, 0, 0, 0, ZoneId.of("Asia/Tokyo")).toInstant(),
          ZoneId.of("Asia/Tokyo"));
  static final PersonCsvReader.Options OPTIONS =
      PersonCsvReader.Options.defaults().withClock(APRIL_2026);

  private PersonCsvFixtures() {}

  /** The valid number made from eleven digits {@code base}. */
  static String number(long base) {
    return IndividualNumber.withCheckDigit(String.format("%011d", base))
        .digits(InsecureNumberAccess.get());
  }

  /** A valid row for the number of {@code base}, with CRLF. */
  static String row(long base) {
    return row(number(base), "山田");
  }

  static String row(String number, String familyName) {
    return number
        + ","
        + familyName
        + ",太郎,ヤマダ,タロウ,1980-01-02,M,660-0881,兵庫県尼崎市昭和通3丁目12-5,H0000001,\r\n";
  }

  /** Everything read from {@code csv}. */
  static Read read(String csv) throws IOException {
    return read(csv.getBytes(StandardCharsets.UTF_8), OPTIONS);
  }

  static Read read(byte[] bytes, PersonCsvReader.Options options) throws IOException {
    return read(new ByteArrayInputStream(bytes), bytes.length, options);
  }

  static Read read(InputStream in, long size, PersonCsvReader.Options options) throws IOException {
    try (PersonCsvReader reader = PersonCsvReader.open(in, size, options)) {
      return readAll(reader);
    }
  }

  static Read readAll(PersonCsvReader reader) throws IOException {
    List<PersonCsvReader.Row> rows = new ArrayList<>();
    List<PersonCsvReader.Reject> rejects = new ArrayList<>();
    for (PersonCsvReader.Batch b = reader.next(1000); !b.isEmpty(); b = reader.next(1000)) {
      rows.addAll(b.rows());
      rejects.addAll(b.rejects());
    }
    return new Read(rows, rejects, reader.charset());
  }

  /** What a whole file gave. */
  record Read(
      List<PersonCsvReader.Row> rows, List<PersonCsvReader.Reject> rejects, Charset charset) {
    List<Long> rowLines() {
      return rows.stream().map(PersonCsvReader.Row::line).toList();
    }

    /** Each reject as "line: reason". */
    List<String> rejected() {
      return rejects.stream().map(r -> r.line() + ": " + r.reason()).toList();
    }
  }
}
