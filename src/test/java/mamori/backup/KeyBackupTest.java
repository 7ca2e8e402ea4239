package mamori.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import mamori.crypto.RootKeyConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyBackupTest {
  @TempDir Path temp;
  Path keys;
  Path officer;
  byte[] recipient;

  @BeforeEach
  void keyFolder() throws Exception {
    keys = Files.createDirectory(temp.resolve("keys"));
    Files.writeString(keys.resolve("root.key"), "{\"primaryKeyId\":1}");
    Files.write(keys.resolve("log-town.ed25519.key"), new byte[] {1, 2, 3});
    Files.writeString(keys.resolve("root.key.lock"), "");
    officer = temp.resolve("officer.key");
    recipient = KeyBackup.newRecipient(officer);
  }

  private Path sealed() {
    Path out = temp.resolve("keys.sealed");
    KeyBackup.seal(
        keys, new RootKeyConfig.KeyFile(keys.resolve("root.key")), recipient, out, Instant.EPOCH);
    return out;
  }

  @Test
  void sealedToTheOfficer_opensIntoANewOwnerOnlyFolder_withEveryKeyFileButTheLock()
      throws Exception {
    // lengths that need Base64's padding, and an empty file
    Files.write(keys.resolve("pkg-a.key"), new byte[] {7});
    Files.write(keys.resolve("pkg-b.key"), new byte[] {8, 9});
    Files.write(keys.resolve("pkg-c.key"), new byte[0]);
    Path restored = temp.resolve("restored");
    assertThat(KeyBackup.restore(sealed(), officer, restored))
        .containsExactly("log-town.ed25519.key", "pkg-a.key", "pkg-b.key", "pkg-c.key", "root.key");
    assertThat(Files.readAllBytes(restored.resolve("log-town.ed25519.key")))
        .containsExactly(1, 2, 3);
    assertThat(Files.readAllBytes(restored.resolve("pkg-a.key"))).containsExactly(7);
    assertThat(Files.readAllBytes(restored.resolve("pkg-b.key"))).containsExactly(8, 9);
    assertThat(Files.readAllBytes(restored.resolve("pkg-c.key"))).isEmpty();
    assertThat(Files.readString(restored.resolve("root.key"))).isEqualTo("{\"primaryKeyId\":1}");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(restored)))
        .isEqualTo("rwx------");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(restored.resolve("root.key"))))
        .isEqualTo("rw-------");
    assertThat(Files.readString(sealed(temp.resolve("again")), StandardCharsets.UTF_8))
        .doesNotContain("primaryKeyId");
  }

  private Path sealed(Path out) {
    KeyBackup.seal(
        keys, new RootKeyConfig.KeyFile(keys.resolve("root.key")), recipient, out, Instant.EPOCH);
    return out;
  }

  @Test
  void aWrongPrivateKey_isRefused_andNothingIsWritten() {
    Path file = sealed();
    Path other = temp.resolve("other.key");
    KeyBackup.newRecipient(other);
    Path restored = temp.resolve("restored");
    assertThatThrownBy(() -> KeyBackup.restore(file, other, restored))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("was sealed to the key with fingerprint")
        .hasMessageContaining("nothing written");
    assertThat(restored).doesNotExist();
  }

  @Test
  void aTamperedCiphertextOrHeader_isRefused_andNothingIsWritten() throws Exception {
    Path file = sealed();
    String text = Files.readString(file);
    String ct = text.substring(text.indexOf("\nct ") + 4, text.indexOf("\nct ") + 10);
    String flipped = ct.charAt(0) == 'A' ? "B" + ct.substring(1) : "A" + ct.substring(1);
    Files.writeString(file, text.replace("\nct " + ct, "\nct " + flipped));
    Path restored = temp.resolve("restored");
    assertThatThrownBy(() -> KeyBackup.restore(file, officer, restored))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("changed after it was sealed");
    assertThat(restored).doesNotExist();

    Files.writeString(file, text.replace("\nmade ", "\nmade 1"));
    assertThatThrownBy(() -> KeyBackup.restore(file, officer, restored))
        .hasMessageContaining("changed after it was sealed");
    assertThat(restored).doesNotExist();
  }

  @Test
  void aKeyFolderThatIsNotEmpty_isNotWrittenInto() throws Exception {
    Path file = sealed();
    Path restored = Files.createDirectory(temp.resolve("restored"));
    Files.writeString(restored.resolve("something"), "x");
    assertThatThrownBy(() -> KeyBackup.restore(file, officer, restored))
        .hasMessageContaining("is not empty");
    assertThat(restored.resolve("root.key")).doesNotExist();
  }

  @Test
  void aRootKeyInAToken_isNamed_andOnlyTheFilesAreSealed() throws Exception {
    Files.delete(keys.resolve("root.key"));
    KeyBackup.Sealed s =
        KeyBackup.seal(
            keys,
            new RootKeyConfig.Pkcs11(
                Path.of("/usr/lib/softhsm/libsofthsm2.so"), null, "mamori-root", null),
            recipient,
            temp.resolve("out"),
            Instant.EPOCH);
    assertThat(s.files()).containsExactly("log-town.ed25519.key");
    assertThat(s.hsm()).contains("lives in the HSM", "token's own backup");
  }

  @Test
  void aFileInsideTheKeyFolder_orOneThatExists_isRefused() throws Exception {
    RootKeyConfig root = new RootKeyConfig.KeyFile(keys.resolve("root.key"));
    assertThatThrownBy(
            () -> KeyBackup.seal(keys, root, recipient, keys.resolve("backup"), Instant.EPOCH))
        .hasMessageContaining("inside the key folder");
    Path exists = Files.writeString(temp.resolve("exists"), "x");
    assertThatThrownBy(() -> KeyBackup.seal(keys, root, recipient, exists, Instant.EPOCH))
        .hasMessageContaining("exists already");
  }

  @Test
  void anEmptyKeyFolderMadeBeforehand_isNarrowedToItsOwner() throws Exception {
    Path file = sealed();
    Path restored = Files.createDirectories(temp.resolve("made-before"));
    Files.setPosixFilePermissions(
        restored, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    assertThat(KeyBackup.restore(file, officer, restored)).isNotEmpty();
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(restored)))
        .isEqualTo("rwx------");
    try (var left = Files.list(temp)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith(".keys-restore-"));
    }
  }

  @Test
  void theOfficersPrivateKey_isMadeOwnerOnly_andAWiderModeIsWarnedAbout() throws Exception {
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(officer)))
        .isEqualTo("rw-------");
    assertThat(KeyBackup.readableByOthers(officer)).isEmpty();
    Files.setPosixFilePermissions(officer, PosixFilePermissions.fromString("rw-r--r--"));
    assertThat(KeyBackup.readableByOthers(officer))
        .hasValueSatisfying(w -> assertThat(w).contains("rw-r--r--").contains("chmod 600"));
  }
}
