package mamori.log;

import java.nio.file.Path;
import java.time.Clock;
import mamori.crypto.SigningKeys;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * A fresh store of each kind with its logs, for the log's repository tests; subclasses are
 * {@code @ParameterizedClass @EnumSource(TestStores.Kind.class)}.
 */
abstract class LogTestBase {
  static final String ORIGIN_PREFIX = "test.example/log";

  @Parameter TestStores.Kind kind;
  @TempDir Path keyFolder;

  StoreLocation location;
  Store store;
  TransparencyLogs logs;

  @BeforeEach
  void openStoreAndLogs() {
    location = TestStores.fresh(kind);
    store = Store.open(location);
    logs = newLogs();
  }

  /** Closes the logs and opens them again on the same store and keys, as a restart would. */
  TransparencyLogs reopenLogs() {
    logs.close();
    logs = newLogs();
    return logs;
  }

  private TransparencyLogs newLogs() {
    return new TransparencyLogs(
        store.dataSource(), SigningKeys.in(keyFolder), ORIGIN_PREFIX, Clock.systemUTC());
  }

  @AfterEach
  void closeStoreAndLogs() {
    logs.close();
    store.close();
    TestStores.drop(location);
  }
}
