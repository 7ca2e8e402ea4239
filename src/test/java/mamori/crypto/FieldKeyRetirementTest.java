package mamori.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Retiring a tenant's field key from the crypto module's side: deleting it from the keyset
 * (compare-and-swap, refusals), sealing again under the primary, when the keyset was written and
 * how long another process keeps the keyset it read, on both stores.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class FieldKeyRetirementTest extends TenantKeysTestBase {
  private static final byte[] AD = "person/1/name".getBytes(StandardCharsets.UTF_8);
  private static final byte[] NAME = "山田太郎".getBytes(StandardCharsets.UTF_8);

  /** A fixed clock that, once armed, runs {@code meddle} each time it is asked. */
  private static final class MeddlingClock extends Clock {
    volatile Runnable meddle = () -> {};
    final AtomicInteger asked = new AtomicInteger();
    final long at;

    MeddlingClock(long at) {
      this.at = at;
    }

    @Override
    public long millis() {
      meddle.run();
      asked.incrementAndGet();
      return at;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private static int keyId(byte[] ciphertext) {
    return java.nio.ByteBuffer.wrap(java.util.Arrays.copyOfRange(ciphertext, 1, 5)).getInt();
  }

  private void bumpFieldRow(String tenant) {
    KeysetTable table = new KeysetTable(store.dataSource());
    KeysetTable.Versioned now = table.versioned(tenant, "field").orElseThrow();
    table.replaceKeyset(tenant, "field", now.keyset(), now.version(), 1L);
  }

  @Test
  void deleteFieldKey_removesAnOlderKey_andWhatItSealedOpensNoMore() throws Exception {
    byte[] old = keys.fieldAead("demo-city").encrypt(NAME, AD);
    int oldId = keyId(old);
    int newId = keys.rotateFieldKey("demo-city");
    byte[] current = keys.fieldAead("demo-city").encrypt(NAME, AD);

    assertThat(keys.deleteFieldKey("demo-city", oldId)).isTrue();

    assertThat(keys.fieldKeys("demo-city"))
        .containsExactly(new TenantKeys.KeyInfo(newId, true, "enabled"));
    assertThatThrownBy(() -> keys.fieldAead("demo-city").decrypt(old, AD))
        .as("this instance forgot the keyset it held")
        .isInstanceOf(GeneralSecurityException.class);
    assertThat(keys.fieldAead("demo-city").decrypt(current, AD)).isEqualTo(NAME);
    assertThat(keys.deleteFieldKey("demo-city", oldId)).as("deleted before").isFalse();
  }

  @Test
  void deleteFieldKey_refusesThePrimaryAndTheOnlyKey_andABadTenant() {
    int only = keyId(encrypt("demo-city"));
    assertThatThrownBy(() -> keys.deleteFieldKey("demo-city", only))
        .isInstanceOf(KeyException.class)
        .hasMessageContaining("primary");
    int primary = keys.rotateFieldKey("demo-city");
    assertThatThrownBy(() -> keys.deleteFieldKey("demo-city", primary))
        .isInstanceOf(KeyException.class)
        .hasMessageContaining("primary");
    assertThat(keys.fieldKeys("demo-city")).hasSize(2);
    assertThat(keys.deleteFieldKey("demo-city", primary + 1)).as("no such key").isFalse();
    assertThat(keys.deleteFieldKey("new-town", 1)).as("no keyset").isFalse();
    assertThatThrownBy(() -> keys.deleteFieldKey("Bad Tenant", 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deleteFieldKey_andRotateFieldKey_readTheRowAgainWhenItChanged_fiveTimesAtMost() {
    MeddlingClock clock = new MeddlingClock(1_700_000_000_000L);
    TenantKeys meddled = new TenantKeys(store.dataSource(), root, clock);
    int old = keyId(encrypt(meddled, "demo-city"));
    meddled.rotateFieldKey("demo-city");
    AtomicInteger once = new AtomicInteger();
    clock.meddle =
        () -> {
          if (once.getAndIncrement() == 0) {
            bumpFieldRow("demo-city");
          }
        };
    clock.asked.set(0);
    assertThat(meddled.deleteFieldKey("demo-city", old)).isTrue();
    assertThat(clock.asked).as("one failed swap, one that held").hasValue(2);
    assertThat(meddled.fieldKeys("demo-city")).hasSize(1);

    clock.meddle = () -> bumpFieldRow("demo-city");
    clock.asked.set(0);
    assertThatThrownBy(() -> meddled.rotateFieldKey("demo-city")).isInstanceOf(KeyException.class);
    assertThat(clock.asked).hasValue(5);
    int primary = meddled.fieldKeys("demo-city").getFirst().id();
    clock.meddle = () -> {};
    meddled.rotateFieldKey("demo-city");
    clock.meddle = () -> bumpFieldRow("demo-city");
    clock.asked.set(0);
    assertThatThrownBy(() -> meddled.deleteFieldKey("demo-city", primary))
        .as("the key is not primary any more, but the row keeps changing")
        .isInstanceOf(KeyException.class);
    assertThat(clock.asked).hasValue(5);
    assertThat(meddled.fieldKeys("demo-city")).hasSize(2);
  }

  @Test
  void reseal_sealsAgainUnderThePrimary_evenAKeyMadeByAnotherInstance() throws Exception {
    byte[] old = keys.fieldAead("demo-city").encrypt(NAME, AD);
    TenantKeys other = new TenantKeys(store.dataSource(), root, Clock.systemUTC());
    int newId = other.rotateFieldKey("demo-city");
    byte[] underNew = other.fieldAead("demo-city").encrypt(NAME, AD);

    // this instance still holds the keyset without the new key: it reads the stored one again
    byte[] again = keys.reseal("demo-city", underNew, AD);
    assertThat(keys.fieldAead("demo-city").decrypt(again, AD)).isEqualTo(NAME);
    byte[] resealed = keys.reseal("demo-city", old, AD);
    assertThat(keyId(resealed)).isEqualTo(newId);
    assertThat(keys.fieldAead("demo-city").decrypt(resealed, AD)).isEqualTo(NAME);
    assertThatThrownBy(() -> keys.reseal("demo-city", old, "other".getBytes()))
        .isInstanceOf(KeyException.class);
  }

  @Test
  void fieldKeysetWrittenAt_isWhenTheRowWasLastWritten() {
    MeddlingClock clock = new MeddlingClock(1_700_000_000_000L);
    TenantKeys at = new TenantKeys(store.dataSource(), root, clock);
    assertThat(at.fieldKeysetWrittenAt("demo-city")).isEmpty();
    encrypt(at, "demo-city");
    assertThat(at.fieldKeysetWrittenAt("demo-city"))
        .contains(Instant.ofEpochMilli(1_700_000_000_000L));
    TenantKeys later =
        new TenantKeys(store.dataSource(), root, new MeddlingClock(1_700_000_500_000L));
    later.rotateFieldKey("demo-city");
    assertThat(at.fieldKeysetWrittenAt("demo-city"))
        .contains(Instant.ofEpochMilli(1_700_000_500_000L));
  }

  @Test
  void rootKeyGenerations_andRotateRootKey() {
    encrypt("demo-city");
    var before = keys.rootKeyGenerations();
    assertThat(before).hasSize(1);
    java.util.List<Long> heard = new java.util.ArrayList<>();
    RootKeys.Rotated r = keys.rotateRootKey(heard::add);
    assertThat(r.rewrapped()).isEqualTo(1);
    assertThat(heard).containsExactly(1L);
    assertThat(keys.rootKeyGenerations())
        .containsExactly(r.generation())
        .doesNotContainAnyElementsOf(before);
  }

  @Test
  void anotherInstancesRotation_isSeenAfterTheRecheckInterval_notBefore() throws Exception {
    encrypt("demo-city");
    TenantKeys other = new TenantKeys(store.dataSource(), root, Clock.systemUTC());
    int newId = other.rotateFieldKey("demo-city");
    int oldId = keyId(encrypt("demo-city"));
    assertThat(oldId).as("within the interval the keyset read is kept").isNotEqualTo(newId);

    Thread.sleep(TenantKeys.keysetRecheck().toMillis() + 300);

    assertThat(keyId(encrypt("demo-city"))).isEqualTo(newId);
    // the index keyset is not checked again (it is never rotated): the same primitive is kept
    assertThat(keys.indexPrf("demo-city")).isSameAs(keys.indexPrf("demo-city"));
  }

  private byte[] encrypt(String tenant) {
    return encrypt(keys, tenant);
  }

  private static byte[] encrypt(TenantKeys keys, String tenant) {
    try {
      return keys.fieldAead(tenant).encrypt(NAME, AD);
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }
}
