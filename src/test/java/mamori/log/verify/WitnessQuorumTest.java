package mamori.log.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WitnessQuorumTest {
  private static final String ORIGIN = "mamori.example/log/tenant-1";
  private final ReferenceTree tree = ReferenceTree.ofEntries(10);
  private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
  private NoteSigner log;
  private NoteSigner ppc;
  private NoteSigner city;
  private NoteSigner stranger;

  @BeforeEach
  void setUp() throws GeneralSecurityException {
    KeyPair l = NoteSignerTest.ed25519();
    log = NoteSigner.ed25519(ORIGIN, l.getPrivate(), l.getPublic());
    ppc = cosigner("ppc");
    city = cosigner("city");
    stranger = cosigner("ppc"); // same name as a listed witness, another key
  }

  @Test
  void twoListedCosigners_makeAQuorumOfTwo() throws NoteException {
    WitnessQuorum q = WitnessQuorum.of(List.of(ppc.verifierKey(), city.verifierKey()), 2);
    Note note = note(checkpoint(7), city, ppc);
    assertThat(q.cosigners(note)).containsExactly(ppc.verifierKey(), city.verifierKey());
    assertThat(q.check(note)).hasSize(2);
    assertThat(q.witnesses()).containsExactly(ppc.verifierKey(), city.verifierKey());
    assertThat(q.quorum()).isEqualTo(2);
  }

  @Test
  void oneShort_isRefusedNamingTheCounts() {
    WitnessQuorum q = WitnessQuorum.of(List.of(ppc.verifierKey(), city.verifierKey()), 2);
    Note note = note(checkpoint(7), ppc);
    assertThatThrownBy(() -> q.check(note))
        .isInstanceOf(NoteException.class)
        .hasMessage("not enough witness cosignatures: 1 of the 2 required (of 2 listed)");
  }

  @Test
  void aKeyNotOnTheList_doesNotCount_evenUnderAListedName() {
    WitnessQuorum q = WitnessQuorum.of(List.of(ppc.verifierKey()), 1);
    assertThat(q.cosigners(note(checkpoint(7), stranger, city))).isEmpty();
  }

  @Test
  void aCosignatureReplayedFromAnotherCheckpoint_doesNotCount() {
    WitnessQuorum q = WitnessQuorum.of(List.of(ppc.verifierKey()), 1);
    String old = checkpoint(5);
    String now = checkpoint(7);
    Note replayed = Note.of(now, List.of(log.sign(now), ppc.sign(old)));
    assertThat(q.cosigners(replayed)).isEmpty();
  }

  @Test
  void aCosignatureForAnotherLog_doesNotCount() {
    WitnessQuorum q = WitnessQuorum.of(List.of(ppc.verifierKey()), 1);
    String ours = checkpoint(7);
    String theirs = new Checkpoint("other.example/log", 7, tree.root(7)).text();
    Note note = Note.of(ours, List.of(log.sign(ours), ppc.sign(theirs)));
    assertThat(q.cosigners(note)).isEmpty();
  }

  @Test
  void aSecondLineByTheSameKey_countsOnce() {
    WitnessQuorum q = WitnessQuorum.of(List.of(ppc.verifierKey(), city.verifierKey()), 2);
    String text = checkpoint(7);
    Note twice =
        Note.of(text, List.of(log.sign(text), ppc.sign(text), ppc.sign(text), ppc.sign(text)));
    assertThat(q.cosigners(twice)).containsExactly(ppc.verifierKey());
    assertThatThrownBy(() -> q.check(twice)).hasMessageContaining("1 of the 2");
  }

  @Test
  void aListedKeysBrokenLine_doesNotCount_andDoesNotRefuseTheNote() throws NoteException {
    WitnessQuorum q = WitnessQuorum.of(List.of(ppc.verifierKey(), city.verifierKey()), 1);
    String text = checkpoint(7);
    NoteSignature good = ppc.sign(text);
    byte[] bad = good.signature();
    bad[bad.length - 1] ^= 1;
    Note note =
        Note.of(
            text,
            List.of(
                log.sign(text),
                new NoteSignature(good.keyName(), good.keyId(), bad),
                city.sign(text)));
    assertThat(q.check(note)).containsExactly(city.verifierKey());
  }

  @Test
  void oneKeyUnderTwoNames_isListedTwice_forItsLineCopiedUnderTheOtherNameWouldVerify()
      throws GeneralSecurityException, NoteException {
    // a cosignature/v1 signs the checkpoint text, not the witness's name: whoever sees one line can
    // write it again under any other name of the same key, so one witness would count twice
    KeyPair pair = NoteSignerTest.ed25519();
    NoteSigner first = NoteSigner.cosignatureV1("ppc", pair.getPrivate(), pair.getPublic(), clock);
    NoteSigner alias =
        NoteSigner.cosignatureV1("ppc-renamed", pair.getPrivate(), pair.getPublic(), clock);
    String text = checkpoint(7);
    NoteSignature line = first.sign(text);
    Note note =
        Note.of(
            text,
            List.of(
                log.sign(text),
                line,
                new NoteSignature(
                    alias.verifierKey().name(), alias.verifierKey().keyId(), line.signature())));
    assertThat(WitnessQuorum.of(List.of(alias.verifierKey()), 1).check(note))
        .containsExactly(alias.verifierKey());
    assertThatThrownBy(() -> WitnessQuorum.of(List.of(first.verifierKey(), alias.verifierKey()), 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("listed twice");
  }

  @Test
  void quorumZero_acceptsANoteNoWitnessSigned() throws NoteException {
    WitnessQuorum q = WitnessQuorum.of(List.of(ppc.verifierKey()), 0);
    assertThat(q.check(note(checkpoint(7)))).isEmpty();
  }

  @Test
  void theList_takesOnlyCosignatureKeys_eachOnce_andAQuorumItCanMeet() {
    assertThatThrownBy(() -> WitnessQuorum.of(List.of(log.verifierKey()), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cosignature/v1");
    assertThatThrownBy(() -> WitnessQuorum.of(List.of(ppc.verifierKey(), ppc.verifierKey()), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("listed twice");
    assertThatThrownBy(() -> WitnessQuorum.of(List.of(ppc.verifierKey()), 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from 0 to the number of witnesses (1)");
    assertThatThrownBy(() -> WitnessQuorum.of(List.of(ppc.verifierKey()), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(WitnessQuorum.of(List.of(ppc.verifierKey()), 1).quorum()).isEqualTo(1);
    assertThat(WitnessQuorum.of(List.of(), 0).witnesses()).isEmpty();
  }

  private String checkpoint(int size) {
    return new Checkpoint(ORIGIN, size, tree.root(size)).text();
  }

  private Note note(String text, NoteSigner... witnesses) {
    Note note = Note.of(text, List.of(log.sign(text)));
    for (NoteSigner w : witnesses) {
      note = note.withSignature(w.sign(text));
    }
    return note;
  }

  private NoteSigner cosigner(String name) throws GeneralSecurityException {
    KeyPair pair = NoteSignerTest.ed25519();
    return NoteSigner.cosignatureV1(name, pair.getPrivate(), pair.getPublic(), clock);
  }
}
