package mamori.entrustment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One instance's leases of daily volume, near a cap larger than one block, and its locks released
 * after use.
 */
class VolumeLeasesTest {
  static final LocalDate DAY = LocalDate.parse("2025-06-02");
  static final VolumeTable.Link LINK = new VolumeTable.Link("ent-big", 300);

  StoreLocation location;
  Store store;
  VolumeLeases volume;

  @BeforeEach
  void open() {
    location = TestStores.fresh(TestStores.Kind.SQLITE);
    store = Store.open(location);
    volume = new VolumeLeases(new VolumeTable(store.dataSource()));
  }

  @AfterEach
  void close() {
    store.close();
    TestStores.drop(location);
  }

  @Test
  void whatIsLeftOfABlock_plusANewLease_fillsTheCapExactly() throws Exception {
    assertThat(volume.tryConsume("city", List.of(LINK), DAY, 1))
        .isTrue(); // leases a first block of 256
    assertThat(volume.tryConsume("city", List.of(LINK), DAY, 299))
        .as("255 left of it and the last 44")
        .isTrue();
    assertThat(volume.tryConsume("city", List.of(LINK), DAY, 1)).isFalse();
    assertThat(volume.count("city", "ent-big", DAY)).isEqualTo(300);
  }

  @Test
  void countingAndGivingBack_releaseTheirLocks() throws Exception {
    assertThat(volume.tryConsume("city", List.of(LINK), DAY, 1)).isTrue();
    assertThat(volume.count("city", "ent-big", DAY)).isEqualTo(1);
    volume.giveBack();
    var other =
        Executors.newSingleThreadExecutor(r -> {
          Thread t = new Thread(r, "other-instance-thread");
          t.setDaemon(true); // a lock never released would hold it forever
          return t;
        });
    try {
      assertThat(
              other
                  .submit(() -> volume.tryConsume("city", List.of(LINK), DAY, 1))
                  .get(10, TimeUnit.SECONDS))
          .as("another thread gets the link's lock")
          .isTrue();
      assertThat(other.submit(() -> volume.count("city", "ent-big", DAY)).get(10, TimeUnit.SECONDS))
          .isEqualTo(2);
    } finally {
      other.shutdownNow();
    }
  }
}
