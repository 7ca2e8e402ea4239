package mamori.bench;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmarks' output: one {@code name: value} line per figure, decimals to two places, flushed
 * at once.
 */
final class BenchLines {
  private BenchLines() {}

  static void print(PrintWriter out, String name, Object value) {
    String text =
        value instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : String.valueOf(value);
    out.println(name + ": " + text);
    out.flush();
  }

  /**
   * The figures a load process printed as {@code name: value} lines, by name, for the names that
   * start with {@code prefix}; other lines (its warnings) are left out.
   */
  static Map<String, String> parse(List<String> lines, String prefix) {
    Map<String, String> v = new HashMap<>();
    for (String line : lines) {
      int colon = line.indexOf(": ");
      if (line.startsWith(prefix) && colon > 0) {
        v.put(line.substring(0, colon), line.substring(colon + 2).strip());
      }
    }
    return v;
  }
}
