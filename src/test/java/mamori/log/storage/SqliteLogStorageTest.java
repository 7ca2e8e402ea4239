package mamori.log.storage;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The SQLite driver keeps a log only where a commit is synced to disk. */
class SqliteLogStorageTest {
  @Test
  void aStoreThatDoesNotSyncItsCommits_isRefused(@TempDir Path folder) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    SQLiteDataSource careless = new SQLiteDataSource(config);
    careless.setUrl("jdbc:sqlite:" + folder.resolve("careless.db"));
    assertThatThrownBy(() -> new SqliteLogStorage(careless))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("synchronous=1");
    assertThatThrownBy(() -> LogStorage.on(careless)).isInstanceOf(DataAccessException.class);
  }
}
