package mamori.cli;

import java.nio.file.Path;
import mamori.VaultSession;
import mamori.crypto.KeyPlacement;
import mamori.store.StoreLocation;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --data DIR} or {@code --db URL}: which store a command works on. */
final class StoreOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Data folder of the embedded store (default: ./mamori-data; created on first use).")
  @Nullable Path data;

  @Option(
      names = "--db",
      paramLabel = "URL",
      description =
          "PostgreSQL JDBC URL instead of the embedded store, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres")
  @Nullable String db;

  @Option(
      names = "--keys",
      paramLabel = "DIR",
      description =
          "Key folder: the root key file and the logs' signing keys (default: keys in the data folder;"
              + " keep it elsewhere, see 'mamori keys check').")
  @Nullable Path keys;

  StoreLocation location() {
    return StoreLocation.of(data, db);
  }

  /** The data folder: the embedded store's, and where a PostgreSQL installation keeps its files. */
  Path dataFolder() {
    return data == null ? StoreLocation.DEFAULT_DATA : data;
  }

  /**
   * The key folder: {@code --keys}, else {@code keys} in the data folder (also when the data itself
   * is on PostgreSQL).
   */
  Path keyFolder() {
    return KeyPlacement.folder(dataFolder(), keys);
  }

  /** The vault and what it needs, opened on this store with the keys of its key folder. */
  VaultSession session() {
    return VaultSession.open(location(), keyFolder());
  }
}
