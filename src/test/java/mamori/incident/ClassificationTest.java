package mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import mamori.incident.Classification.Assessment;
import mamori.incident.Classification.Findings;
import mamori.incident.Classification.Ground;
import org.junit.jupiter.api.Test;

class ClassificationTest {
  static final Findings LOG = new Findings(1000, 3, 2, false);

  @Test
  void useWork_alwaysHolds_andSaysWhy() {
    Classification c = Classification.classify(5, List.of(), Assessment.NONE, LOG);
    assertThat(c.useWork().holds()).isTrue();
    assertThat(c.useWork().reason()).contains("My Number use work").doesNotContain("close the");
    assertThat(c.reportable()).isTrue();
  }

  @Test
  void noAffectedPerson_isStillClassified_andTheReasonSaysSo() {
    Classification c = Classification.classify(0, List.of(), Assessment.NONE, Findings.NONE);
    assertThat(c.affected()).isZero();
    assertThat(c.overHundred().holds()).isFalse();
    assertThat(c.overHundred().reason()).startsWith("0 persons are affected");
    assertThat(c.useWork().reason()).contains("no person's record revealed");
    assertThat(c.reportable()).isTrue();
  }

  @Test
  void overHundred_holdsAt101_notAt100() {
    Classification at100 = Classification.classify(100, List.of(), Assessment.NONE, LOG);
    Classification at101 = Classification.classify(101, List.of(), Assessment.NONE, LOG);
    assertThat(at100.overHundred().holds()).isFalse();
    assertThat(at101.overHundred().holds()).isTrue();
    assertThat(at101.overHundred().reason()).startsWith("101 persons are affected");
    assertThat(Classification.classify(1, List.of(), Assessment.NONE, LOG).overHundred().reason())
        .startsWith("1 person is affected");
  }

  @Test
  void unjustPurpose_fromAMisuseRule_orTheOfficer_defaultFalse() {
    Classification none = Classification.classify(5, List.of(), Assessment.NONE, LOG);
    assertThat(none.unjustPurpose().holds()).isFalse();
    Classification rule =
        Classification.classify(5, List.of("detect.harvesting"), Assessment.NONE, LOG);
    assertThat(rule.unjustPurpose().holds()).isTrue();
    assertThat(rule.unjustPurpose().reason()).contains("detect.harvesting").contains("may have");
    Assessment said = new Assessment(true, "a bribed operator", false, "", Ground.NONE, "");
    Classification officer = Classification.classify(5, List.of(), said, LOG);
    assertThat(officer.unjustPurpose().holds()).isTrue();
    assertThat(officer.unjustPurpose().reason()).isEqualTo("a bribed operator");
    Assessment blank = new Assessment(true, "", false, "", Ground.NONE, "");
    assertThat(Classification.classify(5, List.of(), blank, LOG).unjustPurpose().reason())
        .contains("may have been");
  }

  @Test
  void network_isTheOfficersWord_defaultFalseWithAReason() {
    Classification none = Classification.classify(5, List.of(), Assessment.NONE, LOG);
    assertThat(none.network().holds()).isFalse();
    assertThat(none.network().reason()).contains("named, signed-in users");
    Assessment said = new Assessment(false, "", true, "posted on a forum", Ground.NONE, "");
    Classification posted = Classification.classify(5, List.of(), said, LOG);
    assertThat(posted.network().holds()).isTrue();
    assertThat(posted.network().reason()).isEqualTo("posted on a forum");
  }

  @Test
  void theExemption_makesNothingReportable_andSaysWhy() {
    Assessment lost =
        new Assessment(false, "", false, "", Ground.RELEASE_KEY_DESTROYED, "package p-7");
    Classification c = Classification.classify(460_000, List.of("detect.volume"), lost, LOG);
    assertThat(c.overHundred().holds()).isTrue();
    assertThat(c.unjustPurpose().holds()).isTrue();
    assertThat(c.exemption().applies()).isTrue();
    assertThat(c.exemption().reason())
        .contains("release key was destroyed before any release")
        .contains("package p-7")
        .contains("no report is due");
    assertThat(c.reportable()).isFalse();
    Classification none = Classification.classify(460_000, List.of(), Assessment.NONE, LOG);
    assertThat(none.exemption().applies()).isFalse();
    assertThat(none.exemption().reason())
        .isEqualTo("no high-grade-encryption exemption is claimed");
  }

  @Test
  void json_roundTrips_withTheOfficersWordsAndTheLogFindings() {
    Assessment said =
        new Assessment(
            true, "may have been sold", true, "posted", Ground.ENCRYPTED_KEYS_NEVER_EXPOSED, "AES");
    Classification c = Classification.classify(101, List.of("x.volume"), said, LOG);
    String json = c.toJson();
    assertThat(json).contains("\"reportable\":false").contains("\"denied\":3");
    assertThat(Classification.fromJson(json)).contains(c);
    assertThat(Classification.fromJson("")).isEmpty();
    assertThatThrownBy(() -> Classification.fromJson("{}"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void grounds_readTheirCodes() {
    for (Ground g : Ground.values()) {
      assertThat(Ground.ofCode(g.code())).contains(g);
    }
    assertThat(Ground.ofCode("release-key-destroyed")).contains(Ground.RELEASE_KEY_DESTROYED);
    assertThat(Ground.ofCode("nope")).isEmpty();
  }
}
