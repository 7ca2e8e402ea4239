package mamori.log.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoteSignerTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.ofEpochSecond(1_700_000_000), ZoneOffset.UTC);
  private static final String CHECKPOINT =
      "mamori.example/log/tenant-1\n42\n"
          + java.util.Base64.getEncoder().encodeToString(Rfc6962.leafHash("synthetic root"))
          + "\n";

  @Test
  void goExampleKey_reproducesThePublishedSignatureLine() throws GeneralSecurityException {
    PrivateKey seed =
        KeyFactory.getInstance("Ed25519")
            .generatePrivate(
                new EdECPrivateKeySpec(NamedParameterSpec.ED25519, GoNoteVectors.peterSeed()));
    VerifierKey peter = VerifierKey.parse(GoNoteVectors.PETER_VKEY);
    NoteSigner signer = NoteSigner.ed25519("PeterNeumann", seed, peter.jdkKey());
    assertThat(signer.verifierKey()).isEqualTo(peter);
    assertThat(signer.signatureLine(GoNoteVectors.TEXT)).isEqualTo(GoNoteVectors.PETER_SIG);
    assertThat(signer).hasToString("NoteSigner PeterNeumann+c74f20a3 ED25519");
  }

  @Test
  void privateKeyOfAnotherPair_isRefused() throws GeneralSecurityException {
    KeyPair one = ed25519();
    KeyPair other = ed25519();
    assertThatThrownBy(() -> NoteSigner.ed25519("log.example", one.getPrivate(), other.getPublic()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cosignatureV1_verifiesAndCarriesTheClockTime() throws Exception {
    KeyPair pair = ed25519();
    NoteSigner witness =
        NoteSigner.cosignatureV1("witness.example/w1", pair.getPrivate(), pair.getPublic(), CLOCK);
    NoteSignature signature = witness.sign(CHECKPOINT);
    assertThat(signature.signature()).hasSize(72);
    assertThat(Encoding.uint64(signature.signature(), 0)).isEqualTo(1_700_000_000L);
    NoteVerifier verifier = NoteVerifier.of(witness.verifierKey());
    assertThat(verifier.verify(Note.of(CHECKPOINT, List.of(signature))).verifiedBy())
        .containsExactly(witness.verifierKey());
    assertThatThrownBy(
            () -> verifier.verify(Note.of(CHECKPOINT.replace("42", "43"), List.of(signature))))
        .isInstanceOf(NoteException.class);
  }

  @Test
  void cosignatureV1_isNotAPlainEd25519Signature() throws Exception {
    KeyPair pair = ed25519();
    NoteSigner witness = NoteSigner.cosignatureV1("w", pair.getPrivate(), pair.getPublic(), CLOCK);
    NoteSigner plain = NoteSigner.ed25519("w", pair.getPrivate(), pair.getPublic());
    assertThat(witness.verifierKey().keyId()).isNotEqualTo(plain.verifierKey().keyId());
    NoteSignature cosignature = witness.sign(CHECKPOINT);
    NoteSignature posing =
        new NoteSignature("w", plain.verifierKey().keyId(), cosignature.signature());
    assertThatThrownBy(
            () -> NoteVerifier.of(plain.verifierKey()).verify(Note.of(CHECKPOINT, List.of(posing))))
        .isInstanceOf(NoteException.class);
  }

  @Test
  void mlDsa44_roundTrips() throws Exception {
    KeyPair pair = mlDsa44();
    NoteSigner log =
        NoteSigner.mlDsa44(
            "mamori.example/log/tenant-1", pair.getPrivate(), pair.getPublic(), CLOCK);
    assertThat(log.verifierKey().type()).isEqualTo(SignatureType.ML_DSA_44);
    NoteSignature signature = log.sign(CHECKPOINT);
    assertThat(signature.signature()).hasSize(8 + 2420);
    assertThat(Encoding.uint64(signature.signature(), 0)).isEqualTo(1_700_000_000L);
    String signed = Note.of(CHECKPOINT, List.of(signature)).toString();
    assertThat(NoteVerifier.of(log.verifierKey()).open(signed).verifiedBy())
        .containsExactly(log.verifierKey());
    assertThat(NoteVerifier.of(VerifierKey.parse(log.verifierKey().toString())).open(signed).text())
        .isEqualTo(CHECKPOINT);
  }

  @Test
  void mlDsa44SignatureOverAChangedCheckpoint_fails() throws Exception {
    KeyPair pair = mlDsa44();
    NoteSigner log =
        NoteSigner.mlDsa44(
            "mamori.example/log/tenant-1", pair.getPrivate(), pair.getPublic(), CLOCK);
    NoteSignature signature = log.sign(CHECKPOINT);
    String changed = CHECKPOINT.replace("\n42\n", "\n41\n");
    assertThatThrownBy(
            () -> NoteVerifier.of(log.verifierKey()).verify(Note.of(changed, List.of(signature))))
        .isInstanceOf(NoteException.class)
        .hasMessageContaining("invalid signature");
  }

  @Test
  void mlDsa44SignatureByTheWrongKey_fails() throws Exception {
    KeyPair pair = mlDsa44();
    KeyPair impostor = mlDsa44();
    NoteSigner log =
        NoteSigner.mlDsa44(
            "mamori.example/log/tenant-1", pair.getPrivate(), pair.getPublic(), CLOCK);
    NoteSigner fake =
        NoteSigner.mlDsa44(
            "mamori.example/log/tenant-1", impostor.getPrivate(), impostor.getPublic(), CLOCK);
    NoteSignature forged =
        new NoteSignature(
            log.verifierKey().name(), log.verifierKey().keyId(), fake.sign(CHECKPOINT).signature());
    assertThatThrownBy(
            () -> NoteVerifier.of(log.verifierKey()).verify(Note.of(CHECKPOINT, List.of(forged))))
        .isInstanceOf(NoteException.class)
        .hasMessageContaining("invalid signature");
    assertThatThrownBy(() ->
            NoteVerifier.of(log.verifierKey())
                .verify(Note.of(CHECKPOINT, List.of(fake.sign(CHECKPOINT)))))
        .isInstanceOf(NoteException.class)
        .hasMessage("no trusted key signed the note");
  }

  @Test
  void mlDsa44_refusesExtensionLines_whichItWouldNotSign() throws Exception {
    KeyPair pair = mlDsa44();
    NoteSigner log =
        NoteSigner.mlDsa44(
            "mamori.example/log/tenant-1", pair.getPrivate(), pair.getPublic(), CLOCK);
    assertThatThrownBy(() -> log.sign(CHECKPOINT + "extension\n"))
        .isInstanceOf(IllegalArgumentException.class);
    NoteSignature signature = log.sign(CHECKPOINT);
    assertThatThrownBy(() ->
            NoteVerifier.of(log.verifierKey())
                .verify(Note.of(CHECKPOINT + "extension\n", List.of(signature))))
        .isInstanceOf(NoteException.class);
  }

  @Test
  void cosignersSignOnlyCheckpoints() throws Exception {
    KeyPair pair = ed25519();
    NoteSigner witness = NoteSigner.cosignatureV1("w", pair.getPrivate(), pair.getPublic(), CLOCK);
    assertThatThrownBy(() -> witness.sign("not a checkpoint\n"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> witness.sign("no newline"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static KeyPair ed25519() throws GeneralSecurityException {
    return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
  }

  static KeyPair mlDsa44() throws GeneralSecurityException {
    return KeyPairGenerator.getInstance("ML-DSA-44").generateKeyPair();
  }
}
