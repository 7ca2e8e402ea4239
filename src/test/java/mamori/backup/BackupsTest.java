package mamori.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import mamori.store.Store;
import mamori.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
  @TempDir Path temp;

  @Test
  void aBackupInsideTheKeyFolder_isRefused_andNothingIsMade() {
    Path keys = temp.resolve("keys");
    StoreLocation data = new StoreLocation.Embedded(temp.resolve("data"));
    assertThatThrownBy(() ->
            Backups.take(
                new Backups.Request(data, keys.resolve("b"), temp.resolve("data"), keys, "t"),
                line -> {},
                Clock.systemUTC()))
        .hasMessageContaining("inside the key folder");
    assertThat(keys.resolve("b")).doesNotExist();
  }

  @Test
  void keysInsideTheDataFolder_areWarnedAbout_andTheBackupHoldsOnlyTheDatabaseAndManifest()
      throws Exception {
    Path data = temp.resolve("data");
    Store.open(new StoreLocation.Embedded(data)).close();
    Path keys = Files.createDirectories(data.resolve("keys"));
    Files.writeString(keys.resolve("root.key"), "secret");
    List<String> said = new ArrayList<>();
    Path out = temp.resolve("b1");
    Manifest m =
        Backups.take(
            new Backups.Request(new StoreLocation.Embedded(data), out, data, keys, "t"),
            said::add,
            Clock.systemUTC());
    assertThat(said.getFirst())
        .startsWith("warning: the key folder")
        .contains("inside the data folder");
    try (var files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("mamori.db", "manifest.json");
    }
    assertThat(m.files()).containsOnlyKeys("mamori.db");
    assertThat(m.schemaVersion()).isEqualTo(mamori.store.TestStores.latestMigration());
    assertThat(Manifest.read(out).files()).isEqualTo(m.files());
    assertThat(m.mismatch(out)).isEmpty();
    Files.writeString(out.resolve("extra"), "x");
    assertThat(m.mismatch(out))
        .hasValueSatisfying(s -> assertThat(s).contains("extra is not in the manifest"));
  }

  @Test
  void aFolderThatIsNotEmpty_isRefused() throws Exception {
    Path data = temp.resolve("data");
    Store.open(new StoreLocation.Embedded(data)).close();
    Path out = Files.createDirectories(temp.resolve("b"));
    Files.writeString(out.resolve("old"), "x");
    assertThatThrownBy(() ->
            Backups.take(
                new Backups.Request(
                    new StoreLocation.Embedded(data), out, data, temp.resolve("keys"), "t"),
                line -> {},
                Clock.systemUTC()))
        .hasMessageContaining("is not empty");
    assertThat(Files.readString(out.resolve("old"))).isEqualTo("x");
  }
}
