package mamori.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.crypto.AgencyToken;
import mamori.crypto.TenantKeys;
import mamori.store.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Rotating a tenant's field key and re-wrapping its persons' data keys, on both stores. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class KeyRotationTest extends VaultTestBase {
  private static final Map<Field, Mask> NAME = Map.of(Field.FAMILY_NAME, Mask.NONE);
  private KeyRotation rotation;
  private List<PersonData> persons;

  @BeforeEach
  void fill() {
    rotation = new KeyRotation(store.dataSource(), keys, logs, Clock.systemUTC(), List.of());
    persons = TestPersons.generate(40, 11);
    vault.register(TENANT, CLERK, persons);
  }

  private AgencyToken token(int i) {
    return vault.findByNumber(TENANT, persons.get(i).myNumber()).orElseThrow();
  }

  @Test
  void rotate_thenRewrap_movesEveryPersonToTheNewKey_andEveryoneStaysReadable() {
    int old = keys.primaryFieldKeyId(TENANT);
    long logBefore = logSize();

    int fresh = rotation.rotate(TENANT, CLERK);

    assertThat(logSize()).isEqualTo(logBefore + 1);
    assertThat(logged(logBefore).action()).isEqualTo("keys.rotate");
    KeyRotation.Status before = rotation.status(TENANT);
    assertThat(before.toRewrap()).isEqualTo(40);
    assertThat(before.personsByKey()).containsEntry(old, 40L);
    assertThat(vault.reveal(TENANT, token(0), NAME, CLERK).get(Field.FAMILY_NAME))
        .contains(persons.get(0).familyName());

    assertThat(rotation.rewrap(TENANT, n -> {})).isEqualTo(40);

    KeyRotation.Status after = rotation.status(TENANT);
    assertThat(after.toRewrap()).isZero();
    assertThat(after.personsByKey()).containsOnlyKeys(fresh);
    for (int i = 0; i < persons.size(); i++) {
      assertThat(vault.reveal(TENANT, token(i), NAME, CLERK).get(Field.FAMILY_NAME))
          .contains(persons.get(i).familyName());
    }
    assertThat(rotation.rewrap(TENANT, n -> {})).as("a second run finds nothing to do").isZero();
  }

  @Test
  void anotherProcessWithTheOldKeysetCached_stillReadsAfterTheRewrap() {
    TenantKeys elsewhere = new TenantKeys(store.dataSource(), root, Clock.systemUTC());
    Vault otherVault = new Vault(store.dataSource(), elsewhere, logs, Clock.systemUTC(), List.of());
    otherVault.reveal(TENANT, token(1), NAME, CLERK); // caches the keyset before the rotation

    rotation.rotate(TENANT, CLERK);
    rotation.rewrap(TENANT, n -> {});

    assertThat(otherVault.reveal(TENANT, token(1), NAME, CLERK).get(Field.FAMILY_NAME))
        .contains(persons.get(1).familyName());
    vault.register(TENANT, CLERK, TestPersons.generate(3, 99));
    assertThat(otherVault.count(TENANT)).isEqualTo(43);
  }

  @Test
  void anErasedPerson_isNeverGivenAKeyBack() {
    AgencyToken gone = token(2);
    vault.erase(TENANT, gone, CLERK);
    rotation.rotate(TENANT, CLERK);

    assertThat(rotation.rewrap(TENANT, n -> {})).isEqualTo(39);

    assertThat(
            rotation.status(TENANT).personsByKey().values().stream()
                .mapToLong(Long::longValue)
                .sum())
        .isEqualTo(39);
    assertThatThrownBy(() -> vault.reveal(TENANT, gone, NAME, CLERK))
        .isInstanceOf(VaultException.class)
        .hasMessageContaining("erased");
  }

  @Test
  void theServicesBackgroundRewrap_finishesAStoppedRotation() {
    rotation.rotate(TENANT, CLERK);
    assertThat(rotation.status(TENANT).toRewrap()).isEqualTo(40);

    new BackgroundRewrap(store, keys, logs, Clock.systemUTC(), List.of()).run();

    assertThat(rotation.status(TENANT).toRewrap()).isZero();
  }
}
