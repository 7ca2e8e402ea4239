package mamori.detect;

import static mamori.detect.CityRecords.NO_SETTINGS;
import static mamori.detect.CityRecords.r;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import mamori.core.Action;
import mamori.core.AlertPolicy;
import mamori.core.Reason;
import mamori.core.Severity;
import mamori.core.TenantId;
import org.junit.jupiter.api.Test;

class CityCorrelationTest {
  private static final String PRINTS =
      """
      title: A print
      id: a-print
      level: low
      logsource: {product: mamori, service: access}
      detection:
        selection:
          action: print
        condition: selection
      ---
      title: A refusal
      id: a-refusal
      level: low
      logsource: {product: mamori, service: access}
      detection:
        selection:
          outcome: deny
        condition: selection
      """;

  private static String correlation(String body) {
    return PRINTS
        + """
        ---
        title: Many
        id: many
        level: high
        mamori: {policy: suspend-user}
        correlation:
        """
        + body.indent(2);
  }

  private static final Instant T0 = CityRecords.NOON;

  private static List<Finding> feed(Rule rule, List<CityRecords.R> records) {
    List<Finding> all = new ArrayList<>();
    long i = 0;
    for (CityRecords.R rec : records) {
      all.addAll(rule.test(rec.seen(i++), NO_SETTINGS));
    }
    return all;
  }

  private static List<CityRecords.R> prints(int n, Duration step) {
    List<CityRecords.R> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(r().action(Action.PRINT).person("p-" + i).at(T0.plus(step.multipliedBy(i))));
    }
    return out;
  }

  private static final String COUNT_5 =
      """
      type: event_count
      rules: [a-print]
      group-by: [actor]
      timespan: 1h
      condition: {gte: 5}
      """;

  @Test
  void eventCount_raisesAtTheThreshold_notBefore() {
    Rule rule = CityRecords.rule(correlation(COUNT_5), "many");
    assertThat(feed(rule, prints(4, Duration.ofMinutes(1)))).isEmpty();
    Rule again = CityRecords.rule(correlation(COUNT_5), "many");
    List<Finding> f = feed(again, prints(5, Duration.ofMinutes(1)));
    assertThat(f)
        .containsExactly(
            new Finding(
                "city.many",
                Severity.HIGH,
                "user:op-1",
                "Many: 5 events within 1h for user:op-1",
                List.of(0L, 1L, 2L, 3L, 4L),
                AlertPolicy.SUSPEND_USER,
                "e-1",
                "op-1"));
  }

  @Test
  void eventCount_countsOnlyTheRulesItNames_andEachGroupApart() {
    Rule rule = CityRecords.rule(correlation(COUNT_5), "many");
    List<CityRecords.R> mixed = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      mixed.add(r().action(Action.PRINT).at(T0.plusSeconds(i)));
      mixed.add(r().action(Action.READ).at(T0.plusSeconds(i)));
      mixed.add(r().action(Action.PRINT).actor("op-2").at(T0.plusSeconds(i)));
    }
    assertThat(feed(rule, mixed)).isEmpty();
    assertThat(rule.test(r().action(Action.PRINT).actor("op-2").seen(99), NO_SETTINGS))
        .extracting(Finding::subject)
        .containsExactly("user:op-2");
  }

  @Test
  void eventCount_windowEdge_isIncluded_oneMillisecondMoreIsNot() {
    // five prints: the first at T0, the fifth exactly 1h later: all within the window
    List<CityRecords.R> edge = prints(4, Duration.ofMinutes(1));
    edge.add(r().action(Action.PRINT).at(T0.plus(Duration.ofHours(1))));
    assertThat(feed(CityRecords.rule(correlation(COUNT_5), "many"), edge)).hasSize(1);
    List<CityRecords.R> past = prints(4, Duration.ofMinutes(1));
    past.add(r().action(Action.PRINT).at(T0.plus(Duration.ofHours(1)).plusMillis(1)));
    assertThat(feed(CityRecords.rule(correlation(COUNT_5), "many"), past)).isEmpty();
  }

  @Test
  void eventCount_raisesOncePerBurst_andAgainAfterTheCountFell() {
    Rule rule = CityRecords.rule(correlation(COUNT_5), "many");
    List<CityRecords.R> burst = prints(10, Duration.ofMinutes(1));
    assertThat(feed(rule, burst)).hasSize(1);
    // two hours later the window is empty; a new burst raises again
    List<CityRecords.R> later = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      later.add(r().action(Action.PRINT).at(T0.plus(Duration.ofHours(3)).plusSeconds(i)));
    }
    assertThat(feed(rule, later)).hasSize(1);
  }

  @Test
  void eventCount_gtAndRange() {
    String gt = COUNT_5.replace("{gte: 5}", "{gt: 5}");
    assertThat(feed(CityRecords.rule(correlation(gt), "many"), prints(5, Duration.ofSeconds(1))))
        .isEmpty();
    assertThat(feed(CityRecords.rule(correlation(gt), "many"), prints(6, Duration.ofSeconds(1))))
        .hasSize(1);
    String eq = COUNT_5.replace("{gte: 5}", "{eq: 3}");
    List<Finding> f =
        feed(CityRecords.rule(correlation(eq), "many"), prints(4, Duration.ofSeconds(1)));
    assertThat(f).extracting(Finding::evidence).containsExactly(List.of(0L, 1L, 2L));
  }

  @Test
  void eventCount_evidence_isTheNewestHundred_oldestFirst() {
    String big = COUNT_5.replace("{gte: 5}", "{gte: 150}");
    List<Finding> f =
        feed(CityRecords.rule(correlation(big), "many"), prints(150, Duration.ofSeconds(1)));
    assertThat(f).hasSize(1);
    assertThat(f.getFirst().evidence()).isEqualTo(LongStream.range(50, 150).boxed().toList());
    assertThat(f.getFirst().detail()).isEqualTo("Many: 150 events within 1h for user:op-1");
  }

  @Test
  void valueCount_countsDistinctPersons_atTheThreshold() {
    String harvest =
        """
        type: value_count
        rules: [a-print]
        group-by: [organisation]
        timespan: 10m
        condition:
          field: person
          gte: 3
        """;
    Rule rule = CityRecords.rule(correlation(harvest), "many");
    List<CityRecords.R> same = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      same.add(r().action(Action.PRINT).person(i % 2 == 0 ? "p-a" : "p-b").at(T0.plusSeconds(i)));
    }
    assertThat(feed(rule, same)).isEmpty();
    List<Finding> f =
        rule.test(
            r().action(Action.PRINT).person("p-c").at(T0.plusSeconds(20)).seen(10), NO_SETTINGS);
    assertThat(f).hasSize(1);
    assertThat(f.getFirst().subject()).isEqualTo("organisation:o-contractor");
    assertThat(f.getFirst().detail())
        .isEqualTo("Many: 3 distinct person within 10m for organisation:o-contractor");
    assertThat(f.getFirst().evidence()).containsExactly(8L, 9L, 10L);
  }

  @Test
  void valueCount_windowEdge() {
    String harvest =
        """
        type: value_count
        rules: [a-print]
        group-by: [actor]
        timespan: 10m
        condition: {field: person, gte: 3}
        """;
    List<CityRecords.R> edge = prints(2, Duration.ofMinutes(1));
    edge.add(r().action(Action.PRINT).person("p-z").at(T0.plus(Duration.ofMinutes(10))));
    assertThat(feed(CityRecords.rule(correlation(harvest), "many"), edge)).hasSize(1);
    List<CityRecords.R> past = prints(2, Duration.ofMinutes(1));
    past.add(
        r().action(Action.PRINT).person("p-z").at(T0.plus(Duration.ofMinutes(10)).plusMillis(1)));
    assertThat(feed(CityRecords.rule(correlation(harvest), "many"), past)).isEmpty();
  }

  @Test
  void temporal_needsEveryRuleInTheWindow_inAnyOrder() {
    String t =
        """
        type: temporal
        rules: [a-refusal, a-print]
        group-by: [actor]
        timespan: 10m
        """;
    var refusal = r().action(Action.READ).denied(Reason.CHAIN_NOT_APPROVED);
    assertThat(
            feed(
                CityRecords.rule(correlation(t), "many"),
                List.of(r().action(Action.PRINT).at(T0), refusal.at(T0.plusSeconds(600)))))
        .extracting(Finding::evidence)
        .containsExactly(List.of(0L, 1L));
    assertThat(
            feed(
                CityRecords.rule(correlation(t), "many"),
                List.of(
                    r().action(Action.PRINT).at(T0),
                    r().action(Action.READ)
                        .denied(Reason.CHAIN_NOT_APPROVED)
                        .at(T0.plusSeconds(600).plusMillis(1)))))
        .isEmpty();
    String ordered = t.replace("type: temporal", "type: temporal_ordered");
    assertThat(
            feed(
                CityRecords.rule(correlation(ordered), "many"),
                List.of(
                    r().action(Action.PRINT).at(T0),
                    r().action(Action.READ)
                        .denied(Reason.CHAIN_NOT_APPROVED)
                        .at(T0.plusSeconds(1)))))
        .isEmpty();
    assertThat(
            feed(
                CityRecords.rule(correlation(ordered), "many"),
                List.of(
                    r().action(Action.READ).denied(Reason.CHAIN_NOT_APPROVED).at(T0),
                    r().action(Action.PRINT).at(T0.plusSeconds(1)))))
        .hasSize(1);
  }

  @Test
  void aRuleNamedByACorrelation_raisesNothingOfItsOwn_unlessGenerate() {
    List<Rule> rules = RuleFile.compile(correlation(COUNT_5));
    Rule print =
        rules.stream().filter(x -> x.id().equals("city.a-print")).findFirst().orElseThrow();
    Rule refusal =
        rules.stream().filter(x -> x.id().equals("city.a-refusal")).findFirst().orElseThrow();
    assertThat(print.test(r().action(Action.PRINT).seen(1), NO_SETTINGS)).isEmpty();
    assertThat(refusal.test(r().denied(Reason.PERSON_NOT_FOUND).seen(1), NO_SETTINGS)).hasSize(1);
    List<Rule> generated = RuleFile.compile(correlation(COUNT_5) + "generate: true\n");
    assertThat(generated.getFirst().test(r().action(Action.PRINT).seen(1), NO_SETTINGS)).hasSize(1);
  }

  @Test
  void aReplayedRecord_buildsTheStateButRaisesNothing() {
    Rule rule = CityRecords.rule(correlation(COUNT_5), "many");
    for (int i = 0; i < 4; i++) {
      rule.test(
          new Seen(
              CityRecords.TENANT, i, r().action(Action.PRINT).at(T0.plusSeconds(i)).record(), true),
          NO_SETTINGS);
    }
    assertThat(
            rule.test(
                new Seen(
                    CityRecords.TENANT,
                    4,
                    r().action(Action.PRINT).at(T0.plusSeconds(4)).record(),
                    true),
                NO_SETTINGS))
        .isEmpty();
    Rule fresh = CityRecords.rule(correlation(COUNT_5), "many");
    for (int i = 0; i < 4; i++) {
      fresh.test(
          new Seen(
              CityRecords.TENANT, i, r().action(Action.PRINT).at(T0.plusSeconds(i)).record(), true),
          NO_SETTINGS);
    }
    assertThat(fresh.test(r().action(Action.PRINT).at(T0.plusSeconds(4)).seen(4), NO_SETTINGS))
        .hasSize(1);
  }

  @Test
  void idleGroups_areSwept_soMemoryStaysBounded() {
    CityCorrelation rule =
        (CityCorrelation) CityRecords.rule(correlation(COUNT_5.replace("1h", "1s")), "many");
    var rec = r().action(Action.PRINT);
    for (int i = 0; i < 22_000; i++) {
      rule.test(
          new Seen(
              new TenantId("t-city"),
              i,
              rec.actor("u" + i).at(T0.plusMillis(10L * i)).record(),
              false),
          NO_SETTINGS);
    }
    // one second holds 100 actors; a sweep runs when the map reaches 10,000
    assertThat(rule.groups()).isLessThanOrEqualTo(10_000);
  }
}
