package mamori.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.log.verify.NoteSignature;
import mamori.log.verify.SignatureType;
import mamori.log.verify.VerifierKey;
import mamori.store.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * TenantLog.storeCosigned adds signatures to a stored checkpoint and refuses to change what was
 * signed.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
@Tag("timed") // it times itself: run alone, in the one-fork execution (docs/testing.md)
class StoreCosignedTest extends LogTestBase {
  TenantLog log;

  @BeforeEach
  void open() {
    log = logs.forTenant("demo-city");
    log.append(TenantLogTest.record(1));
    log.append(TenantLogTest.record(2));
    // the checkpoint of both entries: under load one of the first alone may be signed before it,
    // and a test that took that one would then find the newer one as the latest
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> {
          var latest = log.checkpoint();
          return latest.isPresent()
              && Checkpoint.parse(Note.parse(latest.get()).text()).size() == 2;
        });
  }

  @Test
  void aNoteWithAnAddedCosignature_isStoredAsTheLatestCheckpoint() throws Exception {
    Note note = Note.parse(log.checkpoint().orElseThrow());
    long size = Checkpoint.parse(note.text()).size();
    Note cosigned = note.withSignature(new NoteSignature("witness.example/w1", 42, new byte[72]));
    log.storeCosigned(size, cosigned.toString());
    assertThat(log.checkpoint()).hasValue(cosigned.toString());
  }

  @Test
  void aNoteOfAnotherCheckpoint_orNoNoteAtAll_isRefused() throws Exception {
    Note note = Note.parse(log.checkpoint().orElseThrow());
    long size = Checkpoint.parse(note.text()).size();
    String other = new Checkpoint("test.example/log/demo-city", size, new byte[32]).text();
    Note forged = Note.of(other, note.signatures());
    assertThatThrownBy(() -> log.storeCosigned(size, forged.toString()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> log.storeCosigned(size - 1, note.toString()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> log.storeCosigned(size, "not a note"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(log.checkpoint()).hasValue(note.toString());
  }

  @Test
  void aNoteWithoutTheLogsEd25519Line_isRefused() throws Exception {
    assertDroppingTheLogsLineIsRefused(SignatureType.ED25519);
  }

  @Test
  void aNoteWithoutTheLogsMlDsaLine_isRefused() throws Exception {
    assertDroppingTheLogsLineIsRefused(SignatureType.ML_DSA_44);
  }

  @Test
  void aNoteWithTheLogsLineCorrupted_isRefused() throws Exception {
    Note note = Note.parse(log.checkpoint().orElseThrow());
    long size = Checkpoint.parse(note.text()).size();
    NoteSignature first = note.signatures().getFirst();
    byte[] flipped = first.signature();
    flipped[0] ^= 1;
    Note corrupted = note.withSignature(new NoteSignature(first.keyName(), first.keyId(), flipped));
    assertThatThrownBy(() -> log.storeCosigned(size, corrupted.toString()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(log.checkpoint()).hasValue(note.toString());
  }

  @Test
  void aNoteDroppingAWitnessLineStoredBefore_isRefused_andAddingAnotherIsStored() throws Exception {
    Note note = Note.parse(log.checkpoint().orElseThrow());
    long size = Checkpoint.parse(note.text()).size();
    Note first = note.withSignature(new NoteSignature("witness.example/w1", 42, new byte[72]));
    log.storeCosigned(size, first.toString());
    Note withoutW1 = note.withSignature(new NoteSignature("witness.example/w2", 43, new byte[72]));
    assertThatThrownBy(() -> log.storeCosigned(size, withoutW1.toString()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(log.checkpoint()).hasValue(first.toString());
    Note both = first.withSignature(new NoteSignature("witness.example/w2", 43, new byte[72]));
    log.storeCosigned(size, both.toString());
    assertThat(log.checkpoint()).hasValue(both.toString());
  }

  private void assertDroppingTheLogsLineIsRefused(SignatureType type) throws Exception {
    Note note = Note.parse(log.checkpoint().orElseThrow());
    long size = Checkpoint.parse(note.text()).size();
    VerifierKey key =
        logs.verifierKeys("demo-city").stream()
            .filter(k -> k.type() == type)
            .findFirst()
            .orElseThrow();
    assertThat(note.signatures()).anyMatch(s -> s.isBy(key));
    List<NoteSignature> kept =
        new ArrayList<>(note.signatures().stream().filter(s -> !s.isBy(key)).toList());
    kept.add(new NoteSignature("witness.example/w1", 42, new byte[72]));
    Note dropped = Note.of(note.text(), kept);
    assertThatThrownBy(() -> log.storeCosigned(size, dropped.toString()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(log.checkpoint()).hasValue(note.toString());
  }
}
