package mamori.crypto;

import java.nio.file.Path;
import java.time.Clock;
import mamori.store.Store;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * A fresh store of each kind with a root key file and the tenants' keys, for the key tests;
 * subclasses are {@code @ParameterizedClass @EnumSource(TestStores.Kind.class)}.
 */
abstract class TenantKeysTestBase {
  @Parameter TestStores.Kind kind;
  @TempDir Path temp;

  Store store;
  RootKey root;
  TenantKeys keys;

  @BeforeEach
  void openKeys() {
    store = TestStores.open(kind);
    root =
        RootKeys.open(new RootKeyConfig.KeyFile(temp.resolve("keys/root.key")), store.dataSource());
    keys = new TenantKeys(store.dataSource(), root, Clock.systemUTC());
  }

  @AfterEach
  void dropStore() {
    store.close();
    TestStores.drop(store.location());
  }
}
