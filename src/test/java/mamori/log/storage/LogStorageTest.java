package mamori.log.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;

/** The contract of {@link LogStorage}, held to by both drivers. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class LogStorageTest {
  static final String ORIGIN = "test.example/log/city";

  @Parameter TestStores.Kind kind;
  StoreLocation location;
  Store store;
  LogStorage storage;

  @BeforeEach
  void open() {
    location = TestStores.fresh(kind);
    store = Store.open(location);
    storage = LogStorage.on(store.dataSource());
  }

  @AfterEach
  void close() {
    store.close();
    TestStores.drop(location);
  }

  static LogStorage.Batch batch(long from, int n, String token, byte root) {
    byte[][] entries = new byte[n][];
    String[] tokens = new String[n];
    for (int i = 0; i < n; i++) {
      entries[i] = new byte[] {(byte) (from + i), 7};
      tokens[i] = i % 2 == 0 ? token : "";
    }
    byte[] tile = new byte[32 * (int) Math.min(256, from + n)];
    return new LogStorage.Batch(
        from, entries, tokens, Map.of(new TileKey(0, 0), tile), new byte[] {root});
  }

  @Test
  void aCommittedBatch_movesTheState_andIsReadBackWhole() {
    storage.commit("city", ORIGIN, batch(0, 5, "P", (byte) 1));
    storage.commit("city", ORIGIN, batch(5, 3, "P", (byte) 2));
    LogStorage.State state = storage.state("city").orElseThrow();
    assertThat(state.origin()).isEqualTo(ORIGIN);
    assertThat(state.size()).isEqualTo(8);
    assertThat(state.root()).containsExactly(2);
    assertThat(storage.tile("city", 0, 0)).hasSize(8 * 32);
    assertThat(storage.tile("city", 1, 0)).isEmpty();
    List<Long> seqs = new ArrayList<>();
    storage.entries(
        "city",
        2,
        7,
        (seq, entry) -> {
          assertThat(entry).containsExactly((byte) (long) seq, 7);
          seqs.add(seq);
        });
    assertThat(seqs).containsExactly(2L, 3L, 4L, 5L, 6L);
    assertThat(storage.entriesAt("city", List.of(1L, 6L, 99L))).hasSize(2);
    assertThat(storage.tenants()).containsExactly("city");
  }

  @Test
  void aBatchBuiltOnAnotherSize_isRefused_andStoresNothing() {
    storage.commit("city", ORIGIN, batch(0, 4, "P", (byte) 1));
    assertThatThrownBy(() -> storage.commit("city", ORIGIN, batch(0, 2, "Q", (byte) 9)))
        .isInstanceOf(OptimisticLockingFailureException.class);
    assertThatThrownBy(() -> storage.commit("city", ORIGIN, batch(3, 2, "Q", (byte) 9)))
        .isInstanceOf(OptimisticLockingFailureException.class);
    assertThat(storage.state("city").orElseThrow().size()).isEqualTo(4);
    assertThat(storage.entriesAt("city", List.of(4L))).isEmpty();
    assertThat(storage.seqsOf("city", "Q", 100, 100)).isEmpty();
  }

  @Test
  void seqsOf_givesTheNewestOfAPersonsEntries_belowTheSize_inOrder() {
    storage.commit("city", ORIGIN, batch(0, 10, "P", (byte) 1)); // P at 0, 2, 4, 6, 8
    assertThat(storage.seqsOf("city", "P", 10, 100)).containsExactly(0L, 2L, 4L, 6L, 8L);
    assertThat(storage.seqsOf("city", "P", 10, 2)).containsExactly(6L, 8L);
    assertThat(storage.seqsOf("city", "P", 5, 100)).containsExactly(0L, 2L, 4L);
    assertThat(storage.seqsOf("city", "", 10, 100)).isEmpty();
    assertThat(storage.seqsOf("other", "P", 10, 100)).isEmpty();
  }

  @Test
  void checkpoint_isTheLargestNotAboveTheBound_andASavedOneIsReplaced() {
    storage.saveCheckpoint("city", new LogStorage.StoredCheckpoint(3, "three", 30));
    storage.saveCheckpoint("city", new LogStorage.StoredCheckpoint(7, "seven", 70));
    assertThat(storage.checkpoint("city", Long.MAX_VALUE))
        .hasValueSatisfying(c -> assertThat(c.note()).isEqualTo("seven"));
    assertThat(storage.checkpoint("city", 6))
        .hasValueSatisfying(c -> assertThat(c.size()).isEqualTo(3));
    assertThat(storage.checkpoint("city", 2)).isEmpty();
    storage.saveCheckpoint("city", new LogStorage.StoredCheckpoint(3, "three, cosigned", 31));
    assertThat(storage.checkpoints("city", -1, 10))
        .extracting(LogStorage.StoredCheckpoint::note)
        .containsExactly("three, cosigned", "seven");
    assertThat(storage.checkpoints("city", -1, 1))
        .extracting(LogStorage.StoredCheckpoint::size)
        .containsExactly(3L);
    assertThat(storage.checkpoints("city", 3, 10))
        .extracting(LogStorage.StoredCheckpoint::size)
        .containsExactly(7L);
    assertThat(storage.checkpoints("city", 7, 10)).isEmpty();
  }

  @Test
  void aClosedStore_isADataAccessException() {
    store.close();
    assertThatThrownBy(() -> storage.state("city")).isInstanceOf(DataAccessException.class);
    assertThatThrownBy(() -> storage.commit("city", ORIGIN, batch(0, 1, "P", (byte) 1)))
        .isInstanceOf(DataAccessException.class);
  }
}
