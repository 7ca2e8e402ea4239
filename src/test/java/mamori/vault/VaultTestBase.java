package mamori.vault;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mamori.core.OrganisationId;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.crypto.PersonKey;
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

  /** Registers {@code batch} in {@link #TENANT} and gives each person's token, in order. */
  List<AgencyToken> register(List<PersonData> batch) {
    vault.register(TENANT, CLERK, batch);
    return batch.stream().map(p -> vault.findByNumber(TENANT, p.myNumber()).orElseThrow()).toList();
  }

  long logSize() {
    return logs.forTenant(TENANT).size();
  }

  /**
   * The opened fields (JSON) of the documents accepted for a person, by document id: read from the
   * store and opened with the person's key here, in the tests, since the service opens an accepted
   * document only through a logged reveal.
   */
  Map<Long, byte[]> documents(AgencyToken token) {
    Map<String, Object> person =
        store
            .jdbc()
            .sql("SELECT person_id, data_key FROM person WHERE tenant_id = ? AND token = ?")
            .params(TENANT, token.value())
            .query()
            .singleRow();
    long id = ((Number) person.get("person_id")).longValue();
    PersonKey key = keys.personKey(TENANT, id, (byte[]) person.get("data_key"));
    Map<Long, byte[]> sealed = new TreeMap<>();
    store
        .jdbc()
        .sql(
            "SELECT document_id, fields FROM person_document WHERE tenant_id = ? AND person_id = ?")
        .params(TENANT, id)
        .query(rs -> {
          sealed.put(rs.getLong(1), rs.getBytes(2));
        });
    Map<Long, byte[]> opened = new TreeMap<>();
    sealed.forEach((document, fields) ->
        opened.put(document, key.open(Vault.documentField(document), fields)));
    return opened;
  }

  AccessRecord logged(long index) {
    return AccessRecordCodec.decode(logs.forTenant(TENANT).entry(index).orElseThrow());
  }
}
