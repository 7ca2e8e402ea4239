package mamori.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import mamori.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed restore leaves a data folder as it found it, the keys kept in it above all. */
class RestoreTargetTest {
  @TempDir Path temp;

  @Test
  void aFailedReplace_putsTheOldStoreBack_andLeavesTheKeyFolderInTheDataFolder() throws Exception {
    Path data = Files.createDirectories(temp.resolve("data"));
    Path keys = Files.createDirectories(data.resolve("keys"));
    Files.writeString(keys.resolve("root.key"), "root");
    Files.writeString(data.resolve("mamori.db"), "old store");
    Files.writeString(data.resolve("mamori.db-wal"), "old wal");
    StoreLocation.Embedded target = new StoreLocation.Embedded(data);

    Restores.Target t = Restores.Target.prepare(target, true, keys);
    assertThat(data.resolve("mamori.db")).doesNotExist();
    Files.writeString(data.resolve("mamori.db"), "half restored");
    t.undo();

    assertThat(data.resolve("mamori.db")).hasContent("old store");
    assertThat(data.resolve("mamori.db-wal")).hasContent("old wal");
    assertThat(keys.resolve("root.key")).hasContent("root");
    try (var left = Files.list(data)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("keys", "mamori.db", "mamori.db-wal");
    }
  }

  @Test
  void aSuccessfulReplace_removesTheOldStore() throws Exception {
    Path data = Files.createDirectories(temp.resolve("data"));
    Files.writeString(data.resolve("mamori.db"), "old store");
    Restores.Target t =
        Restores.Target.prepare(new StoreLocation.Embedded(data), true, temp.resolve("keys"));
    Files.writeString(data.resolve("mamori.db"), "restored");
    t.done();
    try (var left = Files.list(data)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("mamori.db");
    }
  }

  @Test
  void aDataFolderHoldingOnlyTheKeyFolder_isEmptyEnough_andAFailureLeavesTheKeys()
      throws Exception {
    Path data = Files.createDirectories(temp.resolve("data"));
    Path keys = Files.createDirectories(data.resolve("keys"));
    Files.writeString(keys.resolve("root.key"), "root");
    Restores.Target t = Restores.Target.prepare(new StoreLocation.Embedded(data), false, keys);
    Files.writeString(data.resolve("mamori.db"), "half restored");
    t.undo();
    assertThat(data.resolve("mamori.db")).doesNotExist();
    assertThat(keys.resolve("root.key")).hasContent("root");
    // anything else in the folder still refuses it
    Files.writeString(data.resolve("notes.txt"), "x");
    assertThatThrownBy(() -> Restores.Target.prepare(new StoreLocation.Embedded(data), false, keys))
        .hasMessageContaining("is not empty");
  }

  @Test
  void aFolderTheRestoreMade_isRemovedWhole() {
    Path data = temp.resolve("new");
    Restores.Target t =
        Restores.Target.prepare(new StoreLocation.Embedded(data), false, temp.resolve("keys"));
    assertThat(data).isDirectory();
    t.undo();
    assertThat(data).doesNotExist();
  }
}
