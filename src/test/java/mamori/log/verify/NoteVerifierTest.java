package mamori.log.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Go's sumdb/note Open cases, on its published keys and signatures. */
class NoteVerifierTest {
  private static final VerifierKey PETER = VerifierKey.parse(GoNoteVectors.PETER_VKEY);
  private static final VerifierKey ENOCH = VerifierKey.parse(GoNoteVectors.ENOCH_VKEY);
  private static final String TEXT = GoNoteVectors.TEXT;
  private static final String PETER_SIG = GoNoteVectors.PETER_SIG;
  private static final String ENOCH_SIG = GoNoteVectors.ENOCH_SIG;

  @Test
  void publishedSignature_verifies_andUnknownKeysAreIgnored() throws NoteException {
    VerifiedNote note = NoteVerifier.of(PETER).open(TEXT + "\n" + PETER_SIG + ENOCH_SIG);
    assertThat(note.text()).isEqualTo(TEXT);
    assertThat(note.verifiedBy()).containsExactly(PETER);
    assertThat(note.note().signatures()).hasSize(2);
  }

  @Test
  void bothPublishedSignatures_verify() throws NoteException {
    assertThat(NoteVerifier.of(PETER, ENOCH).open(TEXT + "\n" + PETER_SIG + ENOCH_SIG).verifiedBy())
        .containsExactly(PETER, ENOCH);
  }

  @Test
  void noteWithoutATrustedSignature_isRefused() {
    assertThatThrownBy(() -> NoteVerifier.of().open(TEXT + "\n" + PETER_SIG + ENOCH_SIG))
        .isInstanceOf(NoteException.class)
        .hasMessage("no trusted key signed the note");
  }

  @Test
  void badSignatureOfATrustedKey_refusesTheWholeNote() {
    String broken = PETER_SIG.substring(0, 60) + "ABCD" + PETER_SIG.substring(60);
    assertThatThrownBy(() -> NoteVerifier.of(PETER, ENOCH).open(TEXT + "\n" + ENOCH_SIG + broken))
        .isInstanceOf(NoteException.class)
        .hasMessage("invalid signature for trusted key PeterNeumann+c74f20a3");
  }

  @Test
  void changedText_isRefused() {
    assertThatThrownBy(
            () -> NoteVerifier.of(PETER).open(TEXT.replace("problem", "answer") + "\n" + PETER_SIG))
        .isInstanceOf(NoteException.class)
        .hasMessageContaining("invalid signature");
  }

  @Test
  void repeatedLines_countOnce_andBrokenUnknownLinesAreIgnored() throws NoteException {
    String brokenEnoch = ENOCH_SIG.substring(0, 60) + "ABCD" + ENOCH_SIG.substring(60);
    VerifiedNote note =
        NoteVerifier.of(PETER)
            .open(TEXT + "\n" + PETER_SIG + PETER_SIG + ENOCH_SIG + ENOCH_SIG + brokenEnoch);
    assertThat(note.verifiedBy()).containsExactly(PETER);
  }

  @Test
  void lineWithTheRightNameButAnotherKeyId_isIgnored() {
    String otherId = PETER_SIG.replace("x08g", "xxxx");
    assertThatThrownBy(() -> NoteVerifier.of(PETER).open(TEXT + "\n" + otherId))
        .isInstanceOf(NoteException.class)
        .hasMessage("no trusted key signed the note");
  }

  @Test
  void twoTrustedKeysWithTheSameNameAndId_areRefused() {
    assertThatThrownBy(() -> NoteVerifier.of(ENOCH, PETER, ENOCH))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
