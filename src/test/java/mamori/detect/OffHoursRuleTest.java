package mamori.detect;

import static mamori.detect.Records.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import mamori.core.Action;
import mamori.core.AlertPolicy;
import mamori.core.Severity;
import mamori.log.AccessRecord;
import org.junit.jupiter.api.Test;

class OffHoursRuleTest {
  /** A Wednesday in Tokyo at the given local time. */
  static Instant wednesday(String hhmm) {
    return java.time.LocalDateTime.parse("2026-04-01T" + hhmm + ":00")
        .atZone(VolumeRule.TOKYO)
        .toInstant();
  }

  static List<Finding> at(OffHoursRule rule, RuleSettings s, Instant t) {
    return feed(rule, s, 7, List.of(read("op", person(1), t)));
  }

  @Test
  void theWorkingDaysEdges() {
    OffHoursRule rule = new OffHoursRule();
    RuleSettings s = settings();
    assertThat(at(rule, s, wednesday("07:59"))).hasSize(1);
    assertThat(at(rule, s, wednesday("08:00"))).isEmpty();
    assertThat(at(rule, s, wednesday("18:59"))).isEmpty();
    List<Finding> f = at(rule, s, wednesday("19:00"));
    assertThat(f).hasSize(1);
    Finding a = f.getFirst();
    assertThat(a.rule()).isEqualTo("detect.off-hours");
    assertThat(a.subject()).isEqualTo("user:op");
    assertThat(a.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(a.policy()).isEqualTo(AlertPolicy.NOTIFY);
    assertThat(a.evidence()).containsExactly(7L);
    assertThat(a.detail())
        .isEqualTo(
            "read by op of data-co at 2026-04-01T19:00 Asia/Tokyo, outside working hours"
                + " 08:00-19:00");
  }

  @Test
  void anOrganisationsOwnHours_overrideTheTenants() {
    OffHoursRule rule = new OffHoursRule();
    RuleSettings s =
        settings(
            "detect.off-hours.hours",
            "09:00-17:00",
            "detect.off-hours.hours.data-co",
            "06:00-22:00");
    assertThat(at(rule, s, wednesday("21:59"))).isEmpty();
    assertThat(at(rule, s, wednesday("22:00"))).hasSize(1);
    assertThat(at(rule, settings("detect.off-hours.hours", "09:00-17:00"), wednesday("08:59")))
        .hasSize(1);
    // a malformed or reversed setting is the default
    assertThat(at(rule, settings("detect.off-hours.hours", "17:00-09:00"), wednesday("08:30")))
        .isEmpty();
    assertThat(at(rule, settings("detect.off-hours.hours", "nine to five"), wednesday("18:30")))
        .isEmpty();
  }

  @Test
  void weekends_areOffHoursUnlessTurnedOn() {
    OffHoursRule rule = new OffHoursRule();
    Instant saturdayNoon = Instant.parse("2026-04-04T03:00:00Z");
    List<Finding> f = at(rule, settings(), saturdayNoon);
    assertThat(f).hasSize(1);
    assertThat(f.getFirst().detail()).endsWith("(a weekend)");
    assertThat(at(rule, settings("detect.off-hours.weekends", "on"), saturdayNoon)).isEmpty();
    Instant sundayNoon = Instant.parse("2026-04-05T03:00:00Z");
    assertThat(at(rule, settings(), sundayNoon)).hasSize(1);
    Instant mondayNoon = Instant.parse("2026-04-06T03:00:00Z");
    assertThat(at(rule, settings(), mondayNoon)).isEmpty();
  }

  @Test
  void signInsAdministrationTheSystemAndReplays_areNotJudged() {
    OffHoursRule rule = new OffHoursRule();
    Instant night = wednesday("02:00");
    AccessRecord signin = record("op", CONTRACTOR, List.of(), Action.SIGNIN, "", allowed(), night);
    AccessRecord suspend =
        record(
            "officer", TENANT.value(), List.of(), Action.ENTRUSTMENT_SUSPEND, "", allowed(), night);
    AccessRecord system = read("mamori.detect", person(1), night);
    assertThat(feed(rule, settings(), 0, List.of(signin, suspend, system))).isEmpty();
    assertThat(rule.test(new Seen(TENANT, 0, read("op", person(1), night), true), settings()))
        .isEmpty();
    assertThat(feed(rule, settings(), 0, List.of(list("op", night)))).hasSize(1);
  }
}
