package mamori.log.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoteTest {
  /** The example of c2sp.org/signed-note: its text has an empty line of its own. */
  static final String SPEC_NOTE =
      "Ognuno sta solo sul cuor della terra\ntrafitto da un raggio di sole:\n\ned è subito sera.\n\n"
          + "\u2014 quasimodo.example/salvatore NnugSzTjtVAewIS+Z/iJhUPeFDkO/5QQ2i5ddnGITLlC+EhfLW9oJKONrMouFSQU0xMcXxj99ihAQwaqP3ZekRwNtIc=\n";

  @Test
  void goExampleNote_parsesAndPrintsBackUnchanged() throws NoteException {
    String signed = GoNoteVectors.TEXT + "\n" + GoNoteVectors.PETER_SIG;
    Note note = Note.parse(signed);
    assertThat(note.text()).isEqualTo(GoNoteVectors.TEXT);
    assertThat(note.signatures())
        .singleElement()
        .satisfies(s -> {
          assertThat(s.keyName()).isEqualTo("PeterNeumann");
          assertThat(s.keyId()).isEqualTo(0xc74f20a3);
          assertThat(s.signature()).hasSize(64);
        });
    assertThat(note).hasToString(signed);
  }

  @Test
  void specExample_splitsAtTheLastBlankLine() throws NoteException {
    Note note = Note.parse(SPEC_NOTE);
    assertThat(note.text())
        .isEqualTo(
            "Ognuno sta solo sul cuor della terra\ntrafitto da un raggio di sole:\n\ned è subito sera.\n");
    assertThat(note.signatures())
        .singleElement()
        .extracting(NoteSignature::keyName)
        .isEqualTo("quasimodo.example/salvatore");
  }

  @Test
  void goMalformedNotes_areRefused() {
    String text = GoNoteVectors.TEXT;
    String sig = GoNoteVectors.PETER_SIG;
    List<String> bad =
        List.of(
            text,
            text + "\n",
            text + "\n" + sig.substring(0, sig.length() - 1),
            "\u0001" + text + "\n" + sig,
            text
                + "\n"
                + "\u2014 Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=",
            text + "\n" + sig + "Unexpected line.\n",
            text
                + "\n"
                + "-- PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
            text
                + "\n"
                + "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM\n",
            text + "\n" + "\u2014 PeterNeumann AAAA\n",
            text
                + "\n"
                + "\u2014 a+b x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
            "\ud800" + text + "\n" + sig);
    for (String note : bad) {
      assertThatThrownBy(() -> Note.parse(note))
          .as(note)
          .isInstanceOf(NoteException.class)
          .hasMessageStartingWith("malformed note");
    }
  }

  @Test
  void bytesThatAreNotUtf8_areRefused() {
    byte[] signed =
        (GoNoteVectors.TEXT + "\n" + GoNoteVectors.PETER_SIG)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    signed[0] = (byte) 0xff;
    assertThatThrownBy(() -> Note.parse(signed))
        .isInstanceOf(NoteException.class)
        .hasMessageContaining("UTF-8");
  }

  @Test
  void hundredSignatures_areAccepted_andOneMoreIsRefused() throws NoteException {
    String hundred = GoNoteVectors.TEXT + "\n" + GoNoteVectors.PETER_SIG.repeat(100);
    assertThat(Note.parse(hundred).signatures()).hasSize(100);
    assertThatThrownBy(() -> Note.parse(hundred + GoNoteVectors.PETER_SIG))
        .isInstanceOf(NoteException.class);
  }

  @Test
  void noteOverOneMebibyte_isRefused() {
    String huge = "a".repeat(Note.MAX_BYTES) + "\n\n" + GoNoteVectors.PETER_SIG;
    assertThatThrownBy(() -> Note.parse(huge))
        .isInstanceOf(NoteException.class)
        .hasMessageContaining("longer");
  }

  @Test
  void withSignature_replacesTheLineOfTheSameKey() throws NoteException {
    Note note =
        Note.parse(GoNoteVectors.TEXT + "\n" + GoNoteVectors.PETER_SIG + GoNoteVectors.ENOCH_SIG);
    NoteSignature peter = note.signatures().getFirst();
    NoteSignature replacement =
        new NoteSignature(peter.keyName(), peter.keyId(), new byte[] {1, 2, 3});
    assertThat(note.withSignature(replacement).signatures())
        .containsExactly(note.signatures().get(1), replacement);
  }

  @Test
  void textWithoutFinalNewline_cannotMakeANote() {
    assertThatThrownBy(() -> Note.of("abc", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
