package mamori.number.scan;

import static mamori.number.MaskedTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Findings must not depend on where the fixed buffer happens to refill or cut the text, as long as
 * no the buffer holds the overlap of a forced cut: a run of digits and single separators longer
 * than the buffer is cut anyway, and numbers across the cut are found exactly once. Seeds, never
 * numbers, are sampled.
 */
class TextScannerProperties {
  private static final String[] PIECES = {
    "個人番号 ", "abc ", "電話 090-1234-5678 ", "  ", "x", "\n", "\r\n", "12x", " - "
  };

  @Test
  void numbersAndLines_doNotDependOnTheBufferSize() {
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(40, 200))
        .checkAssert((seed, capacity) -> {
          String text = randomText(new Random(seed));
          assertThat(numbersAndLines(scan(text, capacity)))
              .isEqualTo(numbersAndLines(scan(text, 1 << 16)));
        });
  }

  @Test
  void findings_doNotDependOnTheBufferSize_whenLinesFitInIt() {
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(64, 200))
        .checkAssert((seed, capacity) -> {
          String text = randomText(new Random(seed)).replaceAll("([^\n]{40})", "$1\n");
          assertThat(scan(text, capacity)).isEqualTo(scan(text, 1 << 16));
        });
  }

  @Test
  void numbersInRunsLongerThanTheBuffer_doNotDependOnTheBufferSize() {
    qt().withExamples(200)
        .forAll(longs().all(), integers().between(300, 700))
        .checkAssert((seed, capacity) -> {
          String text = longRunText(new Random(seed));
          assertThat(numbersAndLines(scan(text, capacity)))
              .isEqualTo(numbersAndLines(scan(text, 1 << 16)));
        });
  }

  /**
   * Lines of up to 4,000 chars made only of numbers, grouped or not, and digit runs, joined by
   * single separators.
   */
  private static String longRunText(Random random) {
    StringBuilder s = new StringBuilder();
    for (int line = 0; line < 3; line++) {
      int length = random.nextInt(4000);
      while (s.length() % 5000 < length) {
        int pick = random.nextInt(5);
        String n = Fixtures.number(String.format("%011d", random.nextLong(100_000_000_000L)));
        s.append(
                switch (pick) {
                  case 0 -> n;
                  case 1 -> Fixtures.grouped(n, "-");
                  case 2 -> Fixtures.grouped(n, " ");
                  case 3 -> String.valueOf(random.nextInt(100_000));
                  default -> n.substring(0, 4) + "-" + n.substring(4);
                })
            .append(random.nextBoolean() ? ' ' : '-');
      }
      s.append(random.nextInt(4) == 0 ? "個人番号\n" : "\n");
      while (s.length() % 5000 != 0) {
        s.append(' ');
      }
    }
    return s.toString();
  }

  private static List<String> numbersAndLines(List<String> findings) {
    return findings.stream()
        .map(f -> f.substring(0, f.indexOf(" (")).replaceAll(" (high|medium|low)$", ""))
        .toList();
  }

  private static List<String> scan(String text, int capacity) {
    Fixtures.Recorder recorder = new Fixtures.Recorder();
    try {
      new TextScanner(Fixtures.TABLE, capacity)
          .scan(new StringReader(text), (char) 0, recorder.judge(Fixtures.TABLE));
    } catch (IOException e) {
      throw new UncheckedIOException(
          e); // a StringReader does not throw; the checks take no checked exception
    }
    return recorder.lines();
  }

  private static String randomText(Random random) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      if (random.nextInt(6) == 0) {
        String n = Fixtures.number(String.format("%011d", random.nextLong(100_000_000_000L)));
        s.append(
                random.nextBoolean()
                    ? n
                    : Fixtures.grouped(n, random.nextBoolean() ? "-" : "\u3000"))
            .append('x');
      } else {
        s.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return s.toString();
  }
}
