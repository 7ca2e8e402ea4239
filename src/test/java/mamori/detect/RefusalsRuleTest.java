package mamori.detect;

import static mamori.detect.Records.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mamori.core.AlertPolicy;
import mamori.core.Reason;
import mamori.core.Severity;
import mamori.log.AccessRecord;
import org.junit.jupiter.api.Test;

class RefusalsRuleTest {
  static final Instant T0 = Instant.parse("2026-04-01T01:00:00Z");

  static List<AccessRecord> burst(String actor, String org, int n, Duration gap) {
    List<AccessRecord> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(refused(actor, org, Reason.CHAIN_NOT_APPROVED, T0.plus(gap.multipliedBy(i))));
    }
    return all;
  }

  @Test
  void nineRefusals_raiseNothing_theTenthRaisesTheActorAlert() {
    RefusalsRule rule = new RefusalsRule();
    assertThat(feed(rule, settings(), 0, burst("sub-op", "sub-co", 9, Duration.ofSeconds(1))))
        .isEmpty();
    List<Finding> f =
        feed(
            rule,
            settings(),
            9,
            List.of(refused("sub-op", "sub-co", Reason.CHAIN_NOT_APPROVED, T0.plusSeconds(9))));
    assertThat(f).hasSize(1);
    Finding a = f.getFirst();
    assertThat(a.rule()).isEqualTo("detect.refusals");
    assertThat(a.subject()).isEqualTo("user:sub-op");
    assertThat(a.severity()).isEqualTo(Severity.HIGH);
    assertThat(a.policy()).isEqualTo(AlertPolicy.NOTIFY);
    assertThat(a.evidence()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    assertThat(a.detail()).contains("10 refusals within 10 minutes").contains("chain.not-approved");
    assertThat(a.entrustment()).isEqualTo(ENTRUSTMENT);
    assertThat(a.user()).isEqualTo("sub-op");
  }

  @Test
  void refusalsSpreadBeyondTheWindow_raiseNothing() {
    RefusalsRule rule = new RefusalsRule();
    // ten refusals a little more than a minute apart: never ten within ten minutes
    assertThat(feed(rule, settings(), 0, burst("op", "co", 30, Duration.ofSeconds(67)))).isEmpty();
    // exactly on the window's edge the first still counts
    RefusalsRule edge = new RefusalsRule();
    List<AccessRecord> tight = burst("op", "co", 10, Duration.ofSeconds(60));
    assertThat(Duration.between(tight.getFirst().time(), tight.getLast().time()))
        .isEqualTo(Duration.ofMinutes(9));
    assertThat(feed(edge, settings(), 0, tight)).hasSize(1);
    RefusalsRule past = new RefusalsRule();
    assertThat(
            feed(
                past,
                settings("detect.refusals.window-minutes", "8"),
                0,
                burst("op", "co", 10, Duration.ofSeconds(60))))
        .isEmpty();
  }

  @Test
  void anOrganisationsActors_togetherReachItsThreshold() {
    RefusalsRule rule = new RefusalsRule();
    RuleSettings s = settings("detect.refusals.organisation", "6", "detect.refusals.actor", "5");
    List<AccessRecord> all = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      all.add(refused("op-" + (i % 3), "sub-co", Reason.PERSON_NOT_FOUND, T0.plusSeconds(i)));
    }
    List<Finding> f = feed(rule, s, 0, all);
    assertThat(f).extracting(Finding::subject).containsExactly("organisation:sub-co");
    assertThat(f.getFirst().evidence()).hasSize(6);
  }

  @Test
  void allowedAccesses_andTheSystemsOwnRefusals_areNotCounted() {
    RefusalsRule rule = new RefusalsRule();
    RuleSettings s = settings("detect.refusals.actor", "2");
    assertThat(feed(rule, s, 0, List.of(read("op", person(1), T0), read("op", person(2), T0))))
        .isEmpty();
    assertThat(
            feed(
                rule,
                s,
                2,
                List.of(
                    refused("mamori.detect", TENANT.value(), Reason.STATE_INVALID, T0),
                    refused("mamori.detect", TENANT.value(), Reason.STATE_INVALID, T0))))
        .isEmpty();
  }

  @Test
  void aMalformedThreshold_isTheDefault_andThePolicyIsTheTenants() {
    RefusalsRule rule = new RefusalsRule();
    RuleSettings s =
        settings("detect.refusals.actor", "ten", "detect.refusals.policy", "suspend-entrustment");
    List<Finding> f = feed(rule, s, 0, burst("op", "co", 10, Duration.ofSeconds(1)));
    assertThat(f).hasSize(1);
    assertThat(f.getFirst().policy()).isEqualTo(AlertPolicy.SUSPEND_ENTRUSTMENT);
    assertThat(rule.window(settings("detect.refusals.window-minutes", "0")))
        .isEqualTo(Duration.ofMinutes(10));
  }
}
