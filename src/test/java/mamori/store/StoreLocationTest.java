package mamori.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening each kind of location: folders, files, journals, URLs and their errors. */
class StoreLocationTest {
  @TempDir Path temp;

  @Test
  void missingFolder_isCreatedOwnerOnly_withTheDatabaseInWalMode() throws Exception {
    Path folder = temp.resolve("a/b/mamori-data");
    try (Store store = Store.open(new StoreLocation.Embedded(folder))) {
      assertThat(store.journalMode()).isEqualToIgnoringCase("wal");
      assertThat(store.toString()).isEqualTo("SQLite at " + folder.resolve("mamori.db"));
    }
    assertThat(Files.isRegularFile(folder.resolve("mamori.db"))).isTrue();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
        .isEqualTo("rwx------");
  }

  @Test
  void theDatabaseAndItsWalAndShm_areOwnerOnly_newOrFoundWider() throws Exception {
    Path folder = temp.resolve("data");
    try (Store store = Store.open(new StoreLocation.Embedded(folder))) {
      store.jdbc().sql("CREATE TABLE IF NOT EXISTS t (x INTEGER)").update();
      store.jdbc().sql("INSERT INTO t VALUES (1)").update();
      for (String f : java.util.List.of("mamori.db", "mamori.db-wal", "mamori.db-shm")) {
        assertThat(folder.resolve(f)).as(f).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(f))))
            .as(f + " while open")
            .isEqualTo("rw-------");
      }
    }
    Path db = folder.resolve("mamori.db");
    Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
    try (Store store = Store.open(new StoreLocation.Embedded(folder))) {
      store.jdbc().sql("INSERT INTO t VALUES (2)").update();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db)))
          .as("an older installation's database is narrowed when opened")
          .isEqualTo("rw-------");
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(folder.resolve("mamori.db-wal"))))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void folderThatIsAFile_givesAClearError() throws Exception {
    Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
    assertThatThrownBy(() -> Store.open(new StoreLocation.Embedded(file)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot create the data folder");
  }

  @Test
  void fileThatIsNotADatabase_givesAClearErrorAndIsLeftAlone() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("data"));
    Path db =
        Files.writeString(
            folder.resolve("mamori.db"),
            "this is not sqlite, just text that is long enough to look like a header");
    byte[] before = Files.readAllBytes(db);
    assertThatThrownBy(() -> Store.open(new StoreLocation.Embedded(folder)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("SQLite at");
    assertThat(Files.readAllBytes(db)).isEqualTo(before);
  }

  @Test
  void unreachableServer_givesAClearError() {
    assertThatThrownBy(
            () -> Store.open(new StoreLocation.Server("jdbc:postgresql://127.0.0.1:1/none?user=x")))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("cannot open PostgreSQL at jdbc:postgresql://127.0.0.1:1/none");
  }

  @Test
  void aUrlThatIsNotPostgres_isRefused() {
    assertThatThrownBy(() -> StoreLocation.of(null, "jdbc:mysql://x/y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jdbc:postgresql://");
    assertThat(StoreLocation.of(null, null))
        .isEqualTo(new StoreLocation.Embedded(Path.of("mamori-data")));
  }

  @Test
  void toString_neverShowsAPassword() {
    StoreLocation.Server s =
        new StoreLocation.Server("jdbc:postgresql://h:5432/db?user=u&password=secret&ssl=true");
    assertThat(s.toString()).doesNotContain("secret").contains("password=***").contains("ssl=true");
    assertThat(new StoreLocation.Server("jdbc:postgresql://u:secret@h/db").toString())
        .doesNotContain("secret");
  }
}
