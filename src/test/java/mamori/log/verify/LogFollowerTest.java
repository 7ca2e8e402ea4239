package mamori.log.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogFollowerTest {
  private static final String ORIGIN = "mamori.example/log/tenant-1";
  private final ReferenceTree tree = ReferenceTree.ofEntries(40);
  private final ReferenceTree forked = forkOf(tree, 20);
  private NoteSigner log;
  private LogFollower follower;

  @BeforeEach
  void setUp() throws GeneralSecurityException {
    KeyPair pair = NoteSignerTest.ed25519();
    log = NoteSigner.ed25519(ORIGIN, pair.getPrivate(), pair.getPublic());
    follower = LogFollower.trustOnFirstUse(ORIGIN, NoteVerifier.of(log.verifierKey()));
  }

  @Test
  void happyPath_advancesWithEachConsistentCheckpoint() throws RefusedCheckpointException {
    assertThat(follower.latest()).isEmpty();
    assertThat(follower.accept(signed(tree, 3), List.of()).size()).isEqualTo(3);
    follower.accept(signed(tree, 10), tree.consistencyProof(3, 10));
    follower.accept(signed(tree, 10), List.of());
    Checkpoint latest = follower.accept(signed(tree, 32), tree.consistencyProof(10, 32));
    assertThat(follower.latest()).contains(latest);
    assertThat(latest.root()).isEqualTo(tree.root(32));
  }

  @Test
  void forkedCheckpoint_ofTheSameSize_isRefused() throws RefusedCheckpointException {
    follower.accept(signed(tree, 25), List.of());
    assertThatThrownBy(() -> follower.accept(signed(forked, 25), List.of()))
        .isInstanceOfSatisfying(
            RefusedCheckpointException.class,
            e -> {
              assertThat(e.reason()).startsWith("fork");
              assertThat(e.held().orElseThrow().root()).isEqualTo(tree.root(25));
              assertThat(e.offered().orElseThrow().root()).isEqualTo(forked.root(25));
              assertThat(e.getMessage())
                  .contains(b64(tree.root(25)), b64(forked.root(25)), "size 25");
            });
    assertThat(follower.latest().orElseThrow().root()).isEqualTo(tree.root(25));
  }

  @Test
  void forkedCheckpoint_ofALargerSize_isRefusedWithTheProof() throws RefusedCheckpointException {
    follower.accept(signed(tree, 25), List.of());
    List<byte[]> proof = forked.consistencyProof(25, 30);
    assertThatThrownBy(() -> follower.accept(signed(forked, 30), proof))
        .isInstanceOfSatisfying(
            RefusedCheckpointException.class,
            e -> {
              assertThat(e.reason()).startsWith("fork: not consistent");
              assertThat(e.getCause()).isInstanceOf(ProofException.class);
              assertThat(e.proof()).hasSameSizeAs(proof);
              assertThat(e.getMessage())
                  .contains(
                      "size 25 root " + b64(tree.root(25)), "size 30 root " + b64(forked.root(30)));
            });
    assertThat(follower.latest().orElseThrow().size()).isEqualTo(25);
  }

  @Test
  void rollback_isRefused() throws RefusedCheckpointException {
    follower.accept(signed(tree, 25), List.of());
    assertThatThrownBy(() -> follower.accept(signed(tree, 24), List.of()))
        .isInstanceOf(RefusedCheckpointException.class)
        .hasMessageContaining("rollback");
  }

  @Test
  void badSignature_isRefused() throws GeneralSecurityException {
    KeyPair other = NoteSignerTest.ed25519();
    NoteSigner impostor = NoteSigner.ed25519(ORIGIN, other.getPrivate(), other.getPublic());
    String text = checkpoint(tree, 5).text();
    NoteSignature forged =
        new NoteSignature(ORIGIN, log.verifierKey().keyId(), impostor.sign(text).signature());
    assertThatThrownBy(() -> follower.accept(Note.of(text, List.of(forged)).toString(), List.of()))
        .isInstanceOfSatisfying(
            RefusedCheckpointException.class,
            e -> {
              assertThat(e.getCause()).isInstanceOf(NoteException.class);
              assertThat(e.offered()).isEmpty();
            });
    assertThatThrownBy(() ->
            follower.accept(Note.of(text, List.of(impostor.sign(text))).toString(), List.of()))
        .isInstanceOf(RefusedCheckpointException.class)
        .hasMessageContaining("no trusted key");
    assertThat(follower.latest()).isEmpty();
  }

  @Test
  void checkpointOfAnotherOrigin_isRefused() throws GeneralSecurityException {
    String text = new Checkpoint("mamori.example/log/tenant-2", 5, tree.root(5)).text();
    assertThatThrownBy(
            () -> follower.accept(Note.of(text, List.of(log.sign(text))).toString(), List.of()))
        .isInstanceOf(RefusedCheckpointException.class)
        .hasMessageContaining("another origin");
  }

  @Test
  void pinnedCheckpoint_isTheStartingPoint() throws RefusedCheckpointException {
    LogFollower pinned =
        LogFollower.pinned(checkpoint(tree, 20), NoteVerifier.of(log.verifierKey()));
    assertThat(pinned.origin()).isEqualTo(ORIGIN);
    assertThatThrownBy(() -> pinned.accept(signed(tree, 30), List.of()))
        .isInstanceOf(RefusedCheckpointException.class);
    assertThat(pinned.accept(signed(tree, 30), tree.consistencyProof(20, 30)).size()).isEqualTo(30);
  }

  @Test
  void fromTheEmptyTree_noProofIsNeeded_andNoneIsAccepted() throws RefusedCheckpointException {
    follower.accept(signed(tree, 0), List.of());
    assertThatThrownBy(() -> follower.accept(signed(tree, 5), List.of(tree.root(5))))
        .isInstanceOf(RefusedCheckpointException.class)
        .hasMessageContaining("none is needed");
    assertThat(follower.accept(signed(tree, 5), List.of()).size()).isEqualTo(5);
  }

  @Test
  void emptyTreeWithAnotherRoot_isRefused() {
    String text = new Checkpoint(ORIGIN, 0, tree.root(1)).text();
    assertThatThrownBy(
            () -> follower.accept(Note.of(text, List.of(log.sign(text))).toString(), List.of()))
        .isInstanceOf(RefusedCheckpointException.class)
        .hasMessageContaining("empty tree");
  }

  @Test
  void mlDsa44SignedAndCosignedCheckpoints_areFollowed() throws Exception {
    KeyPair logPair = NoteSignerTest.mlDsa44();
    KeyPair witnessPair = NoteSignerTest.ed25519();
    Clock clock = Clock.fixed(Instant.ofEpochSecond(1_700_000_000), ZoneOffset.UTC);
    NoteSigner pqLog = NoteSigner.mlDsa44(ORIGIN, logPair.getPrivate(), logPair.getPublic(), clock);
    NoteSigner witness =
        NoteSigner.cosignatureV1(
            "witness.example/w1", witnessPair.getPrivate(), witnessPair.getPublic(), clock);
    LogFollower resident =
        LogFollower.trustOnFirstUse(
            ORIGIN, NoteVerifier.of(pqLog.verifierKey(), witness.verifierKey()));
    for (int size : new int[] {7, 19}) {
      String text = checkpoint(tree, size).text();
      String note = Note.of(text, List.of(pqLog.sign(text), witness.sign(text))).toString();
      resident.accept(note, size == 7 ? List.of() : tree.consistencyProof(7, 19));
    }
    assertThat(resident.latest().orElseThrow().size()).isEqualTo(19);
  }

  private String signed(ReferenceTree source, int size) {
    String text = checkpoint(source, size).text();
    return Note.of(text, List.of(log.sign(text))).toString();
  }

  private static Checkpoint checkpoint(ReferenceTree source, int size) {
    return new Checkpoint(ORIGIN, size, source.root(size));
  }

  /**
   * The same first {@code common} entries, then different ones: what a rewritten log looks like.
   */
  private static ReferenceTree forkOf(ReferenceTree original, int common) {
    List<byte[]> leaves = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      leaves.add(i < common ? original.leaf(i) : Rfc6962.leafHash("rewritten entry " + i));
    }
    return new ReferenceTree(leaves);
  }

  private static String b64(byte[] hash) {
    return Base64.getEncoder().encodeToString(hash);
  }
}
