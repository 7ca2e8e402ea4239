package mamori.backup;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A manifest that is missing, garbled or names anything outside the backup is refused in words. */
class ManifestTest {
  @TempDir Path temp;

  private static final String GOOD_HEAD =
      "{\"format\":\"mamori-backup/1\",\"mamoriVersion\":\"0.1.0\",\"store\":\"sqlite\","
          + "\"schemaVersion\":\"44\",\"takenAt\":\"2026-12-07T10:00:00Z\",";

  private void manifest(String json) throws Exception {
    Files.writeString(temp.resolve(Manifest.FILE_NAME), json);
  }

  @Test
  void missing_garbled_orOfAnotherFormat_isRefused() throws Exception {
    assertThatThrownBy(() -> Manifest.read(temp)).hasMessageContaining("not a Mamori backup");
    manifest("{\"format\":");
    assertThatThrownBy(() -> Manifest.read(temp))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("cannot be read");
    manifest("{\"format\":\"mamori-backup/9\"}");
    assertThatThrownBy(() -> Manifest.read(temp)).hasMessageContaining("this release reads");
    try (var f = new java.io.RandomAccessFile(temp.resolve(Manifest.FILE_NAME).toFile(), "rw")) {
      f.setLength(Manifest.MAX_BYTES + 1); // sparse: nothing of it is read
    }
    assertThatThrownBy(() -> Manifest.read(temp)).hasMessageContaining("not a Mamori manifest");
  }

  @Test
  void aFileOrATenantNamingAPathOutsideTheFolder_isRefused() throws Exception {
    manifest(
        GOOD_HEAD
            + "\"tenants\":{},\"files\":{\"../../etc/passwd\":{\"size\":1,\"sha256\":\"00\"}}}");
    assertThatThrownBy(() -> Manifest.read(temp))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("names a file outside the folder");
    manifest(GOOD_HEAD + "\"tenants\":{\"../../x\":{\"size\":1,\"root\":\"AA==\"}},\"files\":{}}");
    assertThatThrownBy(() -> Manifest.read(temp))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("names a tenant that is not a tenant id");
  }

  @Test
  void aManifestNamingNoDatabaseFile_isRefused() throws Exception {
    manifest(GOOD_HEAD + "\"tenants\":{},\"files\":{}}");
    assertThatThrownBy(() -> Manifest.read(temp))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("names no mamori.db");
  }
}
