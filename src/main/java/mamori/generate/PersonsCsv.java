package mamori.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import mamori.number.InsecureNumberAccess;

/**
 * Persons as CSV: the columns, one line per person, and the file written whole or not at all,
 * owner-only ({@link Csv#writeWhole}).
 */
final class PersonsCsv {
  static final String HEADER =
      "my_number,family_name,given_name,family_name_kana,given_name_kana,"
          + "birth_date,sex,postal_code,address,household_id,bank_account";
  static final int PROGRESS_EVERY = 8192;

  private PersonsCsv() {}

  /**
   * Writes the header and {@code count} persons from {@code generator}; returns the households
   * begun.
   */
  static long write(PersonGenerator generator, Writer out, long count, LongConsumer progress)
      throws IOException {
    out.write(HEADER);
    out.write(Csv.CRLF);
    StringBuilder line = new StringBuilder(256);
    long written = 0;
    long households = 0;
    while (written < count) {
      households++;
      for (Person p : generator.nextHousehold()) {
        if (written == count) {
          break;
        }
        line.setLength(0);
        out.append(appendRow(line, p));
        if (++written % PROGRESS_EVERY == 0) {
          progress.accept(written);
        }
      }
    }
    progress.accept(written);
    return households;
  }

  static StringBuilder appendRow(StringBuilder line, Person p) {
    // The file is the synthetic data's one destination: the only place its full numbers go.
    line.append(p.myNumber().digits(InsecureNumberAccess.get())).append(',');
    Csv.appendField(line, p.family().kanji()).append(',');
    Csv.appendField(line, p.given().kanji()).append(',');
    Csv.appendField(line, p.family().kana()).append(',');
    Csv.appendField(line, p.given().kana()).append(',');
    line.append(p.birthDate()).append(',').append(p.sex()).append(',');
    Csv.appendField(line, p.postalCode()).append(',');
    Csv.appendField(line, p.address()).append(',');
    appendHouseholdId(line, p.household()).append(',');
    return Csv.appendField(line, p.bankAccount()).append(Csv.CRLF);
  }

  /** {@code H} and at least seven digits: {@code H0000001}. */
  static StringBuilder appendHouseholdId(StringBuilder line, long household) {
    line.append('H');
    for (long pad = 1_000_000; pad > 1 && household < pad; pad /= 10) {
      line.append('0');
    }
    return line.append(household);
  }

  static PersonGenerator.Summary writeFile(
      Path out, long count, long seed, CsvEncoding encoding, LongConsumer progress)
      throws IOException {
    if (count < 1 || count > PersonGenerator.MAX_COUNT) {
      throw new IllegalArgumentException("count must be from 1 to 100,000,000, not " + count);
    }
    CharsetEncoder encoder =
        encoding
            .charset()
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    long households =
        Csv.writeWhole(out, encoder, w -> write(new PersonGenerator(seed), w, count, progress));
    return new PersonGenerator.Summary(out, count, households, Files.size(out), encoding);
  }
}
