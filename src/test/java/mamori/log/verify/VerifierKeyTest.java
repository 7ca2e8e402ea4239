package mamori.log.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import org.junit.jupiter.api.Test;

class VerifierKeyTest {

  @Test
  void goExampleVkey_parsesAndPrintsBackUnchanged() {
    VerifierKey key = VerifierKey.parse(GoNoteVectors.PETER_VKEY);
    assertThat(key.name()).isEqualTo("PeterNeumann");
    assertThat(key.keyId()).isEqualTo(0xc74f20a3);
    assertThat(key.type()).isEqualTo(SignatureType.ED25519);
    assertThat(key.publicKey()).hasSize(32);
    assertThat(key).hasToString(GoNoteVectors.PETER_VKEY);
  }

  @Test
  void publishedCosignatureAndMlDsaVkeys_parseWithTheirTypes() throws IOException {
    assertThat(
            VerifierKey.parse("TEST+7997405c+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6").type())
        .isEqualTo(SignatureType.ED25519);
    VerifierKey witness =
        VerifierKey.parse("remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2");
    assertThat(witness.type()).isEqualTo(SignatureType.COSIGNATURE_V1);
    assertThat(witness.keyId()).isEqualTo(0xda77ade7);
    String mlDsa = TorchwoodVector.load().vkey();
    VerifierKey mlDsaKey = VerifierKey.parse(mlDsa);
    assertThat(mlDsaKey.type()).isEqualTo(SignatureType.ML_DSA_44);
    assertThat(mlDsaKey.keyId()).isEqualTo(0x7118e8f9);
    assertThat(mlDsaKey.publicKey()).hasSize(1312);
    assertThat(mlDsaKey).hasToString(mlDsa);
  }

  @Test
  void everyManglingOfAVkey_isRefused() {
    String vkey = GoNoteVectors.PETER_VKEY;
    for (int i = 0; i <= vkey.length(); i++) {
      for (int j = i + 1; j <= vkey.length(); j++) {
        if (i != 0 || j != vkey.length()) {
          String part = vkey.substring(i, j);
          assertThatThrownBy(() -> VerifierKey.parse(part))
              .as(part)
              .isInstanceOf(IllegalArgumentException.class);
        }
      }
    }
    for (int i = 0; i < vkey.length(); i++) {
      String changed = vkey.substring(0, i) + (char) (vkey.charAt(i) + 1) + vkey.substring(i + 1);
      assertThatThrownBy(() -> VerifierKey.parse(changed))
          .as(changed)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void wrongKeyLengthOrUnknownType_isRefusedEvenWithAMatchingKeyId() {
    assertThatThrownBy(() ->
            VerifierKey.parse(
                "PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY=="))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() ->
            VerifierKey.parse("PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keyFromAJdkKey_hasTheSpecKeyId() throws NoSuchAlgorithmException {
    PublicKey ed25519 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
    VerifierKey key = VerifierKey.of("log.example/a", SignatureType.ED25519, ed25519);
    assertThat(VerifierKey.parse(key.toString())).isEqualTo(key);
    VerifierKey cosigner = VerifierKey.of("log.example/a", SignatureType.COSIGNATURE_V1, ed25519);
    assertThat(cosigner.keyId()).isNotEqualTo(key.keyId());
    assertThat(java.util.Base64.getDecoder().decode(cosigner.toString().split("\\+", 3)[2])[0])
        .isEqualTo((byte) 0x04);
  }

  @Test
  void mlDsa44Key_hasTypeByteSix() throws NoSuchAlgorithmException {
    PublicKey mlDsa = KeyPairGenerator.getInstance("ML-DSA-44").generateKeyPair().getPublic();
    VerifierKey key = VerifierKey.of("log.example/a", SignatureType.ML_DSA_44, mlDsa);
    assertThat(java.util.Base64.getDecoder().decode(key.toString().split("\\+", 3)[2])[0])
        .isEqualTo((byte) 0x06);
    assertThat(VerifierKey.parse(key.toString())).isEqualTo(key);
  }

  @Test
  void keyOfAnotherAlgorithm_isRefused() throws NoSuchAlgorithmException {
    PublicKey mlDsa = KeyPairGenerator.getInstance("ML-DSA-44").generateKeyPair().getPublic();
    PublicKey ed25519 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
    assertThatThrownBy(() -> VerifierKey.of("a", SignatureType.ED25519, mlDsa))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VerifierKey.of("a", SignatureType.ML_DSA_44, ed25519))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void namesWithSpacesOrPlusSigns_areRefused() throws NoSuchAlgorithmException {
    PublicKey ed25519 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
    for (String name :
        new String[] {"", "a b", "a+b", "a\u00a0b", "a\u3000b", "a\tb", "a\u2028b"}) {
      assertThatThrownBy(() -> VerifierKey.of(name, SignatureType.ED25519, ed25519))
          .as(name)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
