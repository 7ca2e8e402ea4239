package mamori.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import mamori.core.Field;
import mamori.core.Why;
import mamori.crypto.SigningKeys;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.MerkleProofs;
import mamori.log.verify.NoteVerifier;
import mamori.log.verify.Rfc6962;
import mamori.log.verify.RootAccumulator;
import mamori.store.TestStores;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A tenant's log on SQLite and PostgreSQL: durable appends, tiles, proofs, checkpoints, restarts.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
@Tag("timed") // it times itself: run alone, in the one-fork execution (docs/testing.md)
class TenantLogTest extends LogTestBase {
  static AccessRecord record(int i) {
    return TestRecords.read(
        "u-" + i,
        "entry-co",
        List.of("e-1"),
        new Why("resident-tax", "c-" + i),
        "TOKEN-" + i,
        Set.of(Field.FAMILY_NAME),
        Instant.parse("2026-11-23T00:00:00Z"));
  }

  List<byte[]> appendConcurrently(TenantLog log, int n) {
    List<byte[]> entries =
        IntStream.range(0, n).mapToObj(i -> AccessRecordCodec.encode(record(i))).toList();
    List<CompletableFuture<Long>> done = new ArrayList<>();
    for (byte[] e : entries) {
      done.add(log.appendAsync(e));
    }
    byte[][] byIndex = new byte[n][];
    for (int i = 0; i < n; i++) {
      long index = Appender.await(done.get(i));
      assertThat(byIndex[(int) index]).as("index %d given twice", index).isNull();
      byIndex[(int) index] = entries.get(i);
    }
    return List.of(byIndex);
  }

  @Test
  void concurrentAppends_getDistinctIndexes_andTheRootOfExactlyTheStoredEntries() {
    TenantLog log = logs.forTenant("demo-city");
    List<byte[]> entries = appendConcurrently(log, 3_000);
    assertThat(log.size()).isEqualTo(3_000);
    RootAccumulator acc = new RootAccumulator();
    for (int i = 0; i < entries.size(); i++) {
      assertThat(log.entry(i)).hasValueSatisfying(e -> assertThat(e).isNotEmpty());
      acc.addEntry(log.entry(i).orElseThrow());
    }
    assertThat(log.root(3_000)).isEqualTo(acc.root());
  }

  @Test
  void everyInclusionAndConsistencyProof_verifies() throws Exception {
    TenantLog log = logs.forTenant("demo-city");
    List<byte[]> entries = appendConcurrently(log, 700);
    for (long size : new long[] {1, 2, 3, 255, 256, 257, 513, 700}) {
      byte[] root = log.root(size);
      for (long i = 0; i < size; i += size > 300 ? 37 : 1) {
        MerkleProofs.verifyInclusion(
            i, size, Rfc6962.leafHash(entries.get((int) i)), log.inclusionProof(i, size), root);
      }
      for (long older : new long[] {1, 2, 7, 128, 256, 300, 699}) {
        if (older <= size) {
          MerkleProofs.verifyConsistency(
              older, size, log.root(older), root, log.consistencyProof(older, size));
        }
      }
    }
  }

  @Test
  void tiles_holdTheTreeAsTlogTilesLaysItOut() {
    TenantLog log = logs.forTenant("demo-city");
    List<byte[]> entries = appendConcurrently(log, 600);
    byte[] tile0 = log.tile(0, 0);
    assertThat(tile0).hasSize(256 * 32);
    assertThat(java.util.Arrays.copyOfRange(tile0, 32, 64))
        .isEqualTo(Rfc6962.leafHash(entries.get(1)));
    assertThat(log.tile(0, 2)).hasSize((600 - 512) * 32);
    byte[] tile1 = log.tile(1, 0);
    assertThat(tile1).hasSize(2 * 32);
    assertThat(java.util.Arrays.copyOfRange(tile1, 0, 32))
        .isEqualTo(
            Rfc6962.rootOf(entries.subList(0, 256).stream().map(Rfc6962::leafHash).toList()));
    assertThat(log.tile(0, 3)).isEmpty();
  }

  @Test
  void aSignedCheckpoint_followsWithinASecond_andVerifiesWithTheLogsKeys() throws Exception {
    TenantLog log = logs.forTenant("demo-city");
    appendConcurrently(log, 10);
    await()
        .atMost(Duration.ofSeconds(3))
        .until(() -> log.checkpoint().map(n -> n.contains("\n10\n")).orElse(false));
    String note = log.checkpoint().orElseThrow();
    var opened = NoteVerifier.of(logs.verifierKeys("demo-city")).open(note);
    assertThat(opened.verifiedBy()).hasSize(2);
    Checkpoint cp = Checkpoint.parse(opened.text());
    assertThat(cp.origin()).isEqualTo("test.example/log/demo-city");
    assertThat(cp.root()).isEqualTo(log.root(10));
  }

  @Test
  void reopening_continuesTheSameTree() throws Exception {
    TenantLog log = logs.forTenant("demo-city");
    List<byte[]> first = appendConcurrently(log, 300);
    byte[] root300 = log.root(300);
    reopenLogs();
    TenantLog again = logs.forTenant("demo-city");
    assertThat(again.size()).isEqualTo(300);
    long next = again.append(record(999));
    assertThat(next).isEqualTo(300);
    MerkleProofs.verifyConsistency(
        300, 301, root300, again.root(301), again.consistencyProof(300, 301));
    assertThat(again.entry(0)).hasValueSatisfying(e -> assertThat(e).isEqualTo(first.get(0)));
  }

  @Test
  void lostSigningKeys_areAClearError_notNewKeys() throws Exception {
    logs.forTenant("demo-city").append(record(1));
    logs.close();
    try (var files = Files.list(keyFolder)) {
      files.forEach(f -> f.toFile().delete());
    }
    logs =
        new TransparencyLogs(
            store.dataSource(), SigningKeys.in(keyFolder), "test.example/log", Clock.systemUTC());
    assertThatThrownBy(() -> logs.forTenant("demo-city"))
        .isInstanceOf(LogUnavailableException.class)
        .hasMessageContaining("signing keys of the log of demo-city are missing");
  }

  @Test
  void tenantsAreSeparateLogs() {
    logs.forTenant("city-a").append(record(1));
    logs.forTenant("city-b").append(record(2));
    logs.forTenant("city-b").append(record(3));
    assertThat(logs.forTenant("city-a").size()).isEqualTo(1);
    assertThat(logs.forTenant("city-b").size()).isEqualTo(2);
    assertThat(logs.tenants()).containsExactly("city-a", "city-b");
  }

  @Test
  void whenTheStoreIsGone_appendsFail_soNothingCanBeRevealed() {
    TenantLog log = logs.forTenant("demo-city");
    log.append(record(1));
    store.close();
    assertThatThrownBy(() -> log.append(record(2)))
        .isInstanceOf(LogUnavailableException.class)
        .hasMessageContaining("could not store");
  }

  @Test
  void aFullQueue_pushesBackAtOnce() throws Exception {
    var gate = new java.util.concurrent.CountDownLatch(1);
    javax.sql.DataSource slow =
        (javax.sql.DataSource)
            java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {javax.sql.DataSource.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("getConnection")
                      && Thread.currentThread().getName().startsWith("mamori-log-")) {
                    gate.await(); // the disk is stuck
                  }
                  return method.invoke(store.dataSource(), args);
                });
    try (var stuck =
        new TransparencyLogs(
            slow,
            SigningKeys.in(keyFolder.resolve("stuck")),
            "test.example/log",
            Clock.systemUTC())) {
      TenantLog log = stuck.forTenant("stuck-city");
      byte[] entry = AccessRecordCodec.encode(record(0));
      List<CompletableFuture<Long>> waiting = new ArrayList<>();
      assertThatThrownBy(
              () -> {
                for (int i = 0; i < Appender.QUEUE_CAPACITY + Appender.MAX_BATCH + 1; i++) {
                  waiting.add(log.appendAsync(entry));
                }
              })
          .isInstanceOf(LogOverloadedException.class)
          .hasMessageContaining("try again shortly");
      assertThat(waiting).noneMatch(CompletableFuture::isDone);
      gate.countDown();
      assertThat(Appender.await(waiting.getLast())).isEqualTo(waiting.size() - 1);
    }
  }

  @Test
  void afterAFailedCommitWhileTheStoreIsDown_noCheckpointSignsTheLostEntries() throws Exception {
    var down = new java.util.concurrent.atomic.AtomicBoolean();
    javax.sql.DataSource flaky =
        (javax.sql.DataSource)
            java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {javax.sql.DataSource.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("getConnection") && down.get()) {
                    throw new java.sql.SQLException("the database restarts");
                  }
                  return method.invoke(store.dataSource(), args);
                });
    try (var flakyLogs =
        new TransparencyLogs(
            flaky,
            SigningKeys.in(keyFolder.resolve("flaky")),
            "test.example/log",
            Clock.systemUTC())) {
      TenantLog log = flakyLogs.forTenant("flaky-city");
      List<String> signed = new java.util.concurrent.CopyOnWriteArrayList<>();
      log.onCheckpoint(signed::add);
      for (int i = 0; i < 3; i++) {
        log.append(record(i));
      }
      await()
          .atMost(Duration.ofSeconds(3))
          .until(() -> log.checkpoint().map(n -> n.contains("\n3\n")).orElse(false));
      down.set(true);
      assertThatThrownBy(() -> log.append(record(100))).isInstanceOf(LogUnavailableException.class);
      assertThatThrownBy(() -> log.append(record(101))).isInstanceOf(LogUnavailableException.class);
      assertThat(log.size()).as("what was not stored is not counted").isEqualTo(3);
      down.set(false);
      assertThat(log.append(record(4))).as("the lost entries took no index").isEqualTo(3);
      // the next checkpoint signs the entry after the failure: every one signed up to it covers
      // stored entries only
      await()
          .atMost(Duration.ofSeconds(5))
          .until(() -> log.checkpoint().map(n -> n.contains("\n4\n")).orElse(false));
      assertThat(signed)
          .isNotEmpty()
          .allSatisfy(note -> {
            Checkpoint cp = Checkpoint.parse(mamori.log.verify.Note.parse(note).text());
            assertThat(cp.size()).isBetween(1L, 4L);
            assertThat(cp.root()).isEqualTo(log.root(cp.size()));
          });
      assertThat(Checkpoint.parse(mamori.log.verify.Note.parse(signed.getLast()).text()).size())
          .isEqualTo(4);
    }
  }

  @Test
  void closing_signsTheLastCommittedEntries() throws Exception {
    TenantLog log = logs.forTenant("demo-city");
    log.append(record(1));
    await().atMost(Duration.ofSeconds(3)).until(() -> log.checkpoint().isPresent());
    log.append(record(2));
    log.append(record(3));
    log.close();
    assertThat(log.checkpoint()).hasValueSatisfying(n -> assertThat(n).contains("\n3\n"));
    assertThatThrownBy(() -> log.append(record(4))).isInstanceOf(LogUnavailableException.class);
  }

  @Test
  void malformedTenantIds_areRefused() {
    for (String bad :
        new String[] {"", "A", "../x", "a b", "x".repeat(65), "'; drop table log_entry; --"}) {
      assertThatThrownBy(() -> logs.forTenant(bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
