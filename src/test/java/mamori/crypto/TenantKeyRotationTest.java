package mamori.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Rotating a tenant's field key: a new primary, old ciphertexts still open, on both stores. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class TenantKeyRotationTest extends TenantKeysTestBase {
  private static final byte[] AD = "person/1/name".getBytes(StandardCharsets.UTF_8);
  private static final byte[] NAME = "山田太郎".getBytes(StandardCharsets.UTF_8);

  @Test
  void rotate_addsANewPrimary_andOldCiphertextsStillOpen() throws Exception {
    byte[] before = keys.fieldAead("demo-city").encrypt(NAME, AD);
    int oldId = keys.fieldKeys("demo-city").getFirst().id();

    int newId = keys.rotateFieldKey("demo-city");

    assertThat(newId).isNotEqualTo(oldId);
    assertThat(keys.fieldKeys("demo-city"))
        .containsExactlyInAnyOrder(
            new TenantKeys.KeyInfo(oldId, false, "enabled"),
            new TenantKeys.KeyInfo(newId, true, "enabled"));
    byte[] after = keys.fieldAead("demo-city").encrypt(NAME, AD);
    assertThat(keyId(after)).isEqualTo(newId);
    assertThat(keyId(before)).isEqualTo(oldId);
    assertThat(keys.fieldAead("demo-city").decrypt(before, AD)).isEqualTo(NAME);
    TenantKeys elsewhere = new TenantKeys(store.dataSource(), root, Clock.systemUTC());
    assertThat(elsewhere.fieldAead("demo-city").decrypt(before, AD)).isEqualTo(NAME);
    assertThat(elsewhere.fieldAead("demo-city").decrypt(after, AD)).isEqualTo(NAME);
  }

  @Test
  void twoInstancesRotatingOneAfterTheOther_keepEveryKey() {
    keys.fieldAead("demo-city");
    TenantKeys other = new TenantKeys(store.dataSource(), root, Clock.systemUTC());
    int first = keys.rotateFieldKey("demo-city");
    int second = other.rotateFieldKey("demo-city");

    assertThat(keys.fieldKeys("demo-city"))
        .hasSize(3)
        .filteredOn(TenantKeys.KeyInfo::primary)
        .extracting(TenantKeys.KeyInfo::id)
        .containsExactly(second);
    assertThat(keys.fieldKeys("demo-city")).extracting(TenantKeys.KeyInfo::id).contains(first);
  }

  @Test
  void aTenantWithoutKeys_hasNoneListed_andRotationMakesItsFirst() {
    assertThat(keys.fieldKeys("new-town")).isEmpty();
    keys.rotateFieldKey("new-town");
    assertThat(keys.fieldKeys("new-town"))
        .hasSize(2)
        .filteredOn(TenantKeys.KeyInfo::primary)
        .hasSize(1);
  }

  /** Tink's output prefix: 0x01 then the key id, big-endian. */
  private static int keyId(byte[] ciphertext) {
    assertThat(ciphertext[0]).isEqualTo((byte) 1);
    return java.nio.ByteBuffer.wrap(Arrays.copyOfRange(ciphertext, 1, 5)).getInt();
  }
}
