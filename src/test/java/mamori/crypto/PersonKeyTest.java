package mamori.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Per-person data keys, blind indexes, fingerprints and tokens of {@link TenantKeys}, on both
 * stores.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class PersonKeyTest extends TenantKeysTestBase {
  private static final byte[] NAME = "山田".getBytes(StandardCharsets.UTF_8);
  private static final byte[] ADDRESS = "兵庫県尼崎市東七松町1丁目23-1".getBytes(StandardCharsets.UTF_8);

  @Test
  void sealedField_opensWithTheSameKey_andWithTheKeyUnwrappedByAnotherInstance() {
    PersonKey key = keys.newPersonKey("demo-city", 42);
    byte[] sealed = key.seal("family_name", NAME);
    assertThat(sealed).hasSize(PersonKey.OVERHEAD + NAME.length);
    assertThat(key.open("family_name", sealed)).isEqualTo(NAME);
    PersonKey again =
        new TenantKeys(store.dataSource(), root, Clock.systemUTC())
            .personKey("demo-city", 42, key.wrapped());
    assertThat(again.open("family_name", sealed)).isEqualTo(NAME);
  }

  @Test
  void sealingTwice_givesDifferentCiphertexts() {
    PersonKey key = keys.newPersonKey("demo-city", 42);
    assertThat(key.seal("family_name", NAME)).isNotEqualTo(key.seal("family_name", NAME));
  }

  @Test
  void aCiphertextMovedToAnotherField_isRefused_withoutItsContentInTheMessage() {
    PersonKey key = keys.newPersonKey("demo-city", 42);
    byte[] sealed = key.seal("family_name", NAME);
    assertThatThrownBy(() -> key.open("given_name", sealed))
        .isInstanceOf(KeyException.class)
        .hasMessage(
            "field given_name of a person of tenant demo-city does not open with that person's data key:"
                + " the stored ciphertext was changed, or moved from another person or field")
        .hasMessageNotContaining("山田");
  }

  @Test
  void aCiphertextMovedToAnotherPerson_isRefused() {
    PersonKey a = keys.newPersonKey("demo-city", 1);
    PersonKey b = keys.newPersonKey("demo-city", 2);
    byte[] ofA = a.seal("address", ADDRESS);
    assertThatThrownBy(() -> b.open("address", ofA)).isInstanceOf(KeyException.class);
  }

  @Test
  void aWrappedKeyMovedToAnotherPersonOrTenant_doesNotOpen() {
    byte[] wrapped = keys.newPersonKey("demo-city", 1).wrapped();
    assertThatThrownBy(() -> keys.personKey("demo-city", 2, wrapped))
        .isInstanceOf(KeyException.class)
        .hasMessage(
            "the data key of a person of tenant demo-city does not open with the tenant's field keyset:"
                + " it was changed or copied from another person");
    assertThatThrownBy(() -> keys.personKey("other-city", 1, wrapped))
        .isInstanceOf(KeyException.class);
  }

  @Test
  void aChangedOrTruncatedCiphertext_isRefused() {
    PersonKey key = keys.newPersonKey("demo-city", 42);
    byte[] sealed = key.seal("address", ADDRESS);
    for (int i : List.of(0, 1, 13, sealed.length - 1)) {
      byte[] changed = sealed.clone();
      changed[i] ^= 1;
      assertThatThrownBy(() -> key.open("address", changed)).isInstanceOf(KeyException.class);
    }
    assertThatThrownBy(() -> key.open("address", new byte[5])).isInstanceOf(KeyException.class);
  }

  @Test
  void theWrappedKeyCarriesTinksKeyIdPrefix_andNeitherItNorToStringShowsTheKey() {
    PersonKey key = keys.newPersonKey("demo-city", 42);
    byte[] wrapped = key.wrapped();
    assertThat(wrapped).hasSize(5 + 12 + 32 + 16);
    assertThat(wrapped[0]).isEqualTo((byte) 1); // Tink's TINK output prefix
    assertThat(key).hasToString("PersonKey[demo-city/42]");
  }

  @Test
  void anotherRootKey_cannotOpenThePersonKeys_andNothingChanges() throws Exception {
    byte[] wrapped = keys.newPersonKey("demo-city", 42).wrapped();
    List<String> before = keysetRows();
    Path otherFile = temp.resolve("other/root.key");
    Files.createDirectories(
        otherFile.getParent(),
        java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
            java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
    RootKey other =
        KeyFileRootKey.create(otherFile); // opened without RootKeys.open, which would refuse it
    TenantKeys wrong = new TenantKeys(store.dataSource(), other, Clock.systemUTC());
    assertThatThrownBy(() -> wrong.personKey("demo-city", 42, wrapped))
        .isInstanceOf(KeyException.class)
        .hasMessageStartingWith(
            "the field keyset of tenant demo-city does not open with the root key");
    assertThatThrownBy(() -> wrong.newPersonKey("demo-city", 43)).isInstanceOf(KeyException.class);
    assertThat(keysetRows()).isEqualTo(before);
  }

  @Test
  void blindIndexes_areStable16Bytes_andDifferByKindTenantAndValue() {
    byte[] a = keys.blindIndex("demo-city", "number", "123456789018");
    assertThat(a).hasSize(16).isEqualTo(keys.blindIndex("demo-city", "number", "123456789018"));
    assertThat(keys.blindIndex("demo-city", "name-birth", "123456789018")).isNotEqualTo(a);
    assertThat(keys.blindIndex("other-city", "number", "123456789018")).isNotEqualTo(a);
    assertThat(keys.blindIndex("demo-city", "number", "123456789026")).isNotEqualTo(a);
    assertThatThrownBy(() -> keys.blindIndex("demo-city", "Number\0x", "1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fingerprints_areStable_andNeverEqualABlindIndexOfTheSameBytes() {
    byte[] canonical = "number\0123".getBytes(StandardCharsets.UTF_8);
    byte[] f = keys.fingerprint("demo-city", canonical);
    assertThat(f).hasSize(16).isEqualTo(keys.fingerprint("demo-city", canonical));
    assertThat(f).isNotEqualTo(keys.blindIndex("demo-city", "number", "123"));
  }

  @Test
  void tokens_areStable_andDifferByOrganisationTenantAndPerson() {
    AgencyToken own = keys.token("demo-city", "demo-city", 7);
    assertThat(keys.token("demo-city", "demo-city", 7)).isEqualTo(own);
    assertThat(keys.token("demo-city", "contractor-a", 7)).isNotEqualTo(own);
    assertThat(keys.token("other-city", "demo-city", 7)).isNotEqualTo(own);
    assertThat(keys.token("demo-city", "demo-city", 8)).isNotEqualTo(own);
    assertThat(AgencyToken.parse(own.value())).isEqualTo(own);
    assertThatThrownBy(() -> keys.token("demo-city", "a/b", 7))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private List<String> keysetRows() {
    return store
        .jdbc()
        .sql(
            "SELECT tenant_id, purpose, keyset, version FROM tenant_keyset ORDER BY tenant_id, purpose")
        .query((rs, n) ->
            rs.getString(1)
                + rs.getString(2)
                + HexFormat.of().formatHex(rs.getBytes(3))
                + rs.getLong(4))
        .list();
  }
}
