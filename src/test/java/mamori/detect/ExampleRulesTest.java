package mamori.detect;

import static mamori.detect.CityRecords.NO_SETTINGS;
import static mamori.detect.CityRecords.r;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mamori.core.Action;
import mamori.core.AlertPolicy;
import mamori.core.Reason;
import mamori.core.Severity;
import org.junit.jupiter.api.Test;

/** The worked examples of docs/detection-rules.md do what the page says. */
class ExampleRulesTest {
  private static List<Rule> rules() throws Exception {
    return RuleFile.compile(Files.readString(Path.of("docs/detection-rules.example.yml")));
  }

  private static List<Finding> feed(List<Rule> rules, List<CityRecords.R> records) {
    List<Finding> out = new ArrayList<>();
    long i = 0;
    for (CityRecords.R rec : records) {
      Seen s = rec.seen(i++);
      for (Rule rule : rules) {
        out.addAll(rule.test(s, NO_SETTINGS));
      }
    }
    return out;
  }

  @Test
  void aContractorsReadAt23_inTokyo_suspendsTheEntrustment_aReadAt21DoesNot() throws Exception {
    List<Finding> f =
        feed(
            rules(),
            List.of(
                r().at("2026-12-07T12:00:00Z"), // 21:00 in Tokyo
                r().at("2026-12-07T14:00:00Z"), // 23:00
                r().chain().organisation("t-city").at("2026-12-07T14:00:00Z")));
    assertThat(f)
        .extracting(Finding::rule, Finding::severity, Finding::policy, Finding::entrustment)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "city.night-reads", Severity.HIGH, AlertPolicy.SUSPEND_ENTRUSTMENT, "e-1"));
    assertThat(f.getFirst().evidence()).containsExactly(1L);
  }

  @Test
  void fiftyOnePersonsPrintedInAnHour_suspendsTheUser_fiftyDoNot() throws Exception {
    List<CityRecords.R> prints = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      prints.add(
          r().action(Action.PRINT).person("p-" + i).at(CityRecords.NOON.plusSeconds(60L * i)));
    }
    List<Rule> rules = rules();
    assertThat(feed(rules, prints)).isEmpty();
    prints.add(r().action(Action.PRINT).person("p-50").at(CityRecords.NOON.plusSeconds(3600)));
    List<Finding> f = feed(rules(), prints);
    assertThat(f)
        .extracting(Finding::rule, Finding::subject, Finding::policy, Finding::user)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "city.mass-printing", "user:op-1", AlertPolicy.SUSPEND_USER, "op-1"));
    assertThat(f.getFirst().evidence()).hasSize(51);
  }

  @Test
  void entryCoUnderJuminzei_isRaised_allowedOrRefused() throws Exception {
    List<Finding> f =
        feed(
            rules(),
            List.of(
                r().organisation("entry-co"),
                r().organisation("entry-co").denied(Reason.PURPOSE_NOT_GRANTED),
                r().organisation("entry-co").purpose("kokuho"),
                r().organisation("print-co")));
    assertThat(f)
        .extracting(Finding::rule)
        .containsExactly("city.entry-co-tax", "city.entry-co-tax");
    assertThat(f).extracting(Finding::severity).containsOnly(Severity.MEDIUM);
  }
}
