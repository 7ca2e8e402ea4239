package mamori.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import mamori.core.Field;
import mamori.core.Why;
import mamori.log.storage.LogStorage;
import mamori.log.verify.NoteSigner;
import mamori.log.verify.Rfc6962;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The appender when a commit's outcome is unknown (the database server lost during COMMIT): the
 * store read back decides whether the callers are answered, and the tree in memory never forks from
 * the stored one. On both stores, through a storage that fails as told.
 */
@ParameterizedClass
@EnumSource(mamori.store.TestStores.Kind.class)
class AppenderTest extends LogTestBase {
  static final String TENANT = "demo-city";
  static final String ORIGIN = "test.example/log/demo-city";

  /** What the next commit does: 0 as asked, 1 commits then fails, 2 fails without committing. */
  final AtomicInteger nextCommit = new AtomicInteger();

  /** How many reads of the stored state fail from now on. */
  final AtomicInteger failingStateReads = new AtomicInteger();

  LogStorage real;
  Appender appender;
  NoteSigner signer;

  @BeforeEach
  void openAppender() throws Exception {
    real = LogStorage.on(store.dataSource());
    LogStorage failing = failing(real);
    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    signer = NoteSigner.ed25519(ORIGIN, pair.getPrivate(), pair.getPublic());
    CheckpointPublisher publisher =
        new CheckpointPublisher(TENANT, ORIGIN, failing, List.of(signer), Clock.systemUTC());
    appender = new Appender(TENANT, ORIGIN, failing, publisher);
  }

  @AfterEach
  void closeAppender() {
    appender.close();
  }

  @Test
  void aCommitThatLandedButWhoseReplyWasLost_answersItsCallers_andTheNextFollowsIt() {
    assertThat(Appender.await(appender.submit(record(0)))).isZero();
    nextCommit.set(1);
    assertThat(Appender.await(appender.submit(record(1)))).isEqualTo(1);
    assertThat(Appender.await(appender.submit(record(2)))).isEqualTo(2);
    assertThat(appender.size()).isEqualTo(3);
    assertStoredTreeIsTheOneInMemory(3);
  }

  @Test
  void aCommitThatDidNotLand_failsItsCallers_andTheNextTakesItsIndex() {
    assertThat(Appender.await(appender.submit(record(0)))).isZero();
    nextCommit.set(2);
    assertThatThrownBy(() -> Appender.await(appender.submit(record(1))))
        .isInstanceOf(LogUnavailableException.class)
        .hasMessageContaining("could not store");
    assertThat(Appender.await(appender.submit(record(2)))).isEqualTo(1);
    assertStoredTreeIsTheOneInMemory(2);
  }

  @Test
  void aCommitThatLandedWhileTheStoreCannotBeReadBack_failsItsCallers_andTheNextGoesOnTop() {
    assertThat(Appender.await(appender.submit(record(0)))).isZero();
    nextCommit.set(1);
    failingStateReads.set(1); // the read back right after the failure: the store is still down
    assertThatThrownBy(() -> Appender.await(appender.submit(record(1))))
        .isInstanceOf(LogUnavailableException.class);
    // the entry is stored (told as failed, never revealed): the next one goes on top of it
    assertThat(Appender.await(appender.submit(record(2)))).isEqualTo(2);
    assertStoredTreeIsTheOneInMemory(3);
  }

  /**
   * A second appender of the same tenant's log, as a second instance of the service on the same
   * PostgreSQL server has (its own pool, so its own connections), or a second writer in the one
   * process SQLite allows: callers of both append at once. Every append is acknowledged, once, at
   * its own index; the stored log holds each entry exactly once, in one order whose root is the
   * stored one; and every stored checkpoint, whichever appender signed it, is of a prefix of it.
   */
  @Test
  void twoAppendersOnOneStore_storeEveryAppendOnce_inOneOrder_withCheckpointsOfItsPrefixes()
      throws Exception {
    assertThat(Appender.await(appender.submit(record(0)))).isZero();
    mamori.store.Store other =
        kind == mamori.store.TestStores.Kind.POSTGRESQL ? mamori.store.Store.open(location) : store;
    LogStorage second = LogStorage.on(other.dataSource());
    int perCaller = 150;
    int callers = 4;
    java.util.Set<Long> indexes = java.util.concurrent.ConcurrentHashMap.newKeySet();
    List<Throwable> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    try (Appender other2 =
        new Appender(
            TENANT,
            ORIGIN,
            second,
            new CheckpointPublisher(TENANT, ORIGIN, second, List.of(signer), Clock.systemUTC()))) {
      List<Thread> threads = new java.util.ArrayList<>();
      for (int c = 0; c < callers; c++) {
        Appender to = c % 2 == 0 ? appender : other2;
        int base = 1 + c * perCaller;
        threads.add(
            Thread.ofPlatform()
                .start(() -> {
                  for (int i = 0; i < perCaller; i++) {
                    try {
                      assertThat(indexes.add(Appender.await(to.submit(record(base + i)))))
                          .as("an index given twice")
                          .isTrue();
                    } catch (Throwable t) {
                      failures.add(t);
                    }
                  }
                }));
      }
      for (Thread t : threads) {
        t.join();
      }
    } finally {
      if (other != store) {
        other.close();
      }
    }
    assertThat(failures).isEmpty();
    long size = 1 + (long) perCaller * callers;
    assertThat(indexes).hasSize((int) size - 1).allMatch(i -> i >= 1 && i < size);
    LogStorage.State state = real.state(TENANT).orElseThrow();
    assertThat(state.size()).isEqualTo(size);
    List<byte[]> leaves = new java.util.ArrayList<>();
    real.entries(TENANT, 0, size, (seq, entry) -> leaves.add(Rfc6962.leafHash(entry)));
    assertThat(Rfc6962.rootOf(leaves)).as("the root of the stored entries").isEqualTo(state.root());
    java.util.Map<String, Integer> cases = new java.util.HashMap<>();
    real.entries(
        TENANT,
        0,
        size,
        (seq, entry) -> cases.merge(AccessRecordCodec.decode(entry).caseRef(), 1, Integer::sum));
    for (int i = 0; i < size; i++) {
      assertThat(cases.get("c-" + i)).as("entry %d stored once", i).isEqualTo(1);
    }
    // the first appender signs on closing: what it committed last, a prefix of the stored log
    appender.close();
    List<LogStorage.StoredCheckpoint> checkpoints = real.checkpoints(TENANT, -1, Integer.MAX_VALUE);
    assertThat(checkpoints).isNotEmpty();
    for (LogStorage.StoredCheckpoint c : checkpoints) {
      var text = mamori.log.verify.Checkpoint.parse(mamori.log.verify.Note.parse(c.note()).text());
      assertThat(text.size()).isEqualTo(c.size());
      assertThat(text.root())
          .as("the checkpoint at %d", c.size())
          .isEqualTo(Rfc6962.rootOf(leaves.subList(0, (int) c.size())));
    }
    assertThat(Appender.await(openAgain().submit(record((int) size)))).isEqualTo(size);
  }

  /** The first appender again, after it was closed, on the same store (as after a restart). */
  private Appender openAgain() {
    appender =
        new Appender(
            TENANT,
            ORIGIN,
            real,
            new CheckpointPublisher(TENANT, ORIGIN, real, List.of(signer), Clock.systemUTC()));
    return appender;
  }

  private void assertStoredTreeIsTheOneInMemory(long size) {
    LogStorage.State state = real.state(TENANT).orElseThrow();
    assertThat(state.size()).isEqualTo(size);
    TreeTail stored = StoredTail.load(real, TENANT, ORIGIN);
    assertThat(stored.root()).isEqualTo(state.root());
    List<byte[]> leaves = new java.util.ArrayList<>();
    real.entries(TENANT, 0, size, (seq, entry) -> leaves.add(Rfc6962.leafHash(entry)));
    assertThat(leaves).hasSize((int) size);
    assertThat(Rfc6962.rootOf(leaves)).as("the root of the stored entries").isEqualTo(state.root());
    assertThat(appender.size()).isEqualTo(size);
  }

  private LogStorage failing(LogStorage storage) {
    InvocationHandler h =
        (proxy, method, args) -> {
          if (method.getName().equals("state") && failingStateReads.getAndDecrement() > 0) {
            throw new DataAccessResourceFailureException("the store is down");
          }
          if (method.getName().equals("commit")) {
            int what = nextCommit.getAndSet(0);
            if (what == 2) {
              throw new DataAccessResourceFailureException("connection lost before COMMIT");
            }
            invoke(storage, method, args);
            if (what == 1) {
              throw new DataAccessResourceFailureException("connection lost during COMMIT");
            }
            return null;
          }
          return invoke(storage, method, args);
        };
    return (LogStorage)
        Proxy.newProxyInstance(
            LogStorage.class.getClassLoader(), new Class<?>[] {LogStorage.class}, h);
  }

  private static Object invoke(LogStorage storage, java.lang.reflect.Method m, Object[] args)
      throws Throwable {
    try {
      return m.invoke(storage, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

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
}
