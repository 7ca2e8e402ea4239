package mamori.number.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Findings must not depend on where the fixed buffer happens to refill or cut the text, as long as no
 * run of digits and single separators is longer than the buffer (such a run is dropped by design; the
 * texts here keep runs under 40 chars). Seeds, never numbers, are sampled.
 */
class TextScannerProperties {
  private static final String[] PIECES = {"個人番号 ", "abc ", "電話 090-1234-5678 ", "  ", "x", "\n", "\r\n", "12x", " - "};

  @Property(tries = 300)
  void numbersAndLines_doNotDependOnTheBufferSize(
      @ForAll long seed, @ForAll @IntRange(min = 40, max = 200) int capacity) throws IOException {
    String text = randomText(new Random(seed));
    assertThat(numbersAndLines(scan(text, capacity))).isEqualTo(numbersAndLines(scan(text, 1 << 16)));
  }

  @Property(tries = 300)
  void findings_doNotDependOnTheBufferSize_whenLinesFitInIt(
      @ForAll long seed, @ForAll @IntRange(min = 64, max = 200) int capacity) throws IOException {
    String text = randomText(new Random(seed)).replaceAll("([^\n]{40})", "$1\n");
    assertThat(scan(text, capacity)).isEqualTo(scan(text, 1 << 16));
  }

  private static List<String> numbersAndLines(List<String> findings) {
    return findings.stream().map(f -> f.substring(0, f.indexOf(" (")).replaceAll(" (high|medium|low)$", "")).toList();
  }

  private static List<String> scan(String text, int capacity) throws IOException {
    Fixtures.Recorder recorder = new Fixtures.Recorder();
    new TextScanner(Fixtures.TABLE, capacity).scan(new StringReader(text), (char) 0, recorder.judge(Fixtures.TABLE));
    return recorder.lines();
  }

  private static String randomText(Random random) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      if (random.nextInt(6) == 0) {
        String n = Fixtures.number(String.format("%011d", random.nextLong(100_000_000_000L)));
        s.append(random.nextBoolean() ? n : Fixtures.grouped(n, random.nextBoolean() ? "-" : "\u3000")).append('x');
      } else {
        s.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return s.toString();
  }
}
