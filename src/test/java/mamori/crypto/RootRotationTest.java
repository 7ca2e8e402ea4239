package mamori.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link RootRotation}'s steps when rows change under it: a keyset row or the root key check
 * changed meanwhile is read again, and the older generation is destroyed only once everything opens
 * under the current one, on both stores.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class RootRotationTest extends TenantKeysTestBase {
  private static final byte[] AD = "person/1/name".getBytes(StandardCharsets.UTF_8);
  private static final byte[] NAME = "山田太郎".getBytes(StandardCharsets.UTF_8);

  /** A clock that runs {@code meddle} (another process writing) each time the rotation asks it. */
  private static final class MeddlingClock extends Clock {
    private final Runnable meddle;
    final AtomicInteger asked = new AtomicInteger();

    MeddlingClock(Runnable meddle) {
      this.meddle = meddle;
    }

    @Override
    public long millis() {
      meddle.run();
      asked.incrementAndGet();
      return System.currentTimeMillis();
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

  private KeysetTable table() {
    return new KeysetTable(store.dataSource());
  }

  /** The field row written again as it is (a new version), as another process rotating would. */
  private void bumpFieldRow() {
    KeysetTable.Versioned now = table().versioned("demo-city", "field").orElseThrow();
    assertThat(table().replaceKeyset("demo-city", "field", now.keyset(), now.version(), 1L))
        .isTrue();
  }

  private RootKey reopened() {
    return RootKeys.open(
        new RootKeyConfig.KeyFile(temp.resolve("keys/root.key")), store.dataSource());
  }

  @Test
  void aKeysetRowChangedWhileItWasRewrapped_isReadAgain_beforeTheOldGenerationGoes()
      throws Exception {
    byte[] sealed = keys.fieldAead("demo-city").encrypt(NAME, AD);
    AtomicInteger once = new AtomicInteger();
    MeddlingClock clock =
        new MeddlingClock(() -> {
          if (once.getAndIncrement() == 0) {
            bumpFieldRow();
          }
        });
    List<Long> heard = new ArrayList<>();

    RootKeys.Rotated r =
        new RootRotation(store.dataSource(), (GenerationalRootKey) root, clock).rotate(heard::add);

    assertThat(r.rewrapped()).as("the row whose swap failed is not counted").isEqualTo(1);
    assertThat(heard).containsExactly(1L);
    assertThat(clock.asked).as("one failed swap, one that held").hasValue(2);
    assertThat(RootKeys.generations(root)).containsExactly(r.generation());
    RootKey again = reopened();
    assertThat(
            new TenantKeys(store.dataSource(), again, Clock.systemUTC())
                .fieldAead("demo-city")
                .decrypt(sealed, AD))
        .isEqualTo(NAME);
  }

  @Test
  void rowsThatKeepChanging_stopTheRotationAfterFivePasses_andTheOldGenerationIsKept()
      throws Exception {
    byte[] sealed = keys.fieldAead("demo-city").encrypt(NAME, AD);
    MeddlingClock clock = new MeddlingClock(this::bumpFieldRow);
    List<Long> heard = new ArrayList<>();

    assertThatThrownBy(() ->
            new RootRotation(store.dataSource(), (GenerationalRootKey) root, clock)
                .rotate(heard::add))
        .isInstanceOf(KeyException.class)
        .hasMessageContaining("kept changing");

    assertThat(clock.asked).as("one try a pass").hasValue(5);
    assertThat(heard).isEmpty();
    assertThat(RootKeys.generations(root)).hasSize(2);
    assertThat(
            new TenantKeys(store.dataSource(), reopened(), Clock.systemUTC())
                .fieldAead("demo-city")
                .decrypt(sealed, AD))
        .isEqualTo(NAME);
  }

  @Test
  void theCheckChangedWhileItWasRewrapped_isReadAgain_beforeTheOldGenerationGoes()
      throws Exception {
    byte[] sealed = keys.fieldAead("demo-city").encrypt(NAME, AD);
    byte[] stored = table().check().orElseThrow().value();
    byte[] plain = root.unwrap(stored, RootKeys.CHECK_AD);
    // another wrap of the same check under the old generation, written by "another process" just
    // as this rotation swaps the check
    byte[] otherOld = root.wrap(plain, RootKeys.CHECK_AD);
    GenerationalRootKey file = (GenerationalRootKey) root;
    AtomicInteger wraps = new AtomicInteger();
    GenerationalRootKey meddling =
        new GenerationalRootKey() {
          @Override
          public byte[] wrap(byte[] keyMaterial, byte[] associatedData)
              throws GeneralSecurityException {
            if (java.util.Arrays.equals(associatedData, RootKeys.CHECK_AD)
                && wraps.getAndIncrement() == 0) {
              assertThat(table().replaceCheck(stored, otherOld)).isTrue();
            }
            return file.wrap(keyMaterial, associatedData);
          }

          @Override
          public byte[] unwrap(byte[] wrapped, byte[] associatedData)
              throws GeneralSecurityException {
            return file.unwrap(wrapped, associatedData);
          }

          @Override
          public List<Integer> generations() {
            return file.generations();
          }

          @Override
          public int addGeneration() {
            return file.addGeneration();
          }

          @Override
          public RootKey currentOnly() {
            return file.currentOnly();
          }

          @Override
          public void destroyOlderGenerations() {
            file.destroyOlderGenerations();
          }
        };

    RootKeys.Rotated r =
        new RootRotation(store.dataSource(), meddling, Clock.systemUTC()).rotate(n -> {});

    assertThat(wraps).as("the check wrapped twice: its swap failed once").hasValue(2);
    assertThat(r.rewrapped()).isEqualTo(1);
    RootKey again = reopened();
    assertThat(RootKeys.generations(again)).containsExactly(r.generation());
    assertThat(
            new TenantKeys(store.dataSource(), again, Clock.systemUTC())
                .fieldAead("demo-city")
                .decrypt(sealed, AD))
        .isEqualTo(NAME);
  }
}
