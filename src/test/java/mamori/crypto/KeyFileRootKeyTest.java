package mamori.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileRootKeyTest {
  private static final byte[] AD = "tenant/a/field".getBytes(StandardCharsets.UTF_8);

  @TempDir Path temp;

  private static String mode(Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  @Test
  void create_writesAnOwnerOnlyTinkKeysetInAnOwnerOnlyFolder_thatLoadsBackAsTheSameKey()
      throws Exception {
    Path file = temp.resolve("keys/root.key");
    RootKey made = KeyFileRootKey.create(file);
    byte[] wrapped = made.wrap("keyset bytes".getBytes(StandardCharsets.UTF_8), AD);

    assertThat(mode(temp.resolve("keys"))).isEqualTo("rwx------");
    assertThat(mode(file)).isEqualTo("rw-------");
    assertThat(Files.readString(file))
        .contains("\"typeUrl\":\"type.googleapis.com/google.crypto.tink.AesGcmKey\"");
    try (var files = Files.list(temp.resolve("keys"))) {
      // no temporary file left behind; the lock file that serialises changes holds nothing
      assertThat(files.filter(f -> !f.getFileName().toString().endsWith(".lock")))
          .containsExactly(file);
    }
    RootKey loaded = KeyFileRootKey.load(file).orElseThrow();
    assertThat(new String(loaded.unwrap(wrapped, AD), StandardCharsets.UTF_8))
        .isEqualTo("keyset bytes");
    assertThat(loaded).hasToString("root key file " + file);
  }

  @Test
  void create_whenAFileIsThereAlready_keepsThatKey() throws Exception {
    Path file = temp.resolve("root.key");
    byte[] wrapped = KeyFileRootKey.create(file).wrap(new byte[] {1, 2, 3}, AD);
    String before = Files.readString(file);
    RootKey second = KeyFileRootKey.create(file);
    assertThat(Files.readString(file)).isEqualTo(before);
    assertThat(second.unwrap(wrapped, AD)).containsExactly(1, 2, 3);
  }

  @Test
  void load_ofAMissingFile_isEmpty_andMakesNothing() {
    assertThat(KeyFileRootKey.load(temp.resolve("root.key"))).isEmpty();
    assertThat(temp.resolve("root.key")).doesNotExist();
  }

  @Test
  void load_ofADamagedFile_isAClearErrorNamingTheFile() throws Exception {
    Path file = Files.writeString(temp.resolve("root.key"), "{\"primaryKeyId\": 1, \"key\": [");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    assertThatThrownBy(() -> KeyFileRootKey.load(file))
        .isInstanceOf(KeyException.class)
        .hasMessage(
            "the root key file "
                + file
                + " is not a Tink AEAD keyset (damaged?); restore it from backup");
  }

  @Test
  void load_ofAFileOthersMayRead_isRefused() throws Exception {
    Path file = temp.resolve("root.key");
    KeyFileRootKey.create(file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    assertThatThrownBy(() -> KeyFileRootKey.load(file))
        .isInstanceOf(KeyException.class)
        .hasMessage(
            "the root key file "
                + file
                + " may be read by others (mode rw-r--r--); make it owner-only:"
                + " chmod 600 "
                + file);
  }

  @Test
  void unwrap_withOtherAssociatedData_anotherKey_orAChangedByte_fails() throws Exception {
    RootKey key = KeyFileRootKey.create(temp.resolve("a.key"));
    RootKey other = KeyFileRootKey.create(temp.resolve("b.key"));
    byte[] wrapped = key.wrap(new byte[32], AD);
    assertThatThrownBy(() -> key.unwrap(wrapped, "tenant/b/field".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(GeneralSecurityException.class);
    assertThatThrownBy(() -> other.unwrap(wrapped, AD))
        .isInstanceOf(GeneralSecurityException.class);
    wrapped[wrapped.length - 1] ^= 1;
    assertThatThrownBy(() -> key.unwrap(wrapped, AD)).isInstanceOf(GeneralSecurityException.class);
  }
}
