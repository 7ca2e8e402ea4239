package mamori.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.crypto.AgencyToken;
import mamori.crypto.FieldSealed;
import mamori.crypto.KeyException;
import mamori.crypto.TenantKeys;
import mamori.identity.AuthenticatorSecrets;
import mamori.log.AccessRecord;
import mamori.store.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Retiring a tenant's field key, on both stores: everything under it re-wrapped or re-sealed, the
 * key deleted, the root key replaced, an old copy of the keyset opening nothing; refusals; and a
 * retirement stopped at each step and finished by a rerun.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class KeyRetirementTest extends VaultTestBase {
  private static final Map<Field, Mask> NAME = Map.of(Field.FAMILY_NAME, Mask.NONE);
  private static final String TOTP_USER = "officer-1";

  private List<PersonData> persons;
  private final List<WrappedKeys> others = new ArrayList<>();
  private KeyRotation rotation;

  @BeforeEach
  void fill() {
    persons = TestPersons.generate(30, 7);
    vault.register(TENANT, CLERK, persons);
    rotation = rotation(List.of());
  }

  private KeyRotation rotation(List<WrappedKeys> wrapped) {
    KeyRotation r =
        new KeyRotation(
            store.dataSource(),
            keys,
            logs,
            Clock.systemUTC(),
            wrapped,
            List.of(AuthenticatorSecrets.in(store.dataSource())));
    r.othersSeeWithin(Duration.ZERO);
    return r;
  }

  private AgencyToken token(int i) {
    return vault.findByNumber(TENANT, persons.get(i).myNumber()).orElseThrow();
  }

  private void everyoneLiveReveals(int... erased) {
    for (int i = 0; i < persons.size(); i++) {
      int n = i;
      if (java.util.Arrays.stream(erased).anyMatch(e -> e == n)) {
        continue;
      }
      assertThat(vault.reveal(TENANT, token(i), NAME, CLERK).get(Field.FAMILY_NAME))
          .contains(persons.get(i).familyName());
    }
  }

  private byte[] storedKeyset() {
    return store
        .jdbc()
        .sql("SELECT keyset FROM tenant_keyset WHERE tenant_id = ? AND purpose = 'field'")
        .params(TENANT)
        .query(byte[].class)
        .single();
  }

  /** Whether {@code keyset}, put in place of the stored field keyset, opens with the root key. */
  private boolean opensToday(byte[] keyset) {
    byte[] now = storedKeyset();
    setKeyset(keyset);
    try {
      new TenantKeys(store.dataSource(), root, Clock.systemUTC()).fieldAead(TENANT);
      return true;
    } catch (KeyException e) {
      return false;
    } finally {
      setKeyset(now);
    }
  }

  private void setKeyset(byte[] keyset) {
    store
        .jdbc()
        .sql("UPDATE tenant_keyset SET keyset = ? WHERE tenant_id = ? AND purpose = 'field'")
        .params(keyset, TENANT)
        .update();
  }

  private void sealTotp(byte[] secret) throws Exception {
    byte[] sealed =
        keys.fieldAead(TENANT)
            .encrypt(
                secret,
                ("mamori/totp/v1/" + TENANT + "/" + TOTP_USER).getBytes(StandardCharsets.UTF_8));
    store
        .jdbc()
        .sql("INSERT INTO user_credential (tenant_id, user_id, totp_secret) VALUES (?, ?, ?)")
        .params(TENANT, TOTP_USER, sealed)
        .update();
  }

  private byte[] openTotp() throws Exception {
    FieldSealed.Sealed s =
        AuthenticatorSecrets.in(store.dataSource()).read(TENANT, TOTP_USER).orElseThrow();
    return new TenantKeys(store.dataSource(), root, Clock.systemUTC())
        .fieldAead(TENANT)
        .decrypt(s.sealed(), s.associatedData());
  }

  @Test
  void retiringAnOldKey_rewrapsResealsDeletesIt_andTheOldKeysetCopyOpensNoMore() throws Exception {
    int old = keys.primaryFieldKeyId(TENANT);
    sealTotp("totp-secret".getBytes(StandardCharsets.UTF_8));
    byte[] keysetBefore = storedKeyset();
    int fresh = rotation.rotate(TENANT, CLERK);
    List<Integer> rootBefore = keys.rootKeyGenerations();
    long logBefore = logSize();

    KeyRotation.Retired r = rotation.retire(TENANT, Optional.of(old), CLERK, n -> {});

    assertThat(r.keyId()).isEqualTo(old);
    assertThat(r.rewrapped()).isEqualTo(30);
    assertThat(r.resealed()).isEqualTo(1);
    assertThat(keys.fieldKeys(TENANT)).extracting(TenantKeys.KeyInfo::id).containsExactly(fresh);
    assertThat(keys.rootKeyGenerations()).hasSize(1).doesNotContainAnyElementsOf(rootBefore);
    assertThat(logged(logBefore).action()).isEqualTo("keys.retire");
    assertThat(logged(logBefore).person()).isEmpty();
    assertThat(rotation.retirements(TENANT))
        .singleElement()
        .satisfies(x -> assertThat(x.destroyedAt()).isPresent());
    assertThat(opensToday(keysetBefore)).as("the keyset row from before").isFalse();
    assertThat(opensToday(storedKeyset())).isTrue();
    assertThat(openTotp()).asString().isEqualTo("totp-secret");
    everyoneLiveReveals();
    // a new service start opens everything with the current root key
    TenantKeys restarted = new TenantKeys(store.dataSource(), root, Clock.systemUTC());
    assertThat(restarted.fieldKeys(TENANT)).hasSize(1);
  }

  @Test
  void retiringThePrimary_rotatesFirst() {
    int primary = keys.primaryFieldKeyId(TENANT);
    rotation.rotate(TENANT, CLERK);
    rotation.rewrap(TENANT, n -> {});
    int second = keys.primaryFieldKeyId(TENANT);

    rotation.retire(TENANT, Optional.of(second), CLERK, n -> {});

    assertThat(keys.fieldKeys(TENANT))
        .extracting(TenantKeys.KeyInfo::id)
        .contains(primary)
        .doesNotContain(second)
        .hasSize(2);
    everyoneLiveReveals();
  }

  @Test
  void theOnlyKey_andAnUnknownKey_areRefusedAndLogged_nothingChanges() {
    int only = keys.primaryFieldKeyId(TENANT);
    List<Integer> rootBefore = keys.rootKeyGenerations();
    long logBefore = logSize();

    assertThatThrownBy(() -> rotation.retire(TENANT, Optional.of(only), CLERK, n -> {}))
        .isInstanceOf(RetireRefused.class)
        .hasMessageContaining("only field key");
    assertThatThrownBy(() -> rotation.retire(TENANT, Optional.of(only + 1), CLERK, n -> {}))
        .isInstanceOf(RetireRefused.class)
        .hasMessageContaining("has no field key");
    assertThatThrownBy(() -> rotation.retire(TENANT, Optional.empty(), CLERK, n -> {}))
        .isInstanceOf(RetireRefused.class);

    assertThat(logSize()).isEqualTo(logBefore + 3);
    assertThat(logged(logBefore).decision()).isEqualTo(AccessRecord.DENY + "keys.not-retirable");
    assertThat(keys.fieldKeys(TENANT)).hasSize(1);
    assertThat(keys.rootKeyGenerations()).isEqualTo(rootBefore);
    everyoneLiveReveals();
  }

  @Test
  void killedWhileRewrapping_thenRunAgain_finishes_andEveryLivePersonReveals() {
    int old = keys.primaryFieldKeyId(TENANT);
    vault.erase(TENANT, token(3), CLERK);
    rotation.rotate(TENANT, CLERK);
    AtomicBoolean killed = new AtomicBoolean();
    KeyRotation dying = rotation(List.of(dyingAfterPersons(killed)));

    assertThatThrownBy(() -> dying.retire(TENANT, Optional.of(old), CLERK, n -> {}))
        .hasMessageContaining("killed");
    assertThat(killed).isTrue();
    assertThat(keys.fieldKeys(TENANT)).as("nothing destroyed yet").hasSize(2);
    assertThat(rotation.retirements(TENANT))
        .singleElement()
        .satisfies(x -> assertThat(x.destroyedAt()).isEmpty());
    everyoneLiveReveals(3);

    KeyRotation.Retired r = rotation.retire(TENANT, Optional.empty(), CLERK, n -> {});

    assertThat(r.keyId()).isEqualTo(old);
    assertThat(keys.fieldKeys(TENANT)).hasSize(1);
    everyoneLiveReveals(3);
  }

  @Test
  void killedAfterTheKeyWasDeleted_beforeTheRootKeyRotated_thenRunAgain_finishes() {
    int old = keys.primaryFieldKeyId(TENANT);
    byte[] keysetBefore = storedKeyset();
    rotation.rotate(TENANT, CLERK);
    AtomicBoolean killed = new AtomicBoolean();
    assertThatThrownBy(() ->
            rotation(List.of(dyingAfterPersons(killed)))
                .retire(TENANT, Optional.of(old), CLERK, n -> {}))
        .hasMessageContaining("killed");
    // the steps the killed run had left, up to the key's deletion, as if it died right after it
    rotation.rewrap(TENANT, n -> {});
    assertThat(keys.deleteFieldKey(TENANT, old)).isTrue();
    assertThat(opensToday(keysetBefore)).as("the old root key is still there").isTrue();
    everyoneLiveReveals();

    rotation.retire(TENANT, Optional.empty(), CLERK, n -> {});

    assertThat(opensToday(keysetBefore)).isFalse();
    assertThat(rotation.retirements(TENANT))
        .singleElement()
        .satisfies(x -> assertThat(x.destroyedAt()).isPresent());
    everyoneLiveReveals();
  }

  @Test
  void anErasedPersonsOldDataKey_opensWithNoKeyAfterRetirement() {
    int old = keys.primaryFieldKeyId(TENANT);
    AgencyToken gone = token(5);
    long id =
        store
            .jdbc()
            .sql("SELECT person_id FROM person WHERE tenant_id = ? AND token = ?")
            .params(TENANT, gone.value())
            .query(Long.class)
            .single();
    byte[] oldKey =
        store
            .jdbc()
            .sql("SELECT data_key FROM person WHERE person_id = ?")
            .params(id)
            .query(byte[].class)
            .single();
    keys.personKey(TENANT, id, oldKey); // opens before
    vault.erase(TENANT, gone, CLERK);
    rotation.rotate(TENANT, CLERK);

    rotation.retire(TENANT, Optional.of(old), CLERK, n -> {});

    assertThatThrownBy(() ->
            new TenantKeys(store.dataSource(), root, Clock.systemUTC())
                .personKey(TENANT, id, oldKey))
        .isInstanceOf(KeyException.class);
    everyoneLiveReveals(5);
  }

  /** A kind of wrapped keys whose first page "kills" the run once the persons were re-wrapped. */
  private WrappedKeys dyingAfterPersons(AtomicBoolean killed) {
    return new WrappedKeys() {
      @Override
      public String kind() {
        return "dying";
      }

      @Override
      public List<Wrapped> page(String tenant, long after, int limit) {
        if (killed.compareAndSet(false, true)) {
          throw new IllegalStateException("killed");
        }
        return List.of();
      }

      @Override
      public byte[] rewrap(String tenant, Wrapped key) {
        throw new AssertionError();
      }

      @Override
      public long swap(String tenant, List<Swap> swaps) {
        return 0;
      }
    };
  }
}
