package mamori.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one benchmark run printed: its {@code name: value} lines on standard output, and standard
 * error.
 */
record BenchRun(String out, String err) {
  /** A benchmark's run, printing on the two streams. */
  interface Bench {
    void run(PrintWriter out, PrintWriter err) throws Exception;
  }

  static BenchRun of(Bench bench) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    bench.run(new PrintWriter(out, true), new PrintWriter(err, true));
    return new BenchRun(out.toString(), err.toString());
  }

  List<String> lines() {
    return out.lines().toList();
  }

  /** The number on the line {@code name: <number>}, which must be there. */
  double figure(String name) {
    Matcher m =
        Pattern.compile("(?m)^" + Pattern.quote(name) + ": (\\d+(?:\\.\\d+)?)$").matcher(out);
    assertThat(m.find()).as("line '%s: <number>' in%n%s", name, out).isTrue();
    return Double.parseDouble(m.group(1));
  }
}
