package mamori.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The framing of an add-checkpoint body, as the example request of c2sp.org/tlog-witness shows it.
 */
class AddCheckpointRequestTest {
  static final String NOTE =
      """
      example.com/behind-the-sofa
      20852163
      CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=

      \u2014 example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=
      """;
  static final List<String> PROOF =
      List.of(
          "PlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpkaw=",
          "jrJZDmY8Y7SyJE0MWLpLozkIVMSMZcD5kvuKxPC3swk=",
          "5+pKlUdi2LeF/BcMHBn+Ku6yhPGNCswZZD1X/6QgPd8=",
          "/6WVhPs2CwSsb5rYBH5cjHV/wSmA79abXAwhXw3Kj/0=");

  static AddCheckpointRequest parse(String body) throws MalformedRequestException {
    return AddCheckpointRequest.parse(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theSpecsExampleBody_parsesIntoOldSizeProofAndNote() throws Exception {
    var request = parse("old 20852014\n" + String.join("\n", PROOF) + "\n\n" + NOTE);
    assertThat(request.oldSize()).isEqualTo(20852014);
    assertThat(request.proof()).hasSize(4);
    assertThat(Base64.getEncoder().encodeToString(request.proof().get(3))).isEqualTo(PROOF.get(3));
    assertThat(new String(request.note(), StandardCharsets.UTF_8)).isEqualTo(NOTE);
  }

  @Test
  void oldSizeZero_withoutProof_parses() throws Exception {
    var request = parse("old 0\n\n" + NOTE);
    assertThat(request.oldSize()).isZero();
    assertThat(request.proof()).isEmpty();
  }

  @Test
  void sixtyThreeProofLines_areTheMost() throws Exception {
    String line = PROOF.getFirst() + "\n";
    assertThat(parse("old 1\n" + line.repeat(63) + "\n" + NOTE).proof()).hasSize(63);
    assertThatThrownBy(() -> parse("old 1\n" + line.repeat(64) + "\n" + NOTE))
        .isInstanceOf(MalformedRequestException.class)
        .hasMessageContaining("63");
  }

  @Test
  void sizesWithLeadingZeroesSignsOrOverflow_areMalformed() {
    for (String old :
        List.of("00", "01", "+1", "-1", " 1", "1 ", "9223372036854775808", "1e3", "")) {
      assertThatThrownBy(() -> parse("old " + old + "\n\n" + NOTE))
          .as(old)
          .isInstanceOf(MalformedRequestException.class);
    }
  }

  @Test
  void proofLinesThatAreNotOneCanonicalBase64Hash_areMalformed() {
    for (String line :
        List.of(
            "AAAA",
            PROOF.getFirst().replace("=", ""),
            PROOF.getFirst() + "=",
            Base64.getEncoder().encodeToString(new byte[33]),
            "not base64!",
            PROOF.get(3).replace('/', '_'))) {
      assertThatThrownBy(() -> parse("old 1\n" + line + "\n\n" + NOTE))
          .as(line)
          .isInstanceOf(MalformedRequestException.class);
    }
  }

  @Test
  void unterminatedOrMissingParts_areMalformed() {
    for (String body :
        List.of(
            "",
            "old 1",
            "old 1\n",
            "old 1\n" + PROOF.getFirst(),
            "old 1\n\n",
            "old 1\r\n\r\n" + NOTE)) {
      assertThatThrownBy(() -> parse(body)).as(body).isInstanceOf(MalformedRequestException.class);
    }
  }
}
