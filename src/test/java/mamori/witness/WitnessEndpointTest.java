package mamori.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import mamori.log.verify.NoteSigner;
import org.junit.jupiter.api.Test;

/** Witnesses written as {@code <url>|<vkey>} in configuration. */
class WitnessEndpointTest {
  static final String VKEY = cosignerKey("witness.example/w1");

  static String cosignerKey(String name) {
    var pair = TestTree.ed25519();
    return NoteSigner.cosignatureV1(name, pair.getPrivate(), pair.getPublic(), Clock.systemUTC())
        .verifierKey()
        .toString();
  }

  @Test
  void urlAndVkey_parse_andPostToPrefixAddCheckpoint() {
    WitnessEndpoint w = WitnessEndpoint.parse(" https://witness.example/w1/ | " + VKEY + " ");
    assertThat(w.addCheckpointUrl()).hasToString("https://witness.example/w1/add-checkpoint");
    assertThat(w.key().name()).isEqualTo("witness.example/w1");
    assertThat(WitnessEndpoint.parse(w.toString())).isEqualTo(w);
  }

  @Test
  void aCommaSeparatedList_parsesInOrder_skippingBlanks() {
    String second = cosignerKey("witness.example/w2");
    List<WitnessEndpoint> ws =
        WitnessEndpoint.parseList(
            "http://127.0.0.1:7380/witness|" + VKEY + ", ,https://w2.example|" + second);
    assertThat(ws)
        .extracting(w -> w.key().name())
        .containsExactly("witness.example/w1", "witness.example/w2");
    assertThat(ws.getFirst().addCheckpointUrl())
        .hasToString("http://127.0.0.1:7380/witness/add-checkpoint");
  }

  @Test
  void missingBar_otherSchemes_queries_andNonCosignatureKeys_areRefused() {
    var pair = TestTree.ed25519();
    String plainEd25519 =
        NoteSigner.ed25519("witness.example/w1", pair.getPrivate(), pair.getPublic())
            .verifierKey()
            .toString();
    for (String bad :
        List.of(
            VKEY,
            "ftp://w.example|" + VKEY,
            "https://w.example/?a=b|" + VKEY,
            "w.example|" + VKEY,
            "https://w.example|" + plainEd25519,
            "https://w.example|not-a-vkey",
            "https://w.example|")) {
      assertThatThrownBy(() -> WitnessEndpoint.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
