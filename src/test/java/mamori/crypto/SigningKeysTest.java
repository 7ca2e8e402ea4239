package mamori.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Signature;
import mamori.crypto.SigningKeys.Algorithm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {
  @TempDir Path temp;

  @Test
  void createdKeys_areOwnerOnly_andLoadBackTheSame() throws Exception {
    SigningKeys keys = SigningKeys.in(temp.resolve("keys"));
    for (Algorithm alg : Algorithm.values()) {
      var pair = keys.create("log-demo-city", alg);
      var loaded = keys.load("log-demo-city", alg).orElseThrow();
      assertThat(loaded.getPublic().getEncoded()).isEqualTo(pair.getPublic().getEncoded());
      Signature s = Signature.getInstance(alg.jca);
      s.initSign(loaded.getPrivate());
      s.update(new byte[] {1, 2, 3});
      byte[] sig = s.sign();
      s.initVerify(pair.getPublic());
      s.update(new byte[] {1, 2, 3});
      assertThat(s.verify(sig)).isTrue();
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp.resolve("keys"))))
        .isEqualTo("rwx------");
    try (var files = Files.list(temp.resolve("keys"))) {
      assertThat(files)
          .hasSize(4)
          .allSatisfy(f ->
              assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                  .isEqualTo("rw-------"));
    }
  }

  @Test
  void missingKey_isEmpty_notInvented() {
    assertThat(SigningKeys.in(temp).load("nothing", Algorithm.ED25519)).isEmpty();
  }

  @Test
  void existingKey_isNeverOverwritten() {
    SigningKeys keys = SigningKeys.in(temp);
    keys.create("k", Algorithm.ED25519);
    assertThatThrownBy(() -> keys.create("k", Algorithm.ED25519))
        .isInstanceOf(KeyException.class)
        .hasMessageContaining("exists already");
  }

  @Test
  void lostPrivateKey_isAClearError() throws Exception {
    SigningKeys keys = SigningKeys.in(temp);
    keys.create("k", Algorithm.ED25519);
    Files.delete(temp.resolve("k.ed25519.key"));
    assertThatThrownBy(() -> keys.load("k", Algorithm.ED25519))
        .isInstanceOf(KeyException.class)
        .hasMessageContaining("is missing")
        .hasMessageContaining("restore it from backup");
  }

  @Test
  void corruptKey_isAClearError() throws Exception {
    SigningKeys keys = SigningKeys.in(temp);
    keys.create("k", Algorithm.ML_DSA_44);
    Files.write(temp.resolve("k.mldsa44.key"), new byte[] {1, 2, 3});
    assertThatThrownBy(() -> keys.load("k", Algorithm.ML_DSA_44))
        .isInstanceOf(KeyException.class)
        .hasMessageStartingWith("cannot read the key");
  }

  @Test
  void aTemporaryFileLeftByADeadRun_doesNotBlockCreation() throws Exception {
    SigningKeys keys = SigningKeys.in(temp);
    Files.write(temp.resolve("k.ed25519.key.tmp"), new byte[] {9});
    assertThat(keys.create("k", Algorithm.ED25519)).isNotNull();
    assertThat(keys.load("k", Algorithm.ED25519)).isPresent();
  }

  @Test
  void pathLikeNames_areRefused() {
    assertThatThrownBy(() -> SigningKeys.in(temp).load("../etc/passwd", Algorithm.ED25519))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
