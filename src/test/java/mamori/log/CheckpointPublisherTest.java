package mamori.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import mamori.log.storage.LogStorage;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.NoteSigner;
import mamori.log.verify.NoteVerifier;
import mamori.store.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** When the publisher signs, on a clock the test moves: no test here sleeps. */
class CheckpointPublisherTest {
  static final String ORIGIN = "test.example/log/city";
  static final byte[] ROOT = new byte[32];

  final TestClock clock = new TestClock(Instant.parse("2026-04-01T09:00:00Z"));
  final Checkpoints stored = new Checkpoints();
  final List<String> heard = new ArrayList<>();
  NoteSigner signer;
  CheckpointPublisher publisher;

  @BeforeEach
  void open() throws Exception {
    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    signer = NoteSigner.ed25519(ORIGIN, pair.getPrivate(), pair.getPublic());
    publisher = publisher();
  }

  CheckpointPublisher publisher() {
    CheckpointPublisher p = new CheckpointPublisher("city", ORIGIN, stored, List.of(signer), clock);
    p.onCheckpoint(heard::add);
    return p;
  }

  @Test
  void theFirstCheckpoint_isSignedAtOnce_andVerifiesWithTheLogsKey() throws Exception {
    publisher.publishIfDue(3, ROOT);
    assertThat(heard).hasSize(1);
    Checkpoint cp =
        Checkpoint.parse(NoteVerifier.of(publisher.keys()).open(heard.getFirst()).text());
    assertThat(cp.size()).isEqualTo(3);
    assertThat(publisher.latest()).hasValue(heard.getFirst());
    assertThat(publisher.latestStoredAt()).hasValue(clock.instant());
  }

  @Test
  void aGrownTree_waitsForTheInterval() {
    publisher.publishIfDue(3, ROOT);
    clock.advance(Duration.ofMillis(CheckpointPublisher.INTERVAL_MS - 1));
    publisher.publishIfDue(5, ROOT);
    assertThat(heard).hasSize(1);
    clock.advance(Duration.ofMillis(1));
    publisher.publishIfDue(5, ROOT);
    assertThat(heard).hasSize(2);
    assertThat(stored.map.keySet()).containsExactly(3L, 5L);
  }

  @Test
  void anUnchangedOrEmptyTree_isNotSignedAgain() {
    publisher.publishIfDue(0, ROOT);
    publisher.publishNow(0, ROOT);
    assertThat(heard).isEmpty();
    publisher.publishIfDue(3, ROOT);
    clock.advance(Duration.ofHours(1));
    publisher.publishIfDue(3, ROOT);
    publisher.publishNow(3, ROOT);
    assertThat(heard).hasSize(1);
  }

  @Test
  void closing_signsWhatWasCommitted_whateverTheInterval() {
    publisher.publishIfDue(3, ROOT);
    publisher.publishNow(4, ROOT);
    assertThat(stored.map.keySet()).containsExactly(3L, 4L);
  }

  @Test
  void aCheckpointThatCouldNotBeStored_isNotPublished_andIsTriedAgain() {
    stored.failing = true;
    publisher.publishIfDue(3, ROOT);
    assertThat(heard).isEmpty();
    assertThat(stored.map).isEmpty();
    stored.failing = false;
    publisher.publishIfDue(3, ROOT);
    assertThat(heard).hasSize(1);
  }

  @Test
  void aStoredCheckpointAheadOfTheTree_isRefusedOnResuming() {
    publisher.publishIfDue(9, ROOT);
    CheckpointPublisher again = publisher();
    again.resume(9);
    assertThatThrownBy(() -> again.resume(8))
        .isInstanceOf(LogUnavailableException.class)
        .hasMessageContaining("signed checkpoint of size 9 but only 8 stored entries");
  }

  /** Checkpoints in memory; the publisher needs nothing else of a store. */
  static final class Checkpoints implements LogStorage {
    final TreeMap<Long, StoredCheckpoint> map = new TreeMap<>();
    volatile boolean failing;

    @Override
    public void saveCheckpoint(String tenant, StoredCheckpoint checkpoint) {
      if (failing) {
        throw new DataAccessResourceFailureException("the disk is full");
      }
      map.put(checkpoint.size(), checkpoint);
    }

    @Override
    public Optional<StoredCheckpoint> checkpoint(String tenant, long atMost) {
      return Optional.ofNullable(map.floorEntry(atMost)).map(Map.Entry::getValue);
    }

    @Override
    public List<StoredCheckpoint> checkpoints(String tenant, long afterSize, int limit) {
      return map.tailMap(afterSize, false).values().stream().limit(limit).toList();
    }

    @Override
    public Optional<State> state(String tenant) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<String> tenants() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void commit(String tenant, String origin, Batch batch) {
      throw new UnsupportedOperationException();
    }

    @Override
    public byte[] tile(String tenant, int level, long index) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void entries(String tenant, long from, long to, EntrySink sink) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<byte[]> entriesAt(String tenant, List<Long> seqs) {
      throw new UnsupportedOperationException();
    }

    @Override
    public byte[] bundle(String tenant, long index) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void bundles(String tenant, long from, long to, BundleSink sink) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Long> seqsOf(String tenant, String personToken, long size, int newest) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Long> seqsAfter(
        String tenant, String personToken, long after, long size, int oldest) {
      throw new UnsupportedOperationException();
    }
  }
}
