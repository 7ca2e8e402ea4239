package mamori.vault;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import mamori.core.Field;

/**
 * Finds each field's column in a header line. Names are compared after NFKC, trimming and
 * lower-casing, so {@code ＭＹ_ＮＵＭＢＥＲ } finds {@code my_number}. Columns that name no field are
 * ignored; a field named by two columns, or a required field named by none, makes the file
 * unreadable.
 */
final class CsvHeader {
  /** The fields a row must have, non-blank; the others may be absent from the file or empty. */
  static final Set<Field> REQUIRED =
      Set.of(
          Field.MY_NUMBER,
          Field.FAMILY_NAME,
          Field.GIVEN_NAME,
          Field.FAMILY_NAME_KANA,
          Field.GIVEN_NAME_KANA,
          Field.BIRTH_DATE,
          Field.SEX,
          Field.ADDRESS);

  private CsvHeader() {}

  /**
   * Parses a mapping such as {@code my_number=個人番号,family_name=氏}: field column names to header
   * names.
   *
   * @throws IllegalArgumentException for an unknown field, a field given twice, or a pair without
   *     '='
   */
  static Map<Field, String> parseMapping(String spec) {
    Map<Field, String> out = new EnumMap<>(Field.class);
    for (String pair : spec.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException(
            "column mapping '" + pair.strip() + "' lacks '=': use field=header");
      }
      String key = normalize(pair.substring(0, eq));
      String header = pair.substring(eq + 1).strip();
      Field field =
          Field.ofColumn(key)
              .orElseThrow(() ->
                  new IllegalArgumentException(
                      "unknown field '"
                          + key
                          + "' in column mapping; fields are "
                          + columnList(Arrays.asList(Field.values()))));
      if (header.isEmpty()) {
        throw new IllegalArgumentException("column mapping for " + key + " names no header");
      }
      if (out.put(field, header) != null) {
        throw new IllegalArgumentException("column mapping names " + key + " twice");
      }
    }
    return out;
  }

  /**
   * The column of each field in {@code names}, -1 where absent, indexed by {@link Field#ordinal()}.
   *
   * @param headers the header name of each field; a field missing here uses its {@link
   *     Field#column()}
   */
  static int[] resolve(List<String> names, Map<Field, String> headers) throws PersonCsvException {
    int[] columnOf = new int[Field.values().length];
    Arrays.fill(columnOf, -1);
    List<String> normalized = names.stream().map(CsvHeader::normalize).toList();
    List<Field> missing = new ArrayList<>();
    for (Field f : Field.values()) {
      String wanted = normalize(headers.getOrDefault(f, f.column()));
      int first = normalized.indexOf(wanted);
      if (first >= 0 && normalized.lastIndexOf(wanted) != first) {
        throw new PersonCsvException(
            "the header names the column for "
                + f.column()
                + " twice (columns "
                + (first + 1)
                + " and "
                + (normalized.lastIndexOf(wanted) + 1)
                + ")");
      }
      columnOf[f.ordinal()] = first;
      if (first < 0 && REQUIRED.contains(f)) {
        missing.add(f);
      }
    }
    if (!missing.isEmpty()) {
      boolean none = Arrays.stream(columnOf).allMatch(c -> c < 0);
      throw new PersonCsvException(
          "the header line lacks the required column"
              + (missing.size() > 1 ? "s " : " ")
              + columnList(missing)
              + (none ? "; is the first line a header? " : "; ")
              + "map other names with field=header pairs, such as my_number=個人番号");
    }
    return columnOf;
  }

  static String normalize(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
  }

  private static String columnList(List<Field> fields) {
    return fields.stream().map(Field::column).collect(Collectors.joining(", "));
  }
}
