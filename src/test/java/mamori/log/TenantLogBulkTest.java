package mamori.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Outcome;
import mamori.core.Why;
import mamori.crypto.SigningKeys;
import mamori.log.storage.LogStorage;
import mamori.log.verify.RootAccumulator;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Bulk appends ({@link TenantLog#appendAll}) and the person index, on SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class TenantLogBulkTest extends LogTestBase {
  static final Instant TIME = Instant.parse("2026-11-23T00:00:00Z");

  static AccessRecord of(String token, int i) {
    return AccessRecord.of(
        TestRecords.attempt(
            "u-" + i,
            "entry-co",
            List.of("e-1"),
            new Why("resident-tax", "c-" + i),
            Action.REGISTER,
            token.isEmpty() ? null : token,
            Set.of(Field.FAMILY_NAME),
            TIME.plusMillis(i)),
        Outcome.allowed());
  }

  static List<AccessRecord> batch(String prefix, int n) {
    return IntStream.range(0, n).mapToObj(i -> of(prefix + i, i)).toList();
  }

  @Test
  void appendAll_givesConsecutiveIndexesInTheRecordsOrder_andStoresExactlyThoseEntries() {
    TenantLog log = logs.forTenant("demo-city");
    log.append(of("first", 0));
    List<AccessRecord> records = batch("P-", 5_000);
    List<Long> indexes = log.appendAll(records);
    assertThat(indexes)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, 5_000).mapToObj(i -> (long) i).toList());
    assertThat(log.size()).isEqualTo(5_001);
    RootAccumulator acc = new RootAccumulator();
    acc.addEntry(log.entry(0).orElseThrow());
    for (int i = 0; i < records.size(); i++) {
      byte[] stored = log.entry(indexes.get(i)).orElseThrow();
      assertThat(stored).isEqualTo(AccessRecordCodec.encode(records.get(i)));
      acc.addEntry(stored);
    }
    assertThat(log.root(5_001)).isEqualTo(acc.root());
    assertThat(reopenLogs().forTenant("demo-city").size()).isEqualTo(5_001);
  }

  @Test
  void appendAllOfNothing_appendsNothing() {
    TenantLog log = logs.forTenant("demo-city");
    assertThat(log.appendAll(List.of())).isEmpty();
    assertThat(log.size()).isZero();
  }

  @Test
  void appendAllOfTooManyRecords_isRefused_andNothingIsAppended() {
    TenantLog log = logs.forTenant("demo-city");
    log.append(of("first", 0));
    List<AccessRecord> tooMany = Collections.nCopies(TenantLog.MAX_APPEND_ALL + 1, of("P", 1));
    assertThatThrownBy(() -> log.appendAll(tooMany))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most " + TenantLog.MAX_APPEND_ALL);
    assertThat(log.size()).isEqualTo(1);
    assertThat(log.indicesFor("P")).isEmpty();
  }

  @Test
  void aCommitFailingHalfWay_acknowledgesNone_storesNone_andTheLogGoesOnFromTheSameSizeAndRoot() {
    AtomicBoolean failTiles = new AtomicBoolean();
    DataSource failing = failingTileWrites(failTiles);
    try (var failingLogs =
        new TransparencyLogs(
            failing, SigningKeys.in(keyFolder.resolve("f")), ORIGIN_PREFIX, Clock.systemUTC())) {
      TenantLog log = failingLogs.forTenant("fail-city");
      log.appendAll(batch("A-", 300));
      byte[] rootBefore = log.root(300);

      failTiles.set(true); // the entries and the person rows are written, then the tiles fail
      assertThatThrownBy(() -> log.appendAll(batch("B-", 500)))
          .isInstanceOf(LogUnavailableException.class)
          .hasMessageContaining("could not store 500 entries");
      assertThat(log.size()).isEqualTo(300);
      assertThat(log.root(300)).isEqualTo(rootBefore);
      assertThat(log.entry(300)).isEmpty();
      assertThat(log.indicesFor("B-7")).isEmpty();
      assertThat(rows("log_person", "fail-city")).isEqualTo(300);

      failTiles.set(false);
      assertThat(log.appendAll(batch("C-", 10)).getFirst()).isEqualTo(300);
      assertThat(log.indicesFor("C-3")).containsExactly(303L);
      assertThat(LogVerifier.verify(failingLogs, "fail-city", n -> {}).problem()).isEmpty();
    }
  }

  @Test
  void bulkAndSingleAppendsTogether_neverInterleaveInsideACall() throws Exception {
    TenantLog log = logs.forTenant("demo-city");
    List<Future<List<Long>>> bulks = new ArrayList<>();
    List<List<AccessRecord>> sent = new ArrayList<>();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int t = 0; t < 8; t++) {
        List<AccessRecord> records = batch("T" + t + "-", 700);
        sent.add(records);
        bulks.add(threads.submit(() -> log.appendAll(records)));
        int thread = t;
        threads.submit(
            () -> IntStream.range(0, 50).forEach(i -> log.append(of("S" + thread + "-" + i, i))));
      }
    }
    assertThat(log.size()).isEqualTo(8 * 700 + 8 * 50);
    for (int t = 0; t < 8; t++) {
      List<Long> indexes = bulks.get(t).get();
      assertThat(indexes.getLast() - indexes.getFirst()).isEqualTo(699);
      for (int i = 0; i < 700; i += 99) {
        assertThat(AccessRecordCodec.decode(log.entry(indexes.get(i)).orElseThrow()))
            .isEqualTo(sent.get(t).get(i));
      }
    }
  }

  @Test
  void entriesFor_givesExactlyThatPersonsRecords_inLogOrder_acrossGenerations() {
    TenantLog log = logs.forTenant("demo-city");
    List<AccessRecord> mine = new ArrayList<>();
    List<Long> myIndexes = new ArrayList<>();
    int generation = 1 << LogStorage.GENERATION_BITS;
    for (int round = 0; round < 5; round++) { // 5 x 4,000 crosses the first generation's end
      List<AccessRecord> records = new ArrayList<>(batch("R" + round + "-", 4_000));
      AccessRecord r = of("TOKEN-X", round);
      records.set(round * 7, r);
      List<Long> indexes = log.appendAll(records);
      mine.add(r);
      myIndexes.add(indexes.get(round * 7));
    }
    AccessRecord single = of("TOKEN-X", 99);
    myIndexes.add(log.append(single));
    mine.add(single);
    assertThat(log.size()).isGreaterThan(generation);

    assertThat(log.indicesFor("TOKEN-X")).containsExactlyElementsOf(myIndexes);
    assertThat(log.entriesFor("TOKEN-X", 100)).containsExactlyElementsOf(mine);
    assertThat(log.entriesFor("TOKEN-X", 2)).containsExactlyElementsOf(mine.subList(4, 6));
    assertThat(log.entriesFor("TOKEN-X", 0)).isEmpty();
    assertThat(log.entriesFor("R4-3", 10))
        .singleElement()
        .satisfies(r -> assertThat(r.personToken() + " " + r.caseRef()).isEqualTo("R4-3 c-3"));
    assertThat(log.indicesFor("TOKEN-Y")).isEmpty();
    assertThat(logs.forTenant("other-city").indicesFor("TOKEN-X")).isEmpty();
    assertThatThrownBy(() -> log.entriesFor("TOKEN-X", -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void indicesBeforeAndAfter_pageThroughAPersonsEntries_fromEitherSide_acrossGenerations() {
    TenantLog log = logs.forTenant("demo-city");
    List<Long> mine = new ArrayList<>();
    for (int round = 0; round < 5; round++) { // 5 x 4,000 crosses the first generation's end
      List<AccessRecord> records = new ArrayList<>(batch("R" + round + "-", 4_000));
      for (int k = 0; k < 4; k++) {
        records.set(round * 7 + k * 997, of("TOKEN-X", round * 4 + k));
      }
      List<Long> indexes = log.appendAll(records);
      for (int k = 0; k < 4; k++) {
        mine.add(indexes.get(round * 7 + k * 997));
      }
    }
    assertThat(log.size()).isGreaterThan(1 << LogStorage.GENERATION_BITS);
    // backwards, three at a time, from past the end
    List<Long> back = new ArrayList<>();
    long before = Long.MAX_VALUE;
    for (List<Long> page = log.indicesBefore("TOKEN-X", before, 3);
        !page.isEmpty();
        page = log.indicesBefore("TOKEN-X", before, 3)) {
      assertThat(page).hasSizeLessThanOrEqualTo(3).isSorted();
      back.addAll(0, page);
      before = page.getFirst();
    }
    assertThat(back).containsExactlyElementsOf(mine);
    // forwards, three at a time, from the first entry
    List<Long> forth = new ArrayList<>();
    long after = -1;
    for (List<Long> page = log.indicesAfter("TOKEN-X", after, 3);
        !page.isEmpty();
        page = log.indicesAfter("TOKEN-X", after, 3)) {
      assertThat(page).hasSizeLessThanOrEqualTo(3).isSorted();
      forth.addAll(page);
      after = page.getLast();
    }
    assertThat(forth).containsExactlyElementsOf(mine);
    long middle = mine.get(10);
    assertThat(log.indicesAfter("TOKEN-X", middle, 2)).containsExactly(mine.get(11), mine.get(12));
    assertThat(log.indicesBefore("TOKEN-X", middle, 2)).containsExactly(mine.get(8), mine.get(9));
    assertThat(log.indicesBefore("TOKEN-X", 0, 5)).isEmpty();
    assertThat(log.indicesAfter("TOKEN-X", log.size(), 5)).isEmpty();
    assertThat(log.indicesAfter("TOKEN-Y", -1, 5)).isEmpty();
    assertThat(log.entriesAt(List.of(mine.get(0), mine.get(19))))
        .extracting(e -> log.decode(e).personToken())
        .containsExactly("TOKEN-X", "TOKEN-X");
  }

  @Test
  void recordsWithoutAPerson_areNotIndexed() {
    TenantLog log = logs.forTenant("demo-city");
    log.appendAll(List.of(of("", 1), of("P-1", 2), of("", 3)));
    log.append(of("", 4));
    assertThat(log.size()).isEqualTo(4);
    assertThat(rows("log_person", "demo-city")).isEqualTo(1);
    assertThat(log.indicesFor("")).isEmpty();
    assertThat(log.entriesFor("", 10)).isEmpty();
    assertThat(log.indicesFor("P-1")).containsExactly(1L);
  }

  private long rows(String table, String tenant) {
    return store
        .jdbc()
        .sql("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?")
        .param(tenant)
        .query(Long.class)
        .single();
  }

  /**
   * The store, except that writing tiles fails while {@code fail} is set: late in a batch's
   * transaction.
   */
  private DataSource failingTileWrites(AtomicBoolean fail) {
    DataSource real = store.dataSource();
    return (DataSource)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(method, real, args);
              if (!(result instanceof Connection c)) {
                return result;
              }
              return Proxy.newProxyInstance(
                  getClass().getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (p, m, a) -> {
                    if (fail.get()
                        && m.getName().equals("prepareStatement")
                        && a[0].toString().contains("log_tile (")) {
                      throw new SQLException("the disk is full");
                    }
                    return invoke(m, c, a);
                  });
            });
  }

  private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args)
      throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
