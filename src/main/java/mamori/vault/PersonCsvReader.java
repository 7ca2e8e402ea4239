package mamori.vault;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import mamori.core.Field;
import mamori.store.ClockConfiguration;
import mamori.vault.csv.CsvCharsets;
import mamori.vault.csv.CsvRecords;

/**
 * Reads persons from a CSV file as {@code mamori generate persons} writes it (or with other header
 * names, mapped through {@link Options#withColumns}), in batches, for {@code mamori import
 * persons}.
 *
 * <p>Guarantees. {@link #open} reads the header and fails with a {@link PersonCsvException} before
 * any row when the file cannot be imported at all. After that, every line of the file comes out in
 * order as either a {@link Row} (a valid, checked person) or a {@link Reject} (its line, why, and
 * the number masked when there is one); only blank lines are skipped. No hostile input stops the
 * reading or makes it hold more than one line of at most {@link #MAX_LINE_BYTES} bytes: a longer
 * line, bad quoting, bytes not valid in the file's encoding, NUL bytes, a wrong number of columns,
 * control characters and formula prefixes each reject their own row, and the rows after them are
 * read as usual. A number that already came on an earlier valid row rejects the later one as a
 * duplicate. No reason ever holds a value from the file. Not thread-safe.
 *
 * <p>Required and non-blank: my_number, family_name, given_name, family_name_kana, given_name_kana,
 * birth_date, sex, address (the generator always fills them). postal_code, household_id and
 * bank_account may be empty or absent from the header. Values are stripped of surrounding white
 * space; sex becomes its ISO/IEC 5218 code (M and 男 are "1", F and 女 "2"), a postal code {@code
 * NNN-NNNN}.
 */
public final class PersonCsvReader implements Closeable {
  /**
   * The longest line (or record, with its quoted line breaks) read; longer ones are rejected
   * unread.
   */
  public static final int MAX_LINE_BYTES = 65_536;

  /** Which encoding the file is read in. */
  public enum Encoding {
    /**
     * UTF-8 when the file starts with a UTF-8 byte order mark or its first megabyte reads as UTF-8,
     * else Shift_JIS.
     */
    AUTO,
    UTF_8,
    /** Shift_JIS as Windows writes it: windows-31j (CP932). */
    SHIFT_JIS
  }

  /** A valid person, from the physical line {@code line} (1 is the header). */
  public record Row(long line, PersonData person) {}

  /**
   * A line that was not imported, why, and {@code ****-****-1234} or "" when it had no readable
   * number.
   */
  public record Reject(long line, String reason, String maskedNumber) {}

  /**
   * Up to the asked number of rows and rejects, in line order within each list; both empty at the
   * end.
   */
  public record Batch(List<Row> rows, List<Reject> rejects) {
    public boolean isEmpty() {
      return rows.isEmpty() && rejects.isEmpty();
    }

    /** The persons of {@link #rows()}, in order. */
    public List<PersonData> persons() {
      return rows.stream().map(Row::person).toList();
    }
  }

  /**
   * How to read: the encoding, the header name of each field ({@link Field#column()} for the fields
   * not in {@code columns}), and the clock that says which birth dates are in the future.
   */
  public record Options(Encoding encoding, Map<Field, String> columns, Clock clock) {
    public Options {
      Objects.requireNonNull(encoding, "encoding");
      columns = Map.copyOf(columns);
      Objects.requireNonNull(clock, "clock");
    }

    /** Detected encoding, the generator's column names, the clock of Japan. */
    public static Options defaults() {
      return new Options(
          Encoding.AUTO,
          Map.of(),
          ClockConfiguration.systemClock().withZone(ZoneId.of("Asia/Tokyo")));
    }

    public Options withEncoding(Encoding e) {
      return new Options(e, columns, clock);
    }

    /**
     * These options with the header names given as {@code field=header} pairs separated by commas,
     * such as {@code my_number=個人番号,family_name=氏}; names are matched after NFKC, trimming and
     * lower-casing.
     *
     * @throws IllegalArgumentException for an unknown field, a field given twice or a pair without
     *     '='
     */
    public Options withColumns(String spec) {
      Map<Field, String> merged = new EnumMap<>(Field.class);
      merged.putAll(columns);
      merged.putAll(CsvHeader.parseMapping(spec));
      return new Options(encoding, merged, clock);
    }

    public Options withClock(Clock c) {
      return new Options(encoding, columns, c);
    }
  }

  private final InputStream in;
  private final long totalBytes;
  private final Charset charset;
  private final int bom;
  private final CsvRecords records;
  private final PersonRowReader rows;

  private PersonCsvReader(
      InputStream in,
      long totalBytes,
      Charset charset,
      int bom,
      CsvRecords records,
      PersonRowReader rows) {
    this.in = in;
    this.totalBytes = totalBytes;
    this.charset = charset;
    this.bom = bom;
    this.records = records;
    this.rows = rows;
  }

  /**
   * Opens {@code file} and reads its header.
   *
   * @throws PersonCsvException when the file is empty, not UTF-8 or Shift_JIS, or its header lacks
   *     a required column
   * @throws IOException when the file cannot be read
   */
  public static PersonCsvReader open(Path file, Options options) throws IOException {
    long size = Files.size(file);
    return open(Files.newInputStream(file), size, options);
  }

  /**
   * The fields every file must have a column for (and every row a value in): what a package to be
   * imported by this reader must carry.
   */
  public static java.util.Set<mamori.core.Field> requiredFields() {
    return CsvHeader.REQUIRED;
  }

  /**
   * Like {@link #open(Path, Options)} on a stream, which the reader takes over and closes.
   *
   * @param totalBytes the stream's length for {@link #totalBytes()}, or -1 when unknown
   */
  public static PersonCsvReader open(InputStream in, long totalBytes, Options options)
      throws IOException {
    try {
      return start(in, totalBytes, options);
    } catch (IOException | RuntimeException | Error e) {
      try {
        in.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private static PersonCsvReader start(InputStream in, long totalBytes, Options options)
      throws IOException {
    byte[] sample = in.readNBytes(CsvCharsets.SAMPLE);
    Charset charset =
        switch (options.encoding()) {
          case UTF_8 -> StandardCharsets.UTF_8;
          case SHIFT_JIS -> CsvCharsets.CP932;
          case AUTO -> CsvCharsets.detect(sample, sample.length);
        };
    if (charset == null) {
      throw new PersonCsvException("the file is UTF-16; save it as UTF-8 or Shift_JIS (CSV)");
    }
    int bom =
        charset.equals(StandardCharsets.UTF_8)
            ? CsvCharsets.utf8BomLength(sample, sample.length)
            : 0;
    InputStream rest =
        new SequenceInputStream(new ByteArrayInputStream(sample, bom, sample.length - bom), in);
    CsvRecords records = new CsvRecords(rest, MAX_LINE_BYTES);
    if (!records.next()) {
      throw new PersonCsvException("the file is empty: it has no header line");
    }
    if (records.error() != null) {
      throw new PersonCsvException("the header line cannot be read: " + records.error());
    }
    if (records.fields() > CsvRecords.MAX_COLUMNS) {
      throw new PersonCsvException(
          String.format(
              "the header line has %,d columns; at most %,d are read",
              records.fields(), CsvRecords.MAX_COLUMNS));
    }
    List<String> names = new ArrayList<>(records.fields());
    for (int i = 0; i < records.fields(); i++) {
      names.add(records.text(i, charset));
    }
    int[] columnOf = CsvHeader.resolve(names, options.columns());
    LocalDate today = LocalDate.now(options.clock());
    return new PersonCsvReader(
        in,
        totalBytes,
        charset,
        bom,
        records,
        new PersonRowReader(charset, columnOf, names.size(), today));
  }

  /** The next rows and rejects, at most {@code max} of them together; an empty batch at the end. */
  public Batch next(int max) throws IOException {
    if (max < 1) {
      throw new IllegalArgumentException("max must be positive");
    }
    List<Row> valid = new ArrayList<>(Math.min(max, 4096));
    List<Reject> rejected = new ArrayList<>();
    while (valid.size() + rejected.size() < max && records.next()) {
      switch (rows.read(records)) {
        case Row r -> valid.add(r);
        case Reject r -> rejected.add(r);
        case null, default -> {} // a blank line
      }
    }
    return new Batch(valid, rejected);
  }

  /** The charset the file is read in: UTF-8 or windows-31j. */
  public Charset charset() {
    return charset;
  }

  /** Bytes of the file read so far, for a progress bar against {@link #totalBytes()}. */
  public long bytesRead() {
    return bom + records.position();
  }

  /** The file's size in bytes, or -1 when unknown. */
  public long totalBytes() {
    return totalBytes;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
