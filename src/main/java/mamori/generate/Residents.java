package mamori.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import mamori.number.IndividualNumber;
import mamori.number.InvalidNumberException;

/**
 * Synthetic residents for other modules (the synthetic withholding slips): straight from the
 * generator, or read back from a file {@code mamori generate persons} wrote (the demo's residents).
 */
public final class Residents {
  private Residents() {}

  /**
   * The first {@code count} persons of the generator with {@code seed}: the same persons, in the
   * same order, as the first rows of {@code mamori generate persons --seed seed}.
   */
  public static List<Resident> generate(int count, long seed) {
    if (count < 1 || count > 10_000_000) {
      throw new IllegalArgumentException("count must be from 1 to 10,000,000, not " + count);
    }
    PersonGenerator g = new PersonGenerator(seed);
    List<Resident> out = new ArrayList<>(count);
    while (out.size() < count) {
      for (Person p : g.nextHousehold()) {
        if (out.size() == count) {
          break;
        }
        out.add(Resident.of(p));
      }
    }
    return out;
  }

  /**
   * The persons of a UTF-8 file in the columns {@code mamori generate persons} writes, at most
   * {@code limit} of them.
   *
   * @throws IOException when the file cannot be read or is not in those columns; the message names
   *     the line, never a value
   */
  public static List<Resident> readCsv(Path csv, int limit) throws IOException {
    List<Resident> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null || !header.replace("\uFEFF", "").equals(PersonsCsv.HEADER)) {
        throw new IOException(csv + " does not start with the header of generated persons");
      }
      String line;
      long n = 1;
      while ((line = in.readLine()) != null && out.size() < limit) {
        n++;
        if (line.isEmpty()) {
          continue;
        }
        List<String> f = fields(line);
        if (f.size() != 11) {
          throw new IOException(csv + " line " + n + " does not have 11 fields");
        }
        try {
          out.add(
              new Resident(
                  IndividualNumber.parse(f.get(0)),
                  f.get(1),
                  f.get(2),
                  f.get(3),
                  f.get(4),
                  LocalDate.parse(f.get(5)),
                  f.get(6).isEmpty() ? '?' : f.get(6).charAt(0),
                  f.get(7),
                  f.get(8),
                  Long.parseLong(f.get(9).replace("H", ""))));
        } catch (InvalidNumberException | DateTimeParseException | NumberFormatException e) {
          throw new IOException(csv + " line " + n + " is not a generated person");
        }
      }
    }
    return out;
  }

  /** The fields of one line as {@link Csv} writes them (quoted only when they must be). */
  static List<String> fields(String line) {
    List<String> out = new ArrayList<>(11);
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    out.add(field.toString());
    return out;
  }
}
