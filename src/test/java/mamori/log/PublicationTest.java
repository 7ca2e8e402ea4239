package mamori.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.log.verify.NoteSigner;
import mamori.log.verify.VerifierKey;
import mamori.store.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A checkpoint is published only with valid cosignatures of {@code min(k, n)} listed witnesses over
 * exactly its text: a key not on the list, a cosignature for another log and one replayed from
 * another checkpoint count for nothing.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class PublicationTest extends LogTestBase {
  static final Clock CLOCK = Clock.systemUTC();
  final NoteSigner ppc = witness("ppc.example/witness");
  final NoteSigner neighbour = witness("neighbour-city.example/witness");
  final NoteSigner third = witness("third.example/witness");
  final NoteSigner unlisted = witness("unlisted.example/witness");
  TenantLog log;

  static NoteSigner witness(String name) {
    try {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      return NoteSigner.cosignatureV1(name, pair.getPrivate(), pair.getPublic(), CLOCK);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeEach
  void open() {
    log = logs.forTenant("demo-city");
    log.append(TenantLogTest.record(1));
    log.append(TenantLogTest.record(2));
    await().atMost(Duration.ofSeconds(5)).until(() -> size(log.checkpoint().orElse("")) == 2);
  }

  @Test
  void withNoWitness_everySignedCheckpointIsPublished() {
    assertThat(log.witnessPolicy().required()).isZero();
    assertThat(log.publishedCheckpoint()).isEqualTo(log.checkpoint());
  }

  @Test
  void aCheckpointCosignedByAListedWitness_isPublished_andANewerSignedOneWaits() throws Exception {
    log.publishWhen(policy(1, ppc, neighbour));
    assertThat(log.publishedCheckpoint()).isEmpty();
    String cosigned = cosign(log.checkpoint().orElseThrow(), ppc);
    log.storeCosigned(2, cosigned);
    assertThat(log.publishedCheckpoint()).hasValue(cosigned);

    log.append(TenantLogTest.record(3));
    await().atMost(Duration.ofSeconds(5)).until(() -> size(log.checkpoint().orElse("")) == 3);
    assertThat(log.publishedCheckpoint()).hasValue(cosigned);
    assertThat(log.publishedCheckpointAtMost(1)).isEmpty();
  }

  @Test
  void aCosignatureByAKeyNotOnTheList_countsForNothing() throws Exception {
    log.publishWhen(policy(1, ppc, neighbour));
    log.storeCosigned(2, cosign(log.checkpoint().orElseThrow(), unlisted));
    assertThat(log.publishedCheckpoint()).isEmpty();
  }

  @Test
  void aCosignatureForAnotherLog_countsForNothing() throws Exception {
    log.publishWhen(policy(1, ppc));
    Note note = Note.parse(log.checkpoint().orElseThrow());
    Checkpoint ours = Checkpoint.parse(note.text());
    String otherLog = new Checkpoint("other.example/log/demo-city", 2, ours.root()).text();
    log.storeCosigned(2, note.withSignature(ppc.sign(otherLog)).toString());
    assertThat(log.publishedCheckpoint()).isEmpty();
  }

  @Test
  void aCosignatureReplayedFromAnotherCheckpoint_countsForNothing() throws Exception {
    log.publishWhen(policy(1, ppc));
    String older = log.checkpoint().orElseThrow();
    log.append(TenantLogTest.record(3));
    await().atMost(Duration.ofSeconds(5)).until(() -> size(log.checkpoint().orElse("")) == 3);
    Note newer = Note.parse(log.checkpoint().orElseThrow());
    // the witness's valid line on the checkpoint of size 2, copied onto the one of size 3
    var replayed = ppc.sign(Note.parse(older).text());
    log.storeCosigned(3, newer.withSignature(replayed).toString());
    assertThat(log.publishedCheckpoint()).isEmpty();
  }

  @Test
  void aQuorumOfTwo_needsTwoListedWitnesses_andAQuorumAboveNCountsAsN() throws Exception {
    log.publishWhen(policy(2, ppc, neighbour, third));
    String one = cosign(log.checkpoint().orElseThrow(), ppc);
    log.storeCosigned(2, one);
    assertThat(log.publishedCheckpoint()).isEmpty();
    String two = cosign(one, neighbour);
    log.storeCosigned(2, two);
    assertThat(log.publishedCheckpoint()).hasValue(two);

    log.publishWhen(policy(5, ppc, neighbour));
    assertThat(log.witnessPolicy().required()).isEqualTo(2);
    assertThat(log.publishedCheckpoint()).hasValue(two);
    log.publishWhen(policy(5, ppc, neighbour, third));
    assertThat(log.publishedCheckpoint()).isEmpty();
  }

  @Test
  void afterARestart_thePublishedCheckpointIsFoundAgain() throws Exception {
    String cosigned = cosign(log.checkpoint().orElseThrow(), ppc);
    log.storeCosigned(2, cosigned);
    log.append(TenantLogTest.record(3));
    await().atMost(Duration.ofSeconds(5)).until(() -> size(log.checkpoint().orElse("")) == 3);
    TenantLog reopened = reopenLogs().forTenant("demo-city");
    reopened.publishWhen(policy(1, ppc));
    assertThat(reopened.publishedCheckpoint()).hasValue(cosigned);
  }

  @Test
  void aPolicyIsCosignatureKeysAndAQuorumOfAtLeastOne() {
    assertThatThrownBy(() -> policy(0, ppc)).isInstanceOf(IllegalArgumentException.class);
    VerifierKey logKey = logs.verifierKeys("demo-city").getFirst();
    assertThatThrownBy(() -> new WitnessPolicy(List.of(logKey), 1))
        .isInstanceOf(IllegalArgumentException.class);
    // one witness's key under two names would count twice: its line verifies under either name
    KeyPair pair;
    try {
      pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    VerifierKey key =
        NoteSigner.cosignatureV1("ppc.example/witness", pair.getPrivate(), pair.getPublic(), CLOCK)
            .verifierKey();
    VerifierKey renamed =
        NoteSigner.cosignatureV1(
                "renamed.example/witness", pair.getPrivate(), pair.getPublic(), CLOCK)
            .verifierKey();
    assertThatThrownBy(() -> new WitnessPolicy(List.of(key, renamed), 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("listed twice");
  }

  static WitnessPolicy policy(int k, NoteSigner... witnesses) {
    return new WitnessPolicy(
        java.util.Arrays.stream(witnesses).map(NoteSigner::verifierKey).toList(), k);
  }

  static String cosign(String signed, NoteSigner witness) throws Exception {
    Note note = Note.parse(signed);
    return note.withSignature(witness.sign(note.text())).toString();
  }

  static long size(String signed) {
    try {
      return signed.isEmpty() ? 0 : Checkpoint.parse(Note.parse(signed).text()).size();
    } catch (mamori.log.verify.NoteException e) {
      return -1;
    }
  }
}
