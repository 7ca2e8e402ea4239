package mamori.log.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CosignaturesTest {
  /**
   * The example checkpoint of c2sp.org/tlog-cosignature with its log signature and a witness
   * cosignature.
   */
  static final String SPEC_CHECKPOINT =
      "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";

  static final String SPEC_COSIGNED =
      SPEC_CHECKPOINT
          + "\n"
          + "\u2014 example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n"
          + "\u2014 witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==\n";

  @Test
  void torchwoodMlDsa44SubtreeSignature_verifies() throws Exception {
    TorchwoodVector vector = TorchwoodVector.load();
    VerifierKey key = VerifierKey.parse(vector.vkey());
    NoteSignature line = Note.parse("x\n\n" + vector.line() + "\n").signatures().getFirst();
    assertThat(line.isBy(key)).isTrue();
    byte[] root = Base64.getDecoder().decode(vector.root());
    assertThat(
            Cosignatures.verifySubtree(
                key, vector.origin(), vector.start(), vector.end(), root, line.signature()))
        .isTrue();
  }

  @Test
  void torchwoodSignature_overAnotherSubtreeOrigin_fails() throws Exception {
    TorchwoodVector vector = TorchwoodVector.load();
    VerifierKey key = VerifierKey.parse(vector.vkey());
    byte[] signature =
        Note.parse("x\n\n" + vector.line() + "\n").signatures().getFirst().signature();
    byte[] root = Base64.getDecoder().decode(vector.root());
    assertThat(Cosignatures.verifySubtree(key, "example.com/other", 8, 13, root, signature))
        .isFalse();
    assertThat(Cosignatures.verifySubtree(key, vector.origin(), 8, 14, root, signature)).isFalse();
    assertThat(Cosignatures.verifySubtree(key, vector.origin(), 0, 13, root, signature)).isFalse();
    root[31] ^= 1;
    assertThat(Cosignatures.verifySubtree(key, vector.origin(), 8, 13, root, signature)).isFalse();
  }

  @Test
  void subtreeMessage_hasTheSpecLayout() {
    byte[] hash = new byte[32];
    Arrays.fill(hash, (byte) 0x42);
    byte[] message =
        Cosignatures.subtreeV1Message(
            "a", 0x0102030405060708L, "b", 0x0910111213141516L, 0x18191a1b1c1d1e1fL, hash);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.writeBytes("subtree/v1\n\0".getBytes(StandardCharsets.US_ASCII));
    expected.writeBytes(new byte[] {1, 'a', 1, 2, 3, 4, 5, 6, 7, 8, 1, 'b'});
    expected.writeBytes(new byte[] {0x09, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16});
    expected.writeBytes(new byte[] {0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f});
    expected.writeBytes(hash);
    assertThat(message).isEqualTo(expected.toByteArray()).hasSize(12 + 2 + 8 + 2 + 8 + 8 + 32);
  }

  @Test
  void subtreeMessage_refusesNamesOfMoreThan255Bytes() {
    assertThatThrownBy(
            () -> Cosignatures.subtreeV1Message("n".repeat(256), 0, "o", 0, 1, new byte[32]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> Cosignatures.subtreeV1Message("n", 0, "o".repeat(256), 0, 1, new byte[32]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cosignatureV1Message_isTheSpecExample() {
    assertThat(
            new String(
                Cosignatures.cosignatureV1Message(1679315147, SPEC_CHECKPOINT),
                StandardCharsets.UTF_8))
        .isEqualTo(
            "cosignature/v1\ntime 1679315147\nexample.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n");
  }

  @Test
  void specExampleCosignatureLine_carriesKeyIdTimestampAndSignature() throws NoteException {
    NoteSignature witness = Note.parse(SPEC_COSIGNED).signatures().get(1);
    assertThat(witness.keyName()).isEqualTo("witness.example.com/w1");
    assertThat(witness.signature())
        .hasSize(Cosignatures.TIMESTAMP_SIZE + Cosignatures.ED25519_SIGNATURE_SIZE);
    assertThat(Encoding.uint64(witness.signature(), 0)).isEqualTo(1679315147L);
  }
}
