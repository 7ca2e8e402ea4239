package mamori.witness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import mamori.log.verify.Note;
import mamori.log.verify.NoteVerifier;
import mamori.log.verify.SignatureType;
import mamori.log.verify.VerifierKey;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * add-checkpoint as c2sp.org/tlog-witness specifies it, on SQLite and PostgreSQL: what is cosigned,
 * and the status codes of what is not.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class WitnessTest {
  @Parameter TestStores.Kind kind;
  @TempDir Path keys;
  WitnessFixture w;

  @BeforeEach
  void open() {
    w = new WitnessFixture(kind, keys);
  }

  @AfterEach
  void close() {
    w.close();
  }

  @Test
  void firstCheckpoint_isCosigned_andTheCosignatureVerifiesAsTlogCosignatureSpecifies()
      throws Exception {
    WitnessAnswer answer = w.add(w.log.body(0, 5));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).isEqualTo("text/plain; charset=utf-8");
    assertThat(answer.body())
        .startsWith("\u2014 witness.example/w1 ")
        .endsWith("\n")
        .hasLineCount(1);
    VerifierKey vkey = VerifierKey.parse(w.witness.verifierKey().toString());
    assertThat(vkey.type()).isEqualTo(SignatureType.COSIGNATURE_V1);
    Note cosigned = Note.parse(w.log.checkpoint(5).text() + "\n" + answer.body());
    assertThat(NoteVerifier.of(vkey).verify(cosigned).verifiedBy()).containsExactly(vkey);

    // by hand, from the spec: key ID || u64 timestamp || Ed25519("cosignature/v1\ntime T\n" ||
    // checkpoint)
    String b64 = answer.body().substring(answer.body().lastIndexOf(' ') + 1).strip();
    byte[] raw = Base64.getDecoder().decode(b64);
    assertThat(Arrays.copyOf(raw, 4))
        .isEqualTo(HexFormat.of().parseHex(vkey.toString().split("\\+")[1]));
    long timestamp = ByteBuffer.wrap(raw, 4, 8).getLong();
    assertThat(timestamp).isEqualTo(WitnessFixture.NOW.getEpochSecond());
    Signature ed = Signature.getInstance("Ed25519");
    ed.initVerify(
        KeyFactory.getInstance("Ed25519")
            .generatePublic(
                new X509EncodedKeySpec(
                    concat(
                        HexFormat.of().parseHex("302a300506032b6570032100"), vkey.publicKey()))));
    ed.update(
        ("cosignature/v1\ntime " + timestamp + "\n" + w.log.checkpoint(5).text())
            .getBytes(StandardCharsets.UTF_8));
    assertThat(ed.verify(Arrays.copyOfRange(raw, 12, raw.length))).isTrue();

    assertThat(w.held().size()).isEqualTo(5);
    assertThat(w.held().root()).isEqualTo(w.log.root(5));
  }

  @Test
  void growingLog_withAConsistencyProof_isCosignedAtEachSize() throws Exception {
    assertThat(w.add(w.log.body(0, 1)).status()).isEqualTo(200);
    for (long[] step : new long[][] {{1, 2}, {2, 3}, {3, 8}, {8, 13}, {13, 20}}) {
      WitnessAnswer answer = w.add(w.log.body(step[0], step[1]));
      assertThat(answer.status()).as("%d -> %d", step[0], step[1]).isEqualTo(200);
    }
    assertThat(w.held().size()).isEqualTo(20);
    assertThat(w.refusals()).isEmpty();
  }

  @Test
  void replayOfTheSameCheckpoint_isCosignedAgain_andChangesNothing() throws Exception {
    assertThat(w.add(w.log.body(0, 7)).status()).isEqualTo(200);
    WitnessAnswer again = w.add(w.log.body(7, 7));
    assertThat(again.status()).isEqualTo(200);
    assertThat(w.held().size()).isEqualTo(7);
    assertThat(w.held().root()).isEqualTo(w.log.root(7));
  }

  @Test
  void staleOldSize_is409_withTheHeldSizeAsTextXTlogSize() {
    assertThat(w.add(w.log.body(0, 5)).status()).isEqualTo(200);
    for (String body : List.of(w.log.body(0, 12), w.log.body(3, 12), w.log.body(8, 12))) {
      WitnessAnswer answer = w.add(body);
      assertThat(answer.status()).isEqualTo(409);
      assertThat(answer.contentType()).isEqualTo("text/x.tlog.size");
      assertThat(answer.body()).isEqualTo("5\n");
    }
    assertThat(w.add(w.log.body(5, 12)).status()).isEqualTo(200);
  }

  @Test
  void olderCheckpoint_cannotRollTheWitnessBack() throws Exception {
    assertThat(w.add(w.log.body(0, 12)).status()).isEqualTo(200);
    WitnessAnswer asIfNew = w.add(TestTree.body(8, List.of(), w.log.note(8)));
    assertThat(asIfNew.status()).isEqualTo(409);
    assertThat(asIfNew.body()).isEqualTo("12\n");
    assertThat(w.add(TestTree.body(12, List.of(), w.log.note(8))).status()).isEqualTo(400);
    assertThat(w.held().size()).isEqualTo(12);
  }

  @Test
  void unknownOrigin_is404() {
    TestTree other = TestTree.create("elsewhere.example/log").grow(3);
    WitnessAnswer answer = w.add(other.body(0, 3));
    assertThat(answer.status()).isEqualTo(404);
  }

  @Test
  void checkpointSignedByAnotherKeyOfTheSameName_is403() throws Exception {
    TestTree impostor = TestTree.create(w.log.origin).grow(5);
    assertThat(w.add(impostor.body(0, 5)).status()).isEqualTo(403);
    assertThat(new WitnessStore(w.store.dataSource()).held(w.log.origin)).isEmpty();
  }

  @Test
  void checkpointWhoseTrustedSignatureFails_is403() {
    String note = w.log.note(5);
    String tampered = note.replace(w.log.checkpoint(5).text(), w.log.checkpoint(6).text());
    assertThat(w.add(TestTree.body(0, List.of(), tampered)).status()).isEqualTo(403);
  }

  @Test
  void oldSizeLargerThanTheCheckpoint_is400() {
    assertThat(w.add(w.log.body(0, 5)).status()).isEqualTo(200);
    assertThat(w.add(TestTree.body(6, List.of(), w.log.note(5))).status()).isEqualTo(400);
  }

  @Test
  void malformedBodies_are400() {
    String note = w.log.note(5);
    String hash = Base64.getEncoder().encodeToString(w.log.root(1));
    for (String body :
        List.of(
            "",
            "old 0",
            "old 0\n",
            "old\n\n" + note,
            "old -1\n\n" + note,
            "old 05\n\n" + note,
            "old 0x1\n\n" + note,
            "new 0\n\n" + note,
            "old 0\n" + note,
            "old 0\n\n",
            "old 0\n\nnot a note\n",
            "old 0\n\n" + w.log.checkpoint(5).text(),
            "old 1\n" + hash.replace("=", "") + "\n\n" + note,
            "old 1\n" + hash + "\n" + hash + "\n" + "\n" + note.replace("\n", "\r\n"),
            "old 99999999999999999999\n\n" + note,
            "old 1\n" + (hash + "\n").repeat(64) + "\n" + note)) {
      assertThat(w.add(body).status()).as(body).isEqualTo(400);
    }
  }

  @Test
  void oversizeBody_is413() throws Exception {
    byte[] big = new byte[Witness.MAX_BODY_BYTES + 1];
    Arrays.fill(big, (byte) 'a');
    WitnessAnswer answer = w.witness.addCheckpoint(new ByteArrayInputStream(big));
    assertThat(answer.status()).isEqualTo(413);
  }

  @Test
  void cosignerName_andKey_areStableAcrossRestarts() {
    VerifierKey first = w.witness.verifierKey();
    assertThat(w.newWitness().verifierKey()).isEqualTo(first);
    assertThat(first.name()).isEqualTo("witness.example/w1");
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
