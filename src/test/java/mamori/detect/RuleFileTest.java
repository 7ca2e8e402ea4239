package mamori.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import mamori.detect.RuleFile.Problem;
import org.junit.jupiter.api.Test;

class RuleFileTest {
  private static final String GOOD =
      """
      title: Night reads by a contractor
      id: night-reads
      status: test
      description: reads of person data between 22:00 and 06:00 in Tokyo
      level: high
      logsource:
        product: mamori
        service: access
      detection:
        selection:
          action: read
          entrustment|exists: true
        night:
          - time|hour|gte: 22
          - time|hour|lt: 6
        condition: selection and night
      """;

  private static List<Problem> check(String text) {
    return RuleFile.check(text);
  }

  /** The one problem of {@code text}. */
  private static Problem only(String text) {
    List<Problem> p = check(text);
    assertThat(p).hasSize(1);
    return p.getFirst();
  }

  @Test
  void aGoodFile_hasNoProblem_andCompiles() {
    assertThat(check(GOOD)).isEmpty();
    assertThat(RuleFile.compile(GOOD)).extracting(Rule::id).containsExactly("city.night-reads");
  }

  @Test
  void yamlSyntax_isRefusedWithItsLine() {
    Problem p = only("title: x\nid: y\nlevel: [high\nlogsource: {}\n");
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.message()).startsWith("not valid YAML: ");
  }

  @Test
  void aTabIndentedFile_isNotYaml() {
    assertThat(only("title: x\n\tid: y\n").message()).startsWith("not valid YAML");
  }

  @Test
  void anUnknownTopLevelKey_isRefused() {
    assertThat(only(GOOD + "priority: 3\n"))
        .isEqualTo(new Problem(17, "unknown key 'priority' in a detection rule"));
  }

  @Test
  void anUnknownField_isRefused() {
    assertThat(only(GOOD.replace("action: read", "verb: read")))
        .isEqualTo(
            new Problem(
                11,
                "unknown field 'verb'; a field is one of actor, organisation, chain, entrustment,"
                    + " purpose, case, action, person, fields, decision, outcome, reason, time"));
  }

  @Test
  void anUnknownModifier_isRefused() {
    Problem p = only(GOOD.replace("action: read", "action|base64: read"));
    assertThat(p.line()).isEqualTo(11);
    assertThat(p.message()).startsWith("unknown modifier 'base64'; supported: contains,");
  }

  @Test
  void cidr_isRefused_noFieldHoldsAnAddress() {
    assertThat(only(GOOD.replace("action: read", "actor|cidr: 10.0.0.0/8")))
        .isEqualTo(
            new Problem(11, "modifier 'cidr': no field of an access record holds an address"));
  }

  @Test
  void aTimeModifierOnAnotherField_andTimeWithoutOne_areRefused() {
    assertThat(only(GOOD.replace("action: read", "action|hour: 3")).message())
        .isEqualTo("modifier 'hour' only applies to the field time");
    assertThat(only(GOOD.replace("action: read", "time: 3")).message())
        .isEqualTo("the field time is matched through hour, minute, weekday, day, month or year");
    assertThat(only(GOOD.replace("time|hour|gte: 22", "time|hour|gte: 24")))
        .isEqualTo(new Problem(14, "hour is 0 to 23"));
  }

  @Test
  void aConditionNamingAnUndefinedSelection_isRefused() {
    assertThat(only(GOOD.replace("selection and night", "selection and nights")))
        .isEqualTo(new Problem(16, "the condition names 'nights', which is not a selection"));
    assertThat(only(GOOD.replace("selection and night", "1 of filter*")).message())
        .isEqualTo("'1 of filter*' matches no selection");
    assertThat(only(GOOD.replace("selection and night", "selection and (night")).message())
        .isEqualTo("a '(' in the condition is not closed");
    assertThat(only(GOOD.replace("selection and night", "selection | count() > 5")).message())
        .isEqualTo("aggregations after '|' are not supported; write a correlation rule");
  }

  @Test
  void aMissingIdTitleOrLevel_isRefused() {
    assertThat(only(GOOD.replace("id: night-reads\n", "")))
        .isEqualTo(new Problem(1, "the rule has no id"));
    assertThat(only(GOOD.replace("title: Night reads by a contractor\n", "")))
        .isEqualTo(new Problem(1, "the rule has no title"));
    assertThat(only(GOOD.replace("level: high\n", "")))
        .isEqualTo(new Problem(1, "the rule has no level"));
    assertThat(only(GOOD.replace("level: high", "level: severe")))
        .isEqualTo(new Problem(5, "level is one of informational, low, medium, high, critical"));
  }

  @Test
  void aDuplicateId_isRefusedAtTheSecondRule() {
    assertThat(only(GOOD + "---\n" + GOOD))
        .isEqualTo(new Problem(18, "the id or name 'night-reads' is used by an earlier rule"));
  }

  @Test
  void anIdThatIsNotASafeName_isRefused() {
    Problem p = only(GOOD.replace("id: night-reads", "id: Night.Reads"));
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.message())
        .startsWith("the id 'Night.Reads' is not a lower-case name")
        .endsWith("it becomes the alert's kind city.<id>");
    assertThat(only(GOOD.replace("id: night-reads", "id: " + "a".repeat(49))).message())
        .isEqualTo("id has at most 48 characters");
    assertThat(check(GOOD.replace("id: night-reads", "id: " + "a".repeat(48)))).isEmpty();
  }

  @Test
  void aMyNumber_inADescription_aValueOrAComment_isRefused_andNeverEchoed() {
    Problem d = only(GOOD.replace("reads of person data", "reads of 1234 5678 9018"));
    assertThat(d.line()).isEqualTo(4);
    assertThat(d.message()).contains("My Number").doesNotContain("1234").doesNotContain("9018");
    Problem v = only(GOOD.replace("action: read", "case: '１２３４５６７８９０１８'"));
    assertThat(v.line()).isEqualTo(11);
    Problem c = only(GOOD + "# the resident 1234-5678-9018 complained\n");
    assertThat(c.line()).isEqualTo(17);
    assertThat(c.toString()).doesNotContain("9018");
    assertThat(check(GOOD.replace("reads of person data", "reads of 12345678901"))).isEmpty();
  }

  @Test
  void aHugeFile_isRefusedBeforeItIsRead() {
    String huge = GOOD + ("# " + "x".repeat(98) + "\n").repeat(700);
    Problem p = only(huge);
    assertThat(p.message())
        .isEqualTo(
            "the file is "
                + huge.length()
                + " bytes; a rule file has at most 65536 (split it or shorten it)");
    assertThat(p.line()).isEqualTo(17 + (65536 - GOOD.length()) / 101);
  }

  @Test
  void tooManyRules_isRefusedAtTheFirstOneTooMany() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i <= RuleFile.MAX_RULES; i++) {
      b.append(GOOD.replace("night-reads", "r" + i)).append("---\n");
    }
    assertThat(b.length()).isLessThan(RuleFile.MAX_BYTES);
    assertThat(only(b.toString()))
        .isEqualTo(
            new Problem(100 * 17 + 1, "a rule file holds at most 100 rules; this is one more"));
    assertThat(check(b.substring(0, b.length() - GOOD.replace("night-reads", "r100").length() - 4)))
        .isEmpty();
  }

  @Test
  void onlyNegations_isRefusedAsMatchingEverything() {
    Problem p = only(GOOD.replace("selection and night", "not selection"));
    assertThat(p.line()).isEqualTo(16);
    assertThat(p.message())
        .startsWith("the condition holds for a record that no selection matches (only negations?)");
    assertThat(only(GOOD.replace("selection and night", "selection or not selection")).line())
        .isEqualTo(16);
  }

  @Test
  void anEmptySelection_isRefused() {
    String empty =
        GOOD.replace(
            "  selection:\n    action: read\n    entrustment|exists: true\n", "  selection: {}\n");
    assertThat(only(empty))
        .isEqualTo(new Problem(10, "the selection selection is empty: it would match everything"));
    assertThat(only(GOOD.replace("action: read", "action|contains: ''")))
        .isEqualTo(new Problem(11, "an empty value with contains matches every record"));
    assertThat(only(GOOD.replace("action: read", "action: '*'")).message())
        .isEqualTo("the value '*' matches every record");
    assertThat(only(GOOD.replace("action: read", "action|re: '.*'")).message())
        .isEqualTo("the regular expression matches an empty text, so every record");
  }

  @Test
  void aConditionTrueForEveryProbe_isRefused() {
    String d =
        """
        title: Everything
        id: everything
        level: low
        logsource: {product: mamori, service: access}
        detection:
          allowed:
            outcome: allow
          denied:
            outcome: deny
          condition: allowed or denied
        """;
    assertThat(only(d))
        .isEqualTo(
            new Problem(
                10,
                "the rule matches every one of a set of unlike records, so it would match"
                    + " everything"));
  }

  @Test
  void anExplosiveRegex_isRefused() {
    for (String re : List.of("(a+)+b", "(a|ab)*c", "((ab)*)+", "(x*)*y", "(?:a|b){2,}z")) {
      Problem p = only(GOOD.replace("action: read", "actor|re: '" + re + "'"));
      assertThat(p.line()).as(re).isEqualTo(11);
      assertThat(p.message()).as(re).startsWith("regular expression refused: a repeated group");
    }
    assertThat(only(GOOD.replace("action: read", "actor|re: '(a)\\1'")).message())
        .isEqualTo("regular expression refused: backreferences are not supported");
    assertThat(only(GOOD.replace("action: read", "actor|re: 'a(?=b)'")).message())
        .isEqualTo("regular expression refused: lookarounds are not supported");
    assertThat(only(GOOD.replace("action: read", "actor|re: '(op'")).message())
        .startsWith("not a regular expression: ");
    assertThat(check(GOOD.replace("action: read", "actor|re: '^(op|ad)-[0-9]+(x)?$'"))).isEmpty();
  }

  @Test
  void theLogsource_isMamorisAccessLog() {
    assertThat(only(GOOD.replace("product: mamori", "product: windows")))
        .isEqualTo(new Problem(7, "logsource product is mamori (Mamori's log)"));
    assertThat(only(GOOD.replace("  service: access\n", "")))
        .isEqualTo(new Problem(7, "logsource is product: mamori, service: access"));
  }

  @Test
  void aPolicy_isOneOfTheThree() {
    assertThat(only(GOOD + "mamori:\n  policy: delete-user\n"))
        .isEqualTo(new Problem(18, "policy is one of notify, suspend-entrustment, suspend-user"));
    assertThat(only(GOOD + "mamori:\n  police: notify\n").message())
        .isEqualTo("unknown key 'police' under mamori; it holds policy only");
  }

  @Test
  void aKeyGivenTwice_isRefused() {
    assertThat(only(GOOD + "level: low\n"))
        .isEqualTo(new Problem(17, "the key 'level' is given twice"));
  }

  @Test
  void everyBadRule_isReported_andNothingCompiles() {
    String two =
        GOOD.replace("level: high", "level: x") + "---\n" + GOOD.replace("night-reads", "Bad");
    List<Problem> p = check(two);
    assertThat(p).extracting(Problem::line).containsExactly(5, 19);
    assertThatThrownBy(() -> RuleFile.compile(two))
        .isInstanceOf(RuleFile.Invalid.class)
        .hasMessageStartingWith("the rule file is refused (2 problems); first: line 5: level is")
        .satisfies(e -> assertThat(((RuleFile.Invalid) e).problems()).isEqualTo(p));
  }

  @Test
  void anEmptyFile_isRefused() {
    assertThat(only("")).isEqualTo(new Problem(1, "the file holds no rule"));
    assertThat(only("# nothing\n")).isEqualTo(new Problem(1, "the file holds no rule"));
  }

  // correlations

  private static final String COUNT =
      """
      ---
      title: Many prints
      id: many-prints
      level: critical
      correlation:
        type: event_count
        rules: [night-reads]
        group-by: [actor]
        timespan: 1h
        condition:
          gte: 50
      """;

  @Test
  void aCorrelation_compiles() {
    assertThat(RuleFile.compile(GOOD + COUNT))
        .extracting(Rule::id)
        .containsExactly("city.night-reads", "city.many-prints");
  }

  @Test
  void aCorrelationNamingAnUnknownRule_isRefusedAtThatName() {
    assertThat(only(GOOD + COUNT.replace("[night-reads]", "[night-reads, day-reads]")))
        .isEqualTo(new Problem(23, "no rule has the id or name 'day-reads'"));
  }

  @Test
  void aCorrelationNamingARefusedRule_isNotToldItIsUnknown() {
    assertThat(only(GOOD.replace("level: high", "level: x") + COUNT))
        .isEqualTo(new Problem(5, "level is one of informational, low, medium, high, critical"));
  }

  @Test
  void aCorrelationNamingACorrelation_isRefused() {
    String second = COUNT.replace("many-prints", "more").replace("[night-reads]", "[many-prints]");
    assertThat(only(GOOD + COUNT + second))
        .isEqualTo(
            new Problem(
                34, "'many-prints' is a correlation; a correlation names detection rules only"));
  }

  @Test
  void aCorrelationWithThresholdOne_isRefusedAsMatchingEverything() {
    for (String cond : List.of("gte: 1", "gt: 0", "eq: 1", "lte: 10", "lt: 2")) {
      Problem p = only(GOOD + COUNT.replace("gte: 50", cond));
      assertThat(p.line()).as(cond).isEqualTo(27);
      assertThat(p.message())
          .as(cond)
          .isEqualTo(
              "the condition holds at a group's first event, so every record the rules match"
                  + " would raise it; count at least 2 (gte: 2)");
    }
    assertThat(check(GOOD + COUNT.replace("gte: 50", "gte: 2"))).isEmpty();
    assertThat(check(GOOD + COUNT.replace("gte: 50", "gt: 1"))).isEmpty();
    assertThat(only(GOOD + COUNT.replace("gte: 50", "gt: 5\n    lt: 6")).message())
        .isEqualTo("the condition never holds");
  }

  @Test
  void aCorrelation_checksItsKeys() {
    assertThat(only(GOOD + COUNT.replace("timespan: 1h", "timespan: 1w")))
        .isEqualTo(new Problem(25, "timespan is a number and s, m, h or d: 10m, 1h, 1d"));
    assertThat(only(GOOD + COUNT.replace("timespan: 1h", "timespan: 8d")).message())
        .isEqualTo("timespan is at most 7d");
    assertThat(only(GOOD + COUNT.replace("type: event_count", "type: rare")).message())
        .isEqualTo("type is one of event_count, value_count, temporal, temporal_ordered");
    assertThat(only(GOOD + COUNT.replace("[actor]", "[time]")).message())
        .startsWith("unknown field 'time' in group-by");
    assertThat(only(GOOD + COUNT.replace("gte: 50", "gte: 100001")).message())
        .isEqualTo("a count is a whole number from 0 to 100000");
    assertThat(only(GOOD + COUNT.replace("type: event_count", "type: value_count")))
        .isEqualTo(new Problem(27, "value_count names the field it counts (field: person)"));
    assertThat(
            only(GOOD
                    + COUNT
                        .replace("type: event_count", "type: value_count")
                        .replace("gte: 50", "field: actor\n    gte: 50"))
                .message())
        .isEqualTo("the field counted is also grouped by: it counts 1");
    assertThat(only(GOOD + COUNT.replace("type: event_count", "type: temporal")).message())
        .isEqualTo("temporal names at least two different rules");
    assertThat(only(GOOD + COUNT.replace("group-by", "aliases")).message())
        .endsWith("; aliases are not supported");
  }
}
