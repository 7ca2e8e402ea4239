package mamori.number.scan;

import static mamori.number.MaskedTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Random;
import mamori.number.IndividualNumber;
import org.junit.jupiter.api.Test;

/**
 * Properties over random numbers written in random ways. Parameters are seeds, so that a failing
 * sample reported by QuickTheories is a seed and never a number.
 */
class CandidateFinderProperties {
  private static final String[] SEPARATORS = {"-", " ", "\u3000", "－", "\u2010"};
  private static final String FILLER = "abcあいう漢字.,;:()[]/";
  private final CandidateFinder finder = new CandidateFinder(Fixtures.TABLE);

  @Test
  void aValidNumberInText_isFoundOnce_withItsMask() {
    qt().withExamples(1000)
        .forAll(longs().all())
        .checkAssert(seed -> {
          Random random = new Random(seed);
          String n = randomNumber(random);
          String text = filler(random) + written(n, random) + filler(random);
          char[] a = text.toCharArray();
          List<Candidate> found = finder.find(a, 0, a.length);
          assertThat(found).hasSize(1);
          assertThat(found.getFirst().masked()).isEqualTo(IndividualNumber.parse(n).masked());
        });
  }

  @Test
  void aNumberWithAWrongCheckDigit_isNeverFound() {
    qt().withExamples(1000)
        .forAll(longs().all())
        .checkAssert(seed -> {
          Random random = new Random(seed);
          String n = randomNumber(random);
          String wrong =
              n.substring(0, 11) + (char) ('0' + (n.charAt(11) - '0' + 1 + random.nextInt(9)) % 10);
          char[] a = (filler(random) + written(wrong, random) + filler(random)).toCharArray();
          assertThat(finder.find(a, 0, a.length)).isEmpty();
        });
  }

  @Test
  void candidatesNeverOverlap_andAreInOrder() {
    qt().withExamples(1000)
        .forAll(longs().all())
        .checkAssert(seed -> {
          Random random = new Random(seed);
          StringBuilder text = new StringBuilder();
          for (int i = 0; i < 40; i++) {
            text.append(random.nextInt(10_000))
                .append(random.nextInt(4) == 0 ? "x" : SEPARATORS[random.nextInt(2)]);
          }
          char[] a = text.toString().toCharArray();
          int end = 0;
          for (Candidate c : finder.find(a, 0, a.length)) {
            assertThat(c.start()).isGreaterThanOrEqualTo(end);
            end = c.end();
          }
        });
  }

  private static String randomNumber(Random random) {
    StringBuilder eleven = new StringBuilder();
    for (int i = 0; i < 11; i++) {
      eleven.append((char) ('0' + random.nextInt(10)));
    }
    return Fixtures.number(eleven.toString());
  }

  private static String written(String n, Random random) {
    String s =
        switch (random.nextInt(3)) {
          case 0 -> n;
          case 1 -> Fixtures.grouped(n, SEPARATORS[random.nextInt(SEPARATORS.length)]);
          default -> n.substring(0, 2) + "-" + n.substring(2, 7) + "-" + n.substring(7);
        };
    return random.nextBoolean() ? Fixtures.fullWidth(s) : s;
  }

  private static String filler(Random random) {
    StringBuilder s = new StringBuilder();
    for (int i = random.nextInt(6); i > 0; i--) {
      s.append(FILLER.charAt(random.nextInt(FILLER.length())));
    }
    return s.append(FILLER.charAt(random.nextInt(FILLER.length()))).toString();
  }
}
