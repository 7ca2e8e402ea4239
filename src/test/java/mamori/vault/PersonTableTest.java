package mamori.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("timed") // it times itself: run alone, in the one-fork execution (docs/testing.md)
class PersonTableTest {
  @Test
  void truncateWal_whileAReaderHoldsIt_saysSoAndSucceedsOnceItIsGone() throws Exception {
    StoreLocation location = TestStores.fresh(TestStores.Kind.SQLITE);
    try (Store store = Store.open(location)) {
      PersonTable table = new PersonTable(store.dataSource());
      try (Connection c = store.dataSource().getConnection();
          Statement st = c.createStatement()) {
        st.execute("CREATE TABLE wal_probe (x INTEGER)");
        st.execute("INSERT INTO wal_probe VALUES (1)");
      }
      assertThat(table.truncateWal(3, Duration.ofMillis(10))).isTrue();
      try (Connection writer = store.dataSource().getConnection();
          Statement w = writer.createStatement()) {
        w.execute("INSERT INTO wal_probe VALUES (2)");
        try (Connection reader = store.dataSource().getConnection();
            Statement r = reader.createStatement()) {
          reader.setAutoCommit(false);
          try (var rs = r.executeQuery("SELECT count(*) FROM wal_probe")) {
            rs.next(); // the reader's snapshot now pins the log
          }
          w.execute("INSERT INTO wal_probe VALUES (3)");
          long began = System.nanoTime();
          assertThat(table.truncateWal(3, Duration.ofMillis(10)))
              .as("a held reader keeps the log busy")
              .isFalse();
          // three tries of at most 10 ms each, not the store's 30-second wait for a lock
          assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(5));
          reader.commit();
        }
      }
      assertThat(table.truncateWal(3, Duration.ofMillis(10))).isTrue();
    } finally {
      TestStores.drop(location);
    }
  }
}
