package mamori.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import mamori.store.Store;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Making, finding and checking the root key against a store, on SQLite and on PostgreSQL. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class RootKeysTest {
  private static final byte[] AD = "person/1/name".getBytes(StandardCharsets.UTF_8);

  @Parameter TestStores.Kind kind;
  @TempDir Path temp;

  private Store store;
  private Path file;
  private RootKeyConfig config;

  @BeforeEach
  void openStore() {
    store = TestStores.open(kind);
    file = temp.resolve("keys/root.key");
    config = new RootKeyConfig.KeyFile(file);
  }

  @AfterEach
  void dropStore() {
    store.close();
    TestStores.drop(store.location());
  }

  private byte[] encryptForDemoCity(RootKey root) throws Exception {
    return new TenantKeys(store.dataSource(), root, Clock.systemUTC())
        .fieldAead("demo-city")
        .encrypt("山田太郎".getBytes(StandardCharsets.UTF_8), AD);
  }

  private List<String> keyRows() {
    List<String> rows =
        new ArrayList<>(
            store
                .jdbc()
                .sql(
                    "SELECT tenant_id, purpose, keyset, version, updated_at FROM tenant_keyset ORDER BY tenant_id, purpose")
                .query((rs, n) ->
                    rs.getString(1)
                        + "/"
                        + rs.getString(2)
                        + " "
                        + HexFormat.of().formatHex(rs.getBytes(3))
                        + " v"
                        + rs.getLong(4)
                        + " "
                        + rs.getLong(5))
                .list());
    rows.addAll(
        store
            .jdbc()
            .sql("SELECT kind, check_value, created_at FROM root_key_check")
            .query((rs, n) ->
                "check "
                    + rs.getString(1)
                    + " "
                    + HexFormat.of().formatHex(rs.getBytes(2))
                    + " "
                    + rs.getLong(3))
            .list());
    return rows;
  }

  @Test
  void firstStart_makesAnOwnerOnlyKeyFile_andStoresTheKeyCheck() throws Exception {
    RootKey root = RootKeys.open(config, store.dataSource());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
        .isEqualTo("rwx------");
    assertThat(root).hasToString("root key file " + file);
    assertThat(store.jdbc().sql("SELECT kind FROM root_key_check").query(String.class).single())
        .isEqualTo("file");
  }

  @Test
  void nextStart_opensTheSameKey_andOldCiphertextDecrypts() throws Exception {
    byte[] ciphertext = encryptForDemoCity(RootKeys.open(config, store.dataSource()));
    String fileBefore = Files.readString(file);

    RootKey again = RootKeys.open(config, store.dataSource());
    byte[] plaintext =
        new TenantKeys(store.dataSource(), again, Clock.systemUTC())
            .fieldAead("demo-city")
            .decrypt(ciphertext, AD);
    assertThat(new String(plaintext, StandardCharsets.UTF_8)).isEqualTo("山田太郎");
    assertThat(Files.readString(file)).isEqualTo(fileBefore);
  }

  @Test
  void keyFileDeleted_afterKeysetsExist_isAClearErrorAtStart_andNothingChanges() throws Exception {
    encryptForDemoCity(RootKeys.open(config, store.dataSource()));
    List<String> before = keyRows();
    Files.delete(file);

    assertThatThrownBy(() -> RootKeys.open(config, store.dataSource()))
        .isInstanceOf(KeyException.class)
        .hasMessage(
            "the root key file "
                + file
                + " is missing, but this store is keyed to it (tenant keysets"
                + " wrapped by it: 1); restore the file from backup. No new key is made, since it could not open them.");
    assertThat(file).doesNotExist();
    assertThat(keyRows()).isEqualTo(before);
  }

  @Test
  void anotherKeyFile_isRefusedAsTheWrongRootKey_andNothingChanges() throws Exception {
    encryptForDemoCity(RootKeys.open(config, store.dataSource()));
    List<String> before = keyRows();
    Files.delete(file);
    KeyFileRootKey.create(file); // e.g. the key file of another installation, restored by mistake

    assertThatThrownBy(() -> RootKeys.open(config, store.dataSource()))
        .isInstanceOf(KeyException.class)
        .hasMessageStartingWith(
            "wrong root key: the root key file "
                + file
                + " is not the root key this store is"
                + " keyed to")
        .hasMessageContaining("Restore the right key file from backup");
    assertThat(keyRows()).isEqualTo(before);
  }

  @Test
  void keyFileThereBeforeTheFirstStart_isAdopted() throws Exception {
    byte[] wrapped = KeyFileRootKey.create(file).wrap(new byte[] {7}, AD);
    RootKey root = RootKeys.open(config, store.dataSource());
    assertThat(root.unwrap(wrapped, AD)).containsExactly(7);
  }

  @Test
  void aStoreKeyedToAFile_namesTheCause_whenConfiguredForPkcs11() {
    RootKeys.open(config, store.dataSource());
    var pkcs11 = new RootKeyConfig.Pkcs11(temp.resolve("lib.so"), null, "mamori-root", null);
    assertThatThrownBy(
            () -> RootKeys.open(pkcs11, store.dataSource(), name -> "1234", Clock.systemUTC()))
        .isInstanceOf(KeyException.class)
        .hasMessage(
            "this store is keyed to a file root key, but mamori.keys.root is pkcs11; configure the file"
                + " root key again");
  }

  @Test
  void keysetsWithoutTheKeyCheck_areRefused_notKeyedAfresh() throws Exception {
    encryptForDemoCity(RootKeys.open(config, store.dataSource()));
    store.jdbc().sql("DELETE FROM root_key_check").update();
    assertThatThrownBy(() -> RootKeys.open(config, store.dataSource()))
        .isInstanceOf(KeyException.class)
        .hasMessage(
            "this store holds tenant keysets (1) but no root key check (table root_key_check): it was"
                + " damaged or partly restored; restore the database from backup");
    assertThat(store.jdbc().sql("SELECT COUNT(*) FROM root_key_check").query(Long.class).single())
        .isZero();
  }
}
