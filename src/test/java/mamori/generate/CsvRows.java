package mamori.generate;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: generated CSV parsed back per RFC 4180, into rows that never print a full number.
 */
final class CsvRows {
  private CsvRows() {}

  /**
   * One parsed line; {@link #toString()} masks the number so a failing assertion cannot leak it.
   */
  record Row(List<String> fields) {
    String myNumber() {
      return fields.get(0);
    }

    String familyName() {
      return fields.get(1);
    }

    String givenName() {
      return fields.get(2);
    }

    String familyNameKana() {
      return fields.get(3);
    }

    String givenNameKana() {
      return fields.get(4);
    }

    String birthDate() {
      return fields.get(5);
    }

    String sex() {
      return fields.get(6);
    }

    String postalCode() {
      return fields.get(7);
    }

    String address() {
      return fields.get(8);
    }

    String householdId() {
      return fields.get(9);
    }

    String bankAccount() {
      return fields.get(10);
    }

    @Override
    public String toString() {
      List<String> shown = new ArrayList<>(fields);
      String n = shown.getFirst();
      shown.set(
          0, "*".repeat(Math.max(0, n.length() - 4)) + n.substring(Math.max(0, n.length() - 4)));
      return shown.toString();
    }
  }

  /** The CSV text of {@code count} persons from {@code seed}, header included. */
  static String generate(long seed, long count) {
    StringWriter out = new StringWriter();
    try {
      PersonsCsv.write(new PersonGenerator(seed), out, count, rows -> {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The data rows of {@code csv}, after checking that its first line is the header. */
  static List<Row> rows(String csv) {
    List<List<String>> lines = parse(csv);
    if (!String.join(",", lines.getFirst()).equals(PersonsCsv.HEADER)) {
      throw new AssertionError("first line is not the header");
    }
    return lines.subList(1, lines.size()).stream().map(Row::new).toList();
  }

  /**
   * Lines of fields; each line must end in CRLF, quoted fields may hold commas, quotes and line
   * breaks.
   */
  static List<List<String>> parse(String text) {
    List<List<String>> lines = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
      if (quoted) {
        if (c != '"') {
          field.append(c);
        } else if (next == '"') {
          field.append('"');
          i++;
        } else {
          quoted = false;
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && next == '\n') {
        fields.add(field.toString());
        field.setLength(0);
        lines.add(List.copyOf(fields));
        fields.clear();
        i++;
      } else if (c == '\r' || c == '\n') {
        throw new AssertionError("bare line break at " + i);
      } else {
        field.append(c);
      }
    }
    if (quoted || !fields.isEmpty() || !field.isEmpty()) {
      throw new AssertionError("last line does not end in CRLF");
    }
    return lines;
  }
}
