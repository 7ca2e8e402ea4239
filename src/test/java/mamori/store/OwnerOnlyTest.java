package mamori.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyTest {
  @TempDir Path temp;

  @Test
  void newFolder_isOwnerOnly_withItsParentsMade() throws Exception {
    Path folder = OwnerOnly.createFolder(temp.resolve("a/b/backup"));
    assertThat(folder).isDirectory();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
        .isEqualTo("rwx------");
  }

  @Test
  void existingFolder_isNarrowed_andKeepsItsFiles() throws Exception {
    Path folder = Files.createDirectory(temp.resolve("keys"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(folder.resolve("kept"), "x");
    OwnerOnly.createFolder(folder);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
        .isEqualTo("rwx------");
    assertThat(folder.resolve("kept")).hasContent("x");
  }

  @Test
  void newFile_isOwnerOnly() throws Exception {
    Path file = OwnerOnly.createFile(temp.resolve("f"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }
}
