package mamori.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The edges of the tenant keys: which key wraps a person key before and after a rotation, a
 * rotation by another instance, the compare-and-swap of a stored keyset, a root key check that
 * opens to the wrong text, the fingerprint's definition, and the limits of organisation ids and
 * ciphertexts.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class KeysBoundariesTest extends TenantKeysTestBase {
  static final String TENANT = "demo-city";

  @Test
  void aPersonKey_isWrappedUnderThePrimary_andRewrappedUnderTheNextOne() {
    PersonKey before = keys.newPersonKey(TENANT, 7);
    int first = keys.primaryFieldKeyId(TENANT);
    assertThat(TenantKeys.wrappingKeyId(before.wrapped())).isEqualTo(first);
    byte[] sealed = before.seal("family_name", "山田".getBytes(StandardCharsets.UTF_8));

    int second = keys.rotateFieldKey(TENANT);
    assertThat(second).isNotEqualTo(first);
    assertThat(keys.primaryFieldKeyId(TENANT)).isEqualTo(second);
    byte[] rewrapped = keys.rewrapPersonKey(TENANT, 7, before.wrapped());
    assertThat(TenantKeys.wrappingKeyId(rewrapped)).isEqualTo(second);
    assertThat(keys.personKey(TENANT, 7, rewrapped).open("family_name", sealed))
        .isEqualTo("山田".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> keys.rewrapPersonKey(TENANT, 8, before.wrapped()))
        .isInstanceOf(KeyException.class);
    assertThatThrownBy(() -> TenantKeys.wrappingKeyId(new byte[] {1, 2, 3, 4}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TenantKeys.wrappingKeyId(new byte[] {0, 2, 3, 4, 5}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(TenantKeys.wrappingKeyId(new byte[] {1, 0, 0, 1, 2})).isEqualTo(258);
    assertThatThrownBy(() -> keys.primaryFieldKeyId("no-keys-yet"))
        .isInstanceOf(KeyException.class);
  }

  @Test
  void aPersonKeyWrappedAfterAnotherInstanceRotated_opensHereToo() {
    keys.fieldAead(TENANT); // this instance holds the keyset as it was
    TenantKeys other = new TenantKeys(store.dataSource(), root, Clock.systemUTC());
    other.rotateFieldKey(TENANT);
    PersonKey made = other.newPersonKey(TENANT, 9);
    assertThat(
            keys.personKey(TENANT, 9, made.wrapped()).open("x", made.seal("x", new byte[] {4, 2})))
        .containsExactly(4, 2);
  }

  @Test
  void aStoredKeyset_isReplacedOnlyFromTheVersionRead() {
    KeysetTable table = new KeysetTable(store.dataSource());
    keys.fieldAead(TENANT);
    KeysetTable.Versioned read = table.versioned(TENANT, "field").orElseThrow();
    assertThat(table.replaceKeyset(TENANT, "field", read.keyset(), read.version(), 1)).isTrue();
    assertThat(table.replaceKeyset(TENANT, "field", read.keyset(), read.version(), 2))
        .as("a stale version")
        .isFalse();
    assertThat(table.versioned(TENANT, "field").orElseThrow().version())
        .isNotEqualTo(read.version());
  }

  @Test
  void aRootKeyCheckThatOpensToOtherText_isTheWrongKey() throws Exception {
    RootKeyConfig config = new RootKeyConfig.KeyFile(temp.resolve("keys/root.key"));
    byte[] other =
        root.wrap(
            "not the check".getBytes(StandardCharsets.UTF_8),
            "mamori/root-key-check/v1".getBytes(StandardCharsets.UTF_8));
    store.jdbc().sql("UPDATE root_key_check SET check_value = ?").param(other).update();
    assertThatThrownBy(() -> RootKeys.open(config, store.dataSource()))
        .isInstanceOf(KeyException.class)
        .hasMessageStartingWith("wrong root key");
    assertThat(config).hasToString("root key file " + temp.resolve("keys/root.key"));
  }

  @Test
  void aFingerprint_isTheIndexPrfOverItsPrefixAndTheBytes() throws Exception {
    byte[] record = {1, 2, 3};
    byte[] prefixed =
        ("mamori/fingerprint/v1\0" + "\u0001\u0002\u0003").getBytes(StandardCharsets.UTF_8);
    assertThat(keys.fingerprint(TENANT, record))
        .isEqualTo(keys.indexPrf(TENANT).computePrimary(prefixed, 16));
    assertThat(keys.fingerprint(TENANT, new byte[] {1, 2, 4}))
        .isNotEqualTo(keys.fingerprint(TENANT, record));
  }

  @Test
  void organisationIds_ofUpTo64Characters_withoutSlashOrControls_makeTokens() {
    assertThat(keys.token(TENANT, "o".repeat(64), 1)).isNotNull();
    assertThat(keys.token(TENANT, "an org", 1)).isNotEqualTo(keys.token(TENANT, "an-org", 1));
    for (String bad : new String[] {"", "o".repeat(65), "a/b", "a\u001fb", "a\nb"}) {
      assertThatThrownBy(() -> keys.token(TENANT, bad, 1))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> keys.fieldKeys("Not A Tenant"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEmptyField_sealsAndOpens() {
    PersonKey key = keys.newPersonKey(TENANT, 1);
    byte[] sealed = key.seal("note", new byte[0]);
    assertThat(sealed).hasSize(PersonKey.OVERHEAD);
    assertThat(key.open("note", sealed)).isEmpty();
    assertThatThrownBy(
            () -> key.open("note", java.util.Arrays.copyOf(sealed, PersonKey.OVERHEAD - 1)))
        .isInstanceOf(KeyException.class);
  }
}
