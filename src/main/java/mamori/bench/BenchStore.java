package mamori.bench;

import java.nio.file.Path;
import mamori.store.StoreLocation;
import org.jspecify.annotations.Nullable;

/**
 * Where a benchmark runs: the store named by {@code --data DIR} or {@code --db URL}, which keeps
 * what the run wrote, or, with neither, a temporary embedded store that the benchmark deletes
 * afterwards.
 */
public final class BenchStore {
  final @Nullable Path data;
  final @Nullable String db;

  public BenchStore(@Nullable Path data, @Nullable String db) {
    this.data = data;
    this.db = db;
  }

  /** Neither {@code --data} nor {@code --db}: the benchmark makes its own store and deletes it. */
  boolean temporary() {
    return data == null && !hasDb();
  }

  boolean hasDb() {
    return db != null && !db.isBlank();
  }

  StoreLocation location() {
    return StoreLocation.of(data, db);
  }

  /**
   * The key folder: {@code keys} in the data folder, also when the data itself is on PostgreSQL.
   */
  Path keyFolder() {
    return (data == null ? StoreLocation.DEFAULT_DATA : data).resolve("keys");
  }
}
