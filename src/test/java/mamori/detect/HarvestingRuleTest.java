package mamori.detect;

import static mamori.detect.Records.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mamori.core.Action;
import mamori.core.AlertPolicy;
import mamori.core.Severity;
import mamori.log.AccessRecord;
import org.junit.jupiter.api.Test;

class HarvestingRuleTest {
  static final Instant T0 = Instant.parse("2026-04-01T01:00:00Z");

  /** Reads of persons {@code from} to {@code to - 1}, a second apart, with no listing first. */
  static List<AccessRecord> reads(String actor, int from, int to) {
    List<AccessRecord> all = new ArrayList<>();
    for (int i = from; i < to; i++) {
      all.add(read(actor, person(i), T0.plusSeconds(i)));
    }
    return all;
  }

  @Test
  void ninetyNineDistinctPersons_raiseNothing_theHundredthDoes() {
    HarvestingRule rule = new HarvestingRule();
    RuleSettings s = settings("detect.harvesting.walk", "100000");
    assertThat(feed(rule, s, 0, reads("op", 0, 99))).isEmpty();
    List<Finding> f = feed(rule, s, 99, reads("op", 99, 100));
    assertThat(f).hasSize(1);
    Finding a = f.getFirst();
    assertThat(a.rule()).isEqualTo("detect.harvesting");
    assertThat(a.subject()).isEqualTo("user:op");
    assertThat(a.severity()).isEqualTo(Severity.HIGH);
    assertThat(a.policy()).isEqualTo(AlertPolicy.SUSPEND_ENTRUSTMENT);
    assertThat(a.entrustment()).isEqualTo(ENTRUSTMENT);
    assertThat(a.evidence()).hasSize(100).startsWith(0L, 1L).endsWith(99L);
    assertThat(a.detail()).contains("100 distinct persons read within 10 minutes by op of data-co");
  }

  @Test
  void theSamePersonsReadAgain_countOnce() {
    HarvestingRule rule = new HarvestingRule();
    RuleSettings s = settings("detect.harvesting.persons", "5", "detect.harvesting.walk", "1000");
    List<AccessRecord> all = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      all.add(read("op", person(i % 4), T0.plusSeconds(i)));
    }
    assertThat(feed(rule, s, 0, all)).isEmpty();
    assertThat(feed(rule, s, 40, List.of(read("op", person(9), T0.plusSeconds(41))))).hasSize(1);
  }

  @Test
  void personsOutsideTheWindow_areForgotten() {
    HarvestingRule rule = new HarvestingRule();
    RuleSettings s =
        settings(
            "detect.harvesting.persons", "3",
            "detect.harvesting.walk", "1000",
            "detect.harvesting.window-minutes", "1");
    List<AccessRecord> all =
        List.of(
            read("op", person(1), T0),
            read("op", person(2), T0.plusSeconds(30)),
            read("op", person(3), T0.plusSeconds(61)));
    assertThat(feed(rule, s, 0, all)).isEmpty();
    assertThat(feed(rule, s, 3, List.of(read("op", person(4), T0.plusSeconds(90))))).hasSize(1);
  }

  @Test
  void aWalkAfterAListing_raisesBelowTheDistinctThreshold() {
    HarvestingRule rule = new HarvestingRule();
    RuleSettings s = settings("detect.harvesting.walk", "5");
    List<AccessRecord> all = new ArrayList<>();
    all.add(list("op", T0));
    for (int i = 1; i <= 4; i++) {
      all.add(read("op", person(i), T0.plusSeconds(i)));
    }
    assertThat(feed(rule, s, 0, all)).isEmpty();
    List<Finding> f = feed(rule, s, 5, List.of(read("op", person(5), T0.plusSeconds(5))));
    assertThat(f).hasSize(1);
    assertThat(f.getFirst().detail()).contains("5 persons walked one after another");
    assertThat(f.getFirst().evidence()).containsExactly(1L, 2L, 3L, 4L, 5L);
  }

  @Test
  void aRepeatOrAFind_endsTheWalk() {
    RuleSettings s = settings("detect.harvesting.walk", "3");
    HarvestingRule repeated = new HarvestingRule();
    assertThat(
            feed(
                repeated,
                s,
                0,
                List.of(
                    list("op", T0),
                    read("op", person(1), T0),
                    read("op", person(1), T0),
                    read("op", person(2), T0),
                    read("op", person(3), T0))))
        .isEmpty();
    HarvestingRule found = new HarvestingRule();
    assertThat(
            feed(
                found,
                s,
                0,
                List.of(
                    list("op", T0),
                    read("op", person(1), T0),
                    record("op", CONTRACTOR, List.of(ENTRUSTMENT), Action.FIND, "", allowed(), T0),
                    read("op", person(2), T0),
                    read("op", person(3), T0))))
        .isEmpty();
    HarvestingRule walked = new HarvestingRule();
    assertThat(
            feed(
                walked,
                s,
                0,
                List.of(
                    list("op", T0),
                    read("op", person(1), T0),
                    read("op", person(2), T0),
                    read("op", person(3), T0))))
        .hasSize(1);
  }

  @Test
  void withoutAListing_thereIsNoWalk() {
    HarvestingRule rule = new HarvestingRule();
    RuleSettings s = settings("detect.harvesting.walk", "3", "detect.harvesting.persons", "50");
    assertThat(feed(rule, s, 0, reads("op", 0, 10))).isEmpty();
  }

  @Test
  void refusedReads_andOtherActors_doNotCount() {
    HarvestingRule rule = new HarvestingRule();
    RuleSettings s = settings("detect.harvesting.persons", "3", "detect.harvesting.walk", "100");
    List<AccessRecord> all =
        List.of(
            read("op-a", person(1), T0),
            read("op-b", person(2), T0),
            refused("op-a", CONTRACTOR, mamori.core.Reason.PERSON_OUT_OF_SCOPE, T0),
            read("op-a", person(3), T0));
    assertThat(feed(rule, s, 0, all)).isEmpty();
    assertThat(feed(rule, settings("detect.harvesting.policy", "notify"), 0, reads("x", 0, 100)))
        .extracting(Finding::policy)
        .containsOnly(AlertPolicy.NOTIFY);
  }
}
