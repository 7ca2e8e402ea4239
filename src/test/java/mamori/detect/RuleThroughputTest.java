package mamori.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mamori.core.Action;
import mamori.core.Reason;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The example rules run far faster than the log appends: every rule of the example file over
 * records of a busy morning, measured after a warm-up. The bound asserted is deliberately loose
 * (shared build machines); docs/performance.md has the figure measured.
 */
@Tag("timed") // it times itself: run alone, in the one-fork execution (docs/testing.md)
class RuleThroughputTest {
  @Test
  void theExampleRules_evaluateHalfAMillionPerSecond_orMore() throws Exception {
    List<Rule> rules =
        RuleFile.compile(Files.readString(Path.of("docs/detection-rules.example.yml")));
    List<Seen> seen = new ArrayList<>();
    for (int i = 0; i < 4096; i++) {
      CityRecords.R r =
          CityRecords.r()
              .actor("op-" + (i % 37))
              .person("p-" + i)
              .action(i % 5 == 0 ? Action.PRINT : Action.READ)
              .at(CityRecords.NOON.plusMillis(250L * i));
      if (i % 11 == 0) {
        r.denied(Reason.PERSON_NOT_FOUND);
      }
      seen.add(r.seen(i));
    }
    long evaluations = 0;
    long start = 0;
    int rounds = 120;
    for (int round = 0; round < rounds; round++) {
      if (round == rounds / 4) {
        start = System.nanoTime();
        evaluations = 0;
      }
      for (Seen s : seen) {
        for (Rule rule : rules) {
          rule.test(s, CityRecords.NO_SETTINGS);
          evaluations++;
        }
      }
    }
    double perSecond = evaluations / ((System.nanoTime() - start) / 1e9);
    System.out.printf(
        "detect.city_rule_evaluations_per_s %.0f (%d rules)%n", perSecond, rules.size());
    assertThat(perSecond).isGreaterThan(500_000);
  }
}
