package mamori.detect;

import static mamori.detect.Records.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import mamori.core.AlertPolicy;
import mamori.core.Severity;
import mamori.log.AccessRecord;
import org.junit.jupiter.api.Test;

class VolumeRuleTest {
  /** 10:00 in Tokyo, at the start of an hour-long window. */
  static final Instant T0 = Instant.parse("2026-04-01T01:00:00Z");

  static final RuleSettings QUIET =
      settings("detect.volume.organisation-floor", "1000000", "detect.volume.cap-percent", "100");

  static List<AccessRecord> reads(String actor, int n, Instant from, Duration gap) {
    List<AccessRecord> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(read(actor, person(i), from.plus(gap.multipliedBy(i))));
    }
    return all;
  }

  @Test
  void aNewActor_isJudgedByTheFloor() {
    VolumeRule rule = new VolumeRule(Caps.NONE);
    assertThat(feed(rule, QUIET, 0, reads("op", 199, T0, Duration.ofSeconds(1)))).isEmpty();
    List<Finding> f = feed(rule, QUIET, 199, List.of(read("op", person(500), T0.plusSeconds(199))));
    assertThat(f).hasSize(1);
    Finding a = f.getFirst();
    assertThat(a.rule()).isEqualTo("detect.volume");
    assertThat(a.subject()).isEqualTo("user:op");
    assertThat(a.severity()).isEqualTo(Severity.HIGH);
    assertThat(a.policy()).isEqualTo(AlertPolicy.NOTIFY);
    assertThat(a.detail()).contains("200 reads within 60 minutes (no baseline yet, threshold 200)");
    assertThat(a.evidence()).hasSize(200);
    // once per window
    assertThat(feed(rule, QUIET, 200, List.of(read("op", person(501), T0.plusSeconds(200)))))
        .isEmpty();
  }

  @Test
  void anActorsBaseline_raisesItsThresholdAboveTheFloor() {
    VolumeRule rule = new VolumeRule(Caps.NONE);
    RuleSettings s =
        settings(
            "detect.volume.floor", "10",
            "detect.volume.factor", "3",
            "detect.volume.decay-percent", "100",
            "detect.volume.organisation-floor", "1000000",
            "detect.volume.cap-percent", "100");
    // the first window: 9 reads, below the floor of 10
    assertThat(feed(rule, s, 0, reads("op", 9, T0, Duration.ofSeconds(1)))).isEmpty();
    // the next window: the baseline is 9, so the threshold is 27; 26 reads raise nothing (the
    // sliding window no longer holds the first window's reads)
    Instant next = T0.plus(Duration.ofMinutes(70));
    assertThat(feed(rule, s, 9, reads("op", 26, next, Duration.ofSeconds(10)))).isEmpty();
    List<Finding> f = feed(rule, s, 35, List.of(read("op", person(99), next.plusSeconds(300))));
    assertThat(f).hasSize(1);
    assertThat(f.getFirst().detail()).contains("27 reads").contains("baseline 9, threshold 27");
  }

  @Test
  void anEmptyWindow_decaysTheBaseline() {
    VolumeRule.Reads r = new VolumeRule.Reads();
    Duration w = Duration.ofHours(1);
    r.roll(T0, w, 0.5);
    r.periodCount = 100;
    r.roll(T0.plus(w), w, 0.5);
    assertThat(r.baseline).isEqualTo(100.0);
    r.roll(T0.plus(w.multipliedBy(3)), w, 0.5);
    // one window of 0 reads, then the current one: 100 -> 50 -> 25
    assertThat(r.baseline).isEqualTo(25.0);
    assertThat(r.threshold(10, 200)).isEqualTo(250);
    assertThat(r.threshold(10, 300)).isEqualTo(300);
  }

  @Test
  void anOrganisation_isJudgedByItsOwnFloor() {
    VolumeRule rule = new VolumeRule(Caps.NONE);
    RuleSettings s =
        settings(
            "detect.volume.floor", "1000",
            "detect.volume.organisation-floor", "4",
            "detect.volume.cap-percent", "100");
    List<AccessRecord> all = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      all.add(read("op-" + i, person(i), T0.plusSeconds(i)));
    }
    List<Finding> f = feed(rule, s, 0, all);
    assertThat(f).extracting(Finding::subject).containsExactly("organisation:data-co");
    assertThat(f).extracting(Finding::rule).containsExactly("detect.volume");
  }

  @Test
  void anEntrustmentNearingItsCap_raisesOnceADay() {
    Caps caps = (t, e) -> e.equals(ENTRUSTMENT) ? OptionalLong.of(20) : OptionalLong.empty();
    VolumeRule rule = new VolumeRule(caps);
    RuleSettings s = settings();
    // 90% of 20 is 18: the 17th read raises nothing, the 18th does, the 19th nothing
    assertThat(feed(rule, s, 0, reads("op", 17, T0, Duration.ofSeconds(1)))).isEmpty();
    List<Finding> f = feed(rule, s, 17, List.of(read("op", person(17), T0.plusSeconds(17))));
    assertThat(f).extracting(Finding::subject).containsExactly("entrustment:" + ENTRUSTMENT);
    // its own kind: nearing a cap is not reading far above one's baseline
    assertThat(f).extracting(Finding::rule).containsExactly("detect.volume-cap");
    assertThat(f.getFirst().detail())
        .isEqualTo(
            "18 reads today by the entrustment " + ENTRUSTMENT + ", 90% of its daily cap of 20");
    assertThat(f.getFirst().evidence()).containsExactly(17L);
    assertThat(feed(rule, s, 18, List.of(read("op", person(18), T0.plusSeconds(18))))).isEmpty();
    // the next day in Tokyo (15:00 UTC is midnight there) counts afresh
    Instant tomorrow = Instant.parse("2026-04-01T15:00:00Z");
    assertThat(feed(rule, s, 19, reads("op", 18, tomorrow, Duration.ofSeconds(1))))
        .extracting(Finding::subject)
        .containsExactly("entrustment:" + ENTRUSTMENT);
  }

  @Test
  void aStaffMemberNearingStaffDailyReads_raises() {
    VolumeRule rule = new VolumeRule(Caps.NONE);
    RuleSettings s = settings("staff.daily-reads", "10", "detect.volume.cap-percent", "50");
    List<AccessRecord> all = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      all.add(staffRead("clerk", person(i), T0.plusSeconds(i)));
    }
    assertThat(feed(rule, s, 0, all)).isEmpty();
    List<Finding> f = feed(rule, s, 4, List.of(staffRead("clerk", person(4), T0.plusSeconds(4))));
    assertThat(f).extracting(Finding::subject).containsExactly("user:clerk");
    assertThat(f).extracting(Finding::rule).containsExactly(VolumeRule.CAP_ID);
    assertThat(f.getFirst().detail()).contains("5 reads today by the staff member clerk, 50%");
    assertThat(f.getFirst().entrustment()).isEmpty();
  }

  @Test
  void theWindowReplayed_isADay() {
    VolumeRule rule = new VolumeRule(Caps.NONE);
    assertThat(rule.window(settings())).isEqualTo(Duration.ofDays(1));
    assertThat(rule.window(settings("detect.volume.window-minutes", "1440")))
        .isEqualTo(Duration.ofDays(1));
  }
}
