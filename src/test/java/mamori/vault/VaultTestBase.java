package mamori.vault;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import mamori.core.OrganisationId;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.crypto.RootKey;
import mamori.crypto.RootKeyConfig;
import mamori.crypto.RootKeys;
import mamori.crypto.SigningKeys;
import mamori.crypto.TenantKeys;
import mamori.log.AccessRecord;
import mamori.log.AccessRecordCodec;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * A fresh store of each kind with its keys, logs and vault, for the vault's repository tests;
 * subclasses are {@code @ParameterizedClass @EnumSource(TestStores.Kind.class)}.
 */
abstract class VaultTestBase {
  static final String TENANT = "demo-city";
  static final Actor CLERK =
      new Actor(
          new UserId("clerk-1"),
          new OrganisationId(TENANT),
          List.of(),
          new Why("juminhyo", "case-1"));

  @Parameter TestStores.Kind kind;
  @TempDir Path keyFolder;

  StoreLocation location;
  Store store;
  RootKey root;
  TenantKeys keys;
  TransparencyLogs logs;
  Vault vault;

  @BeforeEach
  void openVault() {
    location = TestStores.fresh(kind);
    store = Store.open(location);
    root =
        RootKeys.open(new RootKeyConfig.KeyFile(keyFolder.resolve("root.key")), store.dataSource());
    keys = new TenantKeys(store.dataSource(), root, Clock.systemUTC());
    logs =
        new TransparencyLogs(
            store.dataSource(), SigningKeys.in(keyFolder), "test.example/log", Clock.systemUTC());
    vault = new Vault(store.dataSource(), keys, logs, Clock.systemUTC(), List.of());
  }

  @AfterEach
  void closeVault() {
    logs.close();
    store.close();
    TestStores.drop(location);
  }

  long logSize() {
    return logs.forTenant(TENANT).size();
  }

  AccessRecord logged(long index) {
    return AccessRecordCodec.decode(logs.forTenant(TENANT).entry(index).orElseThrow());
  }
}
