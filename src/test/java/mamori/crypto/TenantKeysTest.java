package mamori.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.Key;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.prf.HmacPrfKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Per-tenant keysets wrapped by the root key, on SQLite and on PostgreSQL. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class TenantKeysTest extends TenantKeysTestBase {
  private static final byte[] AD = "person/1/name".getBytes(StandardCharsets.UTF_8);
  private static final byte[] NAME = "山田太郎".getBytes(StandardCharsets.UTF_8);
  private static final byte[] NUMBER = "123456789018".getBytes(StandardCharsets.UTF_8);

  @Test
  void fieldAead_roundTrips_andAnotherInstanceOnTheSameStoreDecryptsIt() throws Exception {
    byte[] ciphertext = keys.fieldAead("demo-city").encrypt(NAME, AD);
    assertThat(keys.fieldAead("demo-city").decrypt(ciphertext, AD)).isEqualTo(NAME);
    assertThat(
            new TenantKeys(store.dataSource(), root, Clock.systemUTC())
                .fieldAead("demo-city")
                .decrypt(ciphertext, AD))
        .isEqualTo(NAME);
  }

  @Test
  void aSealedSecret_opensOnlyUnderItsTenantAndLabel_andNotOnceChanged() {
    byte[] secret = "release share of one package!!!!".getBytes(StandardCharsets.UTF_8);
    byte[] sealed = keys.sealSecret("demo-city", "package-release/ab", secret);
    assertThat(sealed).isNotEqualTo(secret).hasSizeGreaterThan(secret.length);
    assertThat(keys.openSecret("demo-city", "package-release/ab", sealed)).isEqualTo(secret);
    assertThat(
            new TenantKeys(store.dataSource(), root, Clock.systemUTC())
                .openSecret("demo-city", "package-release/ab", sealed))
        .isEqualTo(secret);
    // bound to the label: mamori/secret/v1/<tenant>/<label>
    assertThat(keys.fieldAead("demo-city"))
        .satisfies(a ->
            assertThat(
                    a.decrypt(
                        sealed,
                        "mamori/secret/v1/demo-city/package-release/ab"
                            .getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(secret));
    assertThatThrownBy(() -> keys.openSecret("demo-city", "package-release/ac", sealed))
        .isInstanceOf(KeyException.class)
        .hasMessageContaining("demo-city")
        .hasMessageContaining("does not open");
    keys.fieldAead("city-b");
    assertThatThrownBy(() -> keys.openSecret("city-b", "package-release/ab", sealed))
        .isInstanceOf(KeyException.class)
        .hasMessageContaining("city-b");
    byte[] changed = sealed.clone();
    changed[changed.length - 1] ^= 1;
    assertThatThrownBy(() -> keys.openSecret("demo-city", "package-release/ab", changed))
        .isInstanceOf(KeyException.class);
  }

  @Test
  void aTenantsAead_cannotDecryptAnotherTenantsCiphertext() throws Exception {
    byte[] ofA = keys.fieldAead("city-a").encrypt(NAME, AD);
    assertThatThrownBy(() -> keys.fieldAead("city-b").decrypt(ofA, AD))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void otherAssociatedData_failsToDecrypt() throws Exception {
    byte[] ciphertext = keys.fieldAead("demo-city").encrypt(NAME, AD);
    assertThatThrownBy(() ->
            keys.fieldAead("demo-city")
                .decrypt(ciphertext, "person/2/name".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void prfs_areStablePerTenant_andIndependentAcrossTenantsAndPurposes() throws Exception {
    byte[] index = keys.indexPrf("city-a").computePrimary(NUMBER, 32);
    assertThat(index).hasSize(32);
    assertThat(
            new TenantKeys(store.dataSource(), root, Clock.systemUTC())
                .indexPrf("city-a")
                .computePrimary(NUMBER, 32))
        .isEqualTo(index);
    assertThat(keys.indexPrf("city-b").computePrimary(NUMBER, 32)).isNotEqualTo(index);
    assertThat(keys.tokenPrf("city-a").computePrimary(NUMBER, 32)).isNotEqualTo(index);
  }

  @Test
  void storedKeysets_holdNoKeyMaterial_andDoNotParseAsCleartextKeysets() throws Exception {
    keys.fieldAead("demo-city").encrypt(NAME, AD);
    keys.indexPrf("demo-city").computePrimary(NUMBER, 32);
    keys.tokenPrf("demo-city").computePrimary(NUMBER, 32);
    List<byte[]> stored =
        new ArrayList<>(
            store.jdbc().sql("SELECT keyset FROM tenant_keyset").query(byte[].class).list());
    stored.addAll(
        store.jdbc().sql("SELECT check_value FROM root_key_check").query(byte[].class).list());
    assertThat(
            store
                .jdbc()
                .sql("SELECT purpose FROM tenant_keyset ORDER BY purpose")
                .query(String.class)
                .list())
        .containsExactly("field", "index", "token");

    List<String> rawKeys = new ArrayList<>();
    for (TenantKeysets.Purpose purpose : TenantKeysets.Purpose.values()) {
      byte[] row =
          store
              .jdbc()
              .sql("SELECT keyset FROM tenant_keyset WHERE purpose = ?")
              .param(purpose.column())
              .query(byte[].class)
              .single();
      KeysetHandle keyset =
          TinkProtoKeysetFormat.parseEncryptedKeyset(
              row, asAead(root), TenantKeysets.associatedData("demo-city", purpose), purpose.tink);
      rawKeys.add(HexFormat.of().formatHex(rawKey(keyset.getPrimary().getKey())));
    }
    for (byte[] blob : stored) {
      String hex = HexFormat.of().formatHex(blob);
      assertThat(rawKeys).noneSatisfy(raw -> assertThat(hex).contains(raw));
      for (TenantKeysets.Purpose purpose : TenantKeysets.Purpose.values()) {
        assertThatThrownBy(() ->
                TinkProtoKeysetFormat.parseKeyset(
                    blob, InsecureSecretKeyAccess.get(), purpose.tink))
            .isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() ->
                TinkJsonProtoKeysetFormat.parseKeyset(
                    new String(blob, StandardCharsets.ISO_8859_1),
                    purpose.tink,
                    InsecureSecretKeyAccess.get()))
            .isInstanceOf(GeneralSecurityException.class);
      }
    }
  }

  @Test
  void aKeysetRowCopiedToAnotherTenant_doesNotOpen() {
    keys.fieldAead("city-a");
    store
        .jdbc()
        .sql(
            "INSERT INTO tenant_keyset (tenant_id, purpose, keyset, version, created_at, updated_at)"
                + " SELECT 'city-b', purpose, keyset, version, created_at, updated_at FROM tenant_keyset"
                + " WHERE tenant_id = 'city-a'")
        .update();
    assertThatThrownBy(
            () -> new TenantKeys(store.dataSource(), root, Clock.systemUTC()).fieldAead("city-b"))
        .isInstanceOf(KeyException.class)
        .hasMessage(
            "the field keyset of tenant city-b does not open with the root key: its row in tenant_keyset"
                + " was changed or copied from another tenant; restore it from backup");
  }

  @Test
  void firstUseFromSeveralProcessesAtOnce_agreesOnOneKeyset() throws Exception {
    int n = 4;
    CountDownLatch start = new CountDownLatch(1);
    try (var pool = Executors.newFixedThreadPool(n)) {
      List<Future<String>> outputs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        TenantKeys own = new TenantKeys(store.dataSource(), root, Clock.systemUTC());
        outputs.add(
            pool.submit(() -> {
              start.await();
              return HexFormat.of().formatHex(own.tokenPrf("demo-city").computePrimary(NUMBER, 32));
            }));
      }
      start.countDown();
      String first = outputs.getFirst().get();
      for (Future<String> output : outputs) {
        assertThat(output.get()).isEqualTo(first);
      }
    }
    assertThat(store.jdbc().sql("SELECT COUNT(*) FROM tenant_keyset").query(Long.class).single())
        .isEqualTo(1);
  }

  @Test
  void aMalformedTenantId_isRefused() {
    assertThatThrownBy(() -> keys.fieldAead("City A")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> keys.indexPrf("a/b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> keys.tokenPrf("")).isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] rawKey(Key key) {
    return switch (key) {
      case AesGcmKey aes -> aes.getKeyBytes().toByteArray(InsecureSecretKeyAccess.get());
      case HmacPrfKey hmac -> hmac.getKeyBytes().toByteArray(InsecureSecretKeyAccess.get());
      default -> throw new AssertionError(key);
    };
  }

  private static com.google.crypto.tink.Aead asAead(RootKey root) {
    return new com.google.crypto.tink.Aead() {
      @Override
      public byte[] encrypt(byte[] plaintext, byte[] associatedData)
          throws GeneralSecurityException {
        return root.wrap(plaintext, associatedData);
      }

      @Override
      public byte[] decrypt(byte[] ciphertext, byte[] associatedData)
          throws GeneralSecurityException {
        return root.unwrap(ciphertext, associatedData);
      }
    };
  }
}
