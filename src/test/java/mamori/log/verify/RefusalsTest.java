package mamori.log.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a verifier must refuse, each for its own reason: malformed proofs, and signatures or
 * cosignatures of the wrong length, with an impossible timestamp, under an unusable name or key. A
 * verifier that said yes to any of these would accept a forged checkpoint or proof.
 */
class RefusalsTest {
  static final byte[] HASH = new byte[32];

  static ProofException inclusion(long index, long size, List<byte[]> proof) {
    try {
      MerkleProofs.verifyInclusion(index, size, HASH, proof, HASH);
    } catch (ProofException e) {
      return e;
    }
    throw new AssertionError("not refused");
  }

  static ProofException consistency(long size1, long size2, List<byte[]> proof) {
    try {
      MerkleProofs.verifyConsistency(size1, size2, HASH, HASH, proof);
    } catch (ProofException e) {
      return e;
    }
    throw new AssertionError("not refused");
  }

  @Test
  void malformedInclusionProofs_areRefusedWithTheirReason() {
    assertThat(inclusion(-1, 5, List.of()).reason()).isEqualTo("negative index or size");
    assertThat(inclusion(0, 0, List.of()).reason())
        .isEqualTo("leaf index is not below the tree size");
    assertThat(inclusion(5, 5, List.of()).reason())
        .isEqualTo("leaf index is not below the tree size");
    assertThat(inclusion(0, 2, List.of(new byte[31])).reason())
        .isEqualTo("a proof hash is not 32 bytes");
    assertThat(inclusion(0, 2, List.of(new byte[32], new byte[33])).reason())
        .isEqualTo("a proof hash is not 32 bytes");
  }

  @Test
  void malformedConsistencyProofs_areRefusedWithTheirReason() {
    List<byte[]> one = List.of(new byte[32]);
    assertThat(consistency(-1, 5, one).reason()).isEqualTo("negative size");
    assertThat(consistency(3, 0, one).reason()).isEqualTo("second size is smaller than the first");
    assertThat(consistency(0, 5, one).reason())
        .isEqualTo("a consistency proof from the empty tree proves nothing");
    assertThat(consistency(0, 0, one).reason())
        .isEqualTo("a consistency proof from the empty tree proves nothing");
    assertThat(consistency(5, 5, one).reason()).isEqualTo("equal sizes need an empty proof");
    assertThat(consistency(3, 5, List.of()).reason()).isEqualTo("proof is empty");
    assertThat(consistency(3, 5, List.of(new byte[32], new byte[31])).reason())
        .isEqualTo("a proof hash is not 32 bytes");
  }

  @Test
  void subtreeCosignatures_ofTheWrongLengthTimeOrName_areRefused() throws Exception {
    TorchwoodVector vector = TorchwoodVector.load();
    VerifierKey key = VerifierKey.parse(vector.vkey());
    byte[] signature =
        Note.parse("x\n\n" + vector.line() + "\n").signatures().getFirst().signature();
    byte[] root = Base64.getDecoder().decode(vector.root());
    assertThat(
            Cosignatures.verifySubtree(
                key, vector.origin(), vector.start(), vector.end(), root, signature))
        .isTrue();

    assertThat(
            Cosignatures.verifySubtree(
                key,
                vector.origin(),
                vector.start(),
                vector.end(),
                root,
                Arrays.copyOf(signature, signature.length - 1)))
        .as("one byte short")
        .isFalse();
    byte[] timed = signature.clone();
    timed[7] = 1; // a subtree that does not start at 0 carries no time
    assertThat(
            Cosignatures.verifySubtree(
                key, vector.origin(), vector.start(), vector.end(), root, timed))
        .isFalse();
    byte[] negative = signature.clone();
    negative[0] = (byte) 0x80;
    assertThat(Cosignatures.verifySubtree(key, vector.origin(), 0, vector.end(), root, negative))
        .isFalse();
    assertThat(
            Cosignatures.verifySubtree(
                key, vector.origin(), vector.end(), vector.start(), root, signature))
        .as("end before start")
        .isFalse();
    VerifierKey longName = VerifierKey.of("n".repeat(256), SignatureType.ML_DSA_44, key.jdkKey());
    assertThat(
            Cosignatures.verifySubtree(
                longName, vector.origin(), vector.start(), vector.end(), root, signature))
        .isFalse();
    assertThat(key.verifies("not a checkpoint", signature)).isFalse();
    assertThat(JdkKeys.verify(SignatureType.ML_DSA_44, key.jdkKey(), new byte[] {1}, new byte[10]))
        .isFalse();
  }

  @Test
  void cosignaturesV1_ofTheWrongLengthOrANegativeTime_areRefused() throws Exception {
    var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    NoteSigner witness =
        NoteSigner.cosignatureV1(
            "witness.example/w", pair.getPrivate(), pair.getPublic(), Clock.systemUTC());
    String checkpoint = new Checkpoint("example.com/log", 3, new byte[32], List.of()).text();
    byte[] good = witness.sign(checkpoint).signature();
    VerifierKey key = witness.verifierKey();
    assertThat(key.verifies(checkpoint, good)).isTrue();
    assertThat(key.verifies(checkpoint, Arrays.copyOf(good, good.length - 1))).isFalse();
    assertThat(key.verifies(checkpoint, Arrays.copyOf(good, good.length + 1))).isFalse();
    byte[] negative = good.clone();
    negative[0] = (byte) 0x80;
    assertThat(key.verifies(checkpoint, negative)).isFalse();
    var other = KeyPairGenerator.getInstance("ML-DSA-44").generateKeyPair();
    assertThat(
            JdkKeys.verify(SignatureType.ED25519, other.getPublic(), new byte[] {1}, new byte[64]))
        .as("a key of another algorithm")
        .isFalse();
  }

  @Test
  void notesCheckpointsAndSignatures_areEqualByValueOnly() throws Exception {
    String text = new Checkpoint("example.com/log", 3, new byte[32], List.of()).text();
    var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    NoteSigner signer = NoteSigner.ed25519("example.com/log", pair.getPrivate(), pair.getPublic());
    String line = signer.signatureLine(text);
    Note note = Note.parse(text + "\n" + line);
    Note same = Note.parse(text + "\n" + line);
    assertThat(note).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(text);
    var otherPair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    NoteSigner otherSigner =
        NoteSigner.ed25519("example.com/log", otherPair.getPrivate(), otherPair.getPublic());
    assertThat(note)
        .as("signed by another key")
        .isNotEqualTo(Note.parse(text + "\n" + otherSigner.signatureLine(text)));
    String other = new Checkpoint("example.com/log", 4, new byte[32], List.of()).text();
    assertThat(note).isNotEqualTo(Note.parse(other + "\n" + signer.signatureLine(other)));
    assertThat(note.signatures().getFirst())
        .isEqualTo(same.signatures().getFirst())
        .isNotEqualTo(
            Note.parse(other + "\n" + signer.signatureLine(other)).signatures().getFirst());
    byte[] root = new byte[32];
    root[0] = 1;
    assertThat(Checkpoint.parse(text))
        .isEqualTo(Checkpoint.parse(text))
        .isNotEqualTo(new Checkpoint("example.com/log", 3, root, List.of()));
    assertThat(NoteVerifier.of(signer.verifierKey()).keys()).containsExactly(signer.verifierKey());
  }
}
