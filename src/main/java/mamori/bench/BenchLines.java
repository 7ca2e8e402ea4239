package mamori.bench;

import java.io.PrintWriter;
import java.util.Locale;

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
}
