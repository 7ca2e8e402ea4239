package mamori.detect;

import static mamori.detect.CityRecords.detection;
import static mamori.detect.CityRecords.matches;
import static mamori.detect.CityRecords.r;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mamori.core.Action;
import mamori.core.AlertPolicy;
import mamori.core.Field;
import mamori.core.Reason;
import mamori.core.Severity;
import org.junit.jupiter.api.Test;

class CityRuleTest {

  private static String sel(String body) {
    return "selection:\n" + body.indent(2) + "condition: selection\n";
  }

  @Test
  void plainValue_matchesTheWholeValue_ignoringCase() {
    assertThat(matches(sel("actor: op-1"), r())).isTrue();
    assertThat(matches(sel("actor: OP-1"), r())).isTrue();
    assertThat(matches(sel("actor: op-"), r())).isFalse();
    assertThat(matches(sel("actor: op-12"), r())).isFalse();
  }

  @Test
  void cased_matchesCaseExactly() {
    assertThat(matches(sel("actor|cased: OP-1"), r())).isFalse();
    assertThat(matches(sel("actor|cased: op-1"), r())).isTrue();
  }

  @Test
  void aListOfValues_matchesAnyOfThem() {
    assertThat(matches(sel("action: [print, read]"), r())).isTrue();
    assertThat(matches(sel("action: [print, package]"), r())).isFalse();
  }

  @Test
  void startswith_endswith_contains() {
    assertThat(matches(sel("organisation|startswith: o-con"), r())).isTrue();
    assertThat(matches(sel("organisation|startswith: contractor"), r())).isFalse();
    assertThat(matches(sel("organisation|endswith: TRACTOR"), r())).isTrue();
    assertThat(matches(sel("organisation|endswith: o-contractorx"), r())).isFalse();
    assertThat(matches(sel("organisation|contains: ntrac"), r())).isTrue();
    assertThat(matches(sel("organisation|contains: ntrax"), r())).isFalse();
    assertThat(matches(sel("organisation|contains: o-contractor"), r())).isTrue();
  }

  @Test
  void wildcards_inPlainValues_andEscaped() {
    assertThat(matches(sel("organisation: o-*tor"), r())).isTrue();
    assertThat(matches(sel("organisation: o-?ontractor"), r())).isTrue();
    assertThat(matches(sel("organisation: o-?ntractor"), r())).isFalse();
    assertThat(matches(sel("case: 'c\\*1'"), r().caseRef("c*1"))).isTrue();
    assertThat(matches(sel("case: 'c\\*1'"), r().caseRef("cx1"))).isFalse();
  }

  @Test
  void all_needsEveryValue() {
    assertThat(matches(sel("organisation|contains|all: [o-, tor]"), r())).isTrue();
    assertThat(matches(sel("organisation|contains|all: [o-, tax]"), r())).isFalse();
    assertThat(matches(sel("organisation|contains: [o-, tax]"), r())).isTrue();
  }

  @Test
  void re_findsAnywhere_caseSensitiveUnlessI() {
    assertThat(matches(sel("actor|re: '^op-[0-9]$'"), r())).isTrue();
    assertThat(matches(sel("actor|re: 'p-1'"), r())).isTrue();
    assertThat(matches(sel("actor|re: '^OP'"), r())).isFalse();
    assertThat(matches(sel("actor|re|i: '^OP'"), r())).isTrue();
  }

  @Test
  void manyValuedFields_matchAnyElement_allNeedsEach() {
    assertThat(matches(sel("chain: e-2"), r().chain("e-1", "e-2"))).isTrue();
    assertThat(matches(sel("chain: e-3"), r().chain("e-1", "e-2"))).isFalse();
    assertThat(matches(sel("entrustment: e-2"), r().chain("e-1", "e-2"))).isTrue();
    assertThat(matches(sel("entrustment: e-1"), r().chain("e-1", "e-2"))).isFalse();
    assertThat(
            matches(
                sel("fields|all: [address, family_name]"),
                r().fields(Field.ADDRESS, Field.FAMILY_NAME)))
        .isTrue();
    assertThat(matches(sel("fields|all: [address, family_name]"), r().fields(Field.ADDRESS)))
        .isFalse();
  }

  @Test
  void outcome_reason_decision() {
    var denied = r().denied(Reason.CHAIN_NOT_APPROVED);
    assertThat(matches(sel("outcome: deny"), denied)).isTrue();
    assertThat(matches(sel("outcome: allow"), denied)).isFalse();
    assertThat(matches(sel("outcome: allow"), r())).isTrue();
    assertThat(matches(sel("reason: chain.not-approved"), denied)).isTrue();
    assertThat(matches(sel("reason|startswith: chain."), denied)).isTrue();
    assertThat(matches(sel("reason|startswith: deny"), denied)).isFalse();
    assertThat(matches(sel("reason|re: '^chain'"), denied)).isTrue();
    assertThat(matches(sel("reason: chain.not-approved"), r())).isFalse();
    assertThat(matches(sel("decision: deny:chain.not-approved"), denied)).isTrue();
  }

  @Test
  void nullAndExists_testAnEmptyField() {
    var listing = r().person("").action(Action.LIST).fields();
    assertThat(matches(sel("person: null"), listing)).isTrue();
    assertThat(matches(sel("person: null"), r())).isFalse();
    assertThat(matches(sel("person|exists: true"), r())).isTrue();
    assertThat(matches(sel("person|exists: true"), listing)).isFalse();
    assertThat(matches(sel("reason|exists: false\naction: read"), r())).isTrue();
    assertThat(matches(sel("chain|exists: false\naction: read"), r().chain())).isTrue();
    assertThat(matches(sel("chain|exists: false\naction: read"), r())).isFalse();
  }

  @Test
  void hour_isReadInTokyo_atItsEdges() {
    // 22:00 in Tokyo is 13:00 UTC
    String night = sel("time|hour|gte: 22");
    assertThat(matches(night, r().at("2026-12-07T12:59:59.999Z"))).isFalse();
    assertThat(matches(night, r().at("2026-12-07T13:00:00Z"))).isTrue();
    assertThat(matches(night, r().at("2026-12-07T14:59:59.999Z"))).isTrue();
    assertThat(matches(night, r().at("2026-12-07T15:00:00Z"))).isFalse(); // 00:00 next day
    assertThat(matches(sel("time|hour: [0, 1]"), r().at("2026-12-07T15:00:00Z"))).isTrue();
    assertThat(matches(sel("time|hour|lt: 6"), r().at("2026-12-07T20:59:59Z"))).isTrue();
    assertThat(matches(sel("time|hour|lt: 6"), r().at("2026-12-07T21:00:00Z"))).isFalse();
    assertThat(matches(sel("time|hour|lte: 6"), r().at("2026-12-07T21:00:00Z"))).isTrue();
    assertThat(matches(sel("time|hour|gt: 6"), r().at("2026-12-07T21:00:00Z"))).isFalse();
  }

  @Test
  void weekdayDayMonthYearMinute_inTokyo() {
    // Saturday 2026-12-12 00:30 in Tokyo is Friday 15:30 UTC
    var sat = r().at("2026-12-11T15:30:00Z");
    assertThat(matches(sel("time|weekday: [sat, sun]"), sat)).isTrue();
    assertThat(matches(sel("time|weekday: 6"), sat)).isTrue();
    assertThat(matches(sel("time|weekday: fri"), sat)).isFalse();
    assertThat(matches(sel("time|weekday|gte: 6"), r().at("2026-12-11T14:59:59Z"))).isFalse();
    assertThat(matches(sel("time|day: 12"), sat)).isTrue();
    assertThat(matches(sel("time|month: 12"), sat)).isTrue();
    assertThat(matches(sel("time|year: 2026"), sat)).isTrue();
    assertThat(matches(sel("time|minute: 30"), sat)).isTrue();
    assertThat(matches(sel("time|year: 2027"), r().at("2026-12-31T15:00:00Z"))).isTrue();
    assertThat(matches(sel("time|year: 2027"), r().at("2026-12-31T14:59:59Z"))).isFalse();
  }

  @Test
  void conditions_andOrNot_oneOf_allOf() {
    String d =
        """
        sel_a:
          actor: op-1
        sel_b:
          action: print
        filter:
          organisation: o-city
        condition: 1 of sel_* and not filter
        """;
    assertThat(matches(d, r())).isTrue();
    assertThat(matches(d, r().actor("op-2").action(Action.PRINT))).isTrue();
    assertThat(matches(d, r().actor("op-2"))).isFalse();
    assertThat(matches(d, r().organisation("o-city"))).isFalse();
    String all = d.replace("1 of sel_*", "all of sel_*");
    assertThat(matches(all, r())).isFalse();
    assertThat(matches(all, r().action(Action.PRINT))).isTrue();
    String paren = d.replace("1 of sel_* and not filter", "sel_a and (sel_b or not filter)");
    assertThat(matches(paren, r())).isTrue();
    assertThat(matches(paren, r().organisation("o-city"))).isFalse();
    assertThat(matches(paren, r().organisation("o-city").action(Action.PRINT))).isTrue();
  }

  @Test
  void aSelectionList_isAnyOfItsMaps_andAMapIsAllOfItsFields() {
    String d =
        """
        selection:
          - actor: op-1
            action: print
          - organisation: o-x
        condition: selection
        """;
    assertThat(matches(d, r())).isFalse();
    assertThat(matches(d, r().action(Action.PRINT))).isTrue();
    assertThat(matches(d, r().organisation("o-x"))).isTrue();
  }

  @Test
  void aFinding_namesTheUserTheEntrustmentThePolicyAndTheIndex() {
    String yaml =
        """
        title: Prints by contractors
        id: contractor-prints
        level: critical
        mamori:
          policy: suspend-entrustment
        logsource: {product: mamori, service: access}
        detection:
          selection:
            action: print
          condition: selection
        """;
    Rule rule = CityRecords.rule(yaml, "contractor-prints");
    assertThat(rule.id()).isEqualTo("city.contractor-prints");
    List<Finding> f =
        rule.test(r().action(Action.PRINT).chain("e-1", "e-9").seen(42), CityRecords.NO_SETTINGS);
    assertThat(f)
        .containsExactly(
            new Finding(
                "city.contractor-prints",
                Severity.CRITICAL,
                "user:op-1",
                "Prints by contractors: print by op-1 of o-contractor",
                List.of(42L),
                AlertPolicy.SUSPEND_ENTRUSTMENT,
                "e-9",
                "op-1"));
    assertThat(rule.test(r().seen(43), CityRecords.NO_SETTINGS)).isEmpty();
    assertThat(
            CityRecords.rule(yaml.replace("critical", "informational"), "contractor-prints")
                .test(r().action(Action.PRINT).chain().seen(1), CityRecords.NO_SETTINGS)
                .getFirst())
        .extracting(Finding::severity, Finding::entrustment, Finding::policy)
        .containsExactly(Severity.LOW, "", AlertPolicy.SUSPEND_ENTRUSTMENT);
  }

  @Test
  void withoutMamoriKey_thePolicyIsNotify() {
    Rule rule = CityRecords.rule(detection(sel("action: print")), "t");
    assertThat(
            rule.test(r().action(Action.PRINT).seen(1), CityRecords.NO_SETTINGS)
                .getFirst()
                .policy())
        .isEqualTo(AlertPolicy.NOTIFY);
  }
}
