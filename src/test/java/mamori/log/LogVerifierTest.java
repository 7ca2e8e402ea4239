package mamori.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import mamori.log.verify.EntryBundle;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Tamper evidence: whatever is changed in the database, verification names it. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class LogVerifierTest extends LogTestBase {
  /** Appends n records to the tenant's log and waits for a checkpoint at n. */
  TenantLog filled(String tenant, int n, int differentAt) {
    TenantLog log = logs.forTenant(tenant);
    for (int i = 0; i < n; i++) {
      var futures =
          List.of(
              log.appendAsync(
                  AccessRecordCodec.encode(TenantLogTest.record(i == differentAt ? -1 : i))));
      futures.forEach(Appender::await);
    }
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> log.checkpoint().map(c -> c.contains("\n" + n + "\n")).orElse(false));
    return log;
  }

  LogVerifier.Report verify(String tenant) {
    return LogVerifier.verify(logs, tenant, n -> {});
  }

  @Test
  void untouchedLog_verifies() {
    filled("demo-city", 300, -1);
    LogVerifier.Report r = verify("demo-city");
    assertThat(r.problem()).isEmpty();
    assertThat(r.entries()).isEqualTo(300);
    assertThat(r.checkpoints()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void anEntryChangedInTheDatabase_isNamed() {
    filled("demo-city", 300, -1);
    byte[] changed = AccessRecordCodec.encode(TenantLogTest.record(12345));
    StoredBundles.replaceEntry(store.jdbc(), "demo-city", 42, changed);
    assertThat(verify("demo-city").problem())
        .hasValueSatisfying(
            p -> assertThat(p).startsWith("entry 42 does not match its hash in tile 0/0"));
  }

  @Test
  void anEntryChangedInsideALaterBundle_isNamed() {
    filled("demo-city", 700, -1);
    byte[] changed = AccessRecordCodec.encode(TenantLogTest.record(12345));
    StoredBundles.replaceEntry(store.jdbc(), "demo-city", 600, changed);
    assertThat(verify("demo-city").problem())
        .hasValueSatisfying(
            p -> assertThat(p).startsWith("entry 600 does not match its hash in tile 0/2"));
  }

  @Test
  void aBundleCutShort_isNamed() {
    filled("demo-city", 700, -1);
    byte[] bundle = StoredBundles.read(store.jdbc(), "demo-city", 1);
    List<byte[]> kept;
    try {
      kept = EntryBundle.split(bundle).subList(0, 100);
    } catch (EntryBundle.MalformedException e) {
      throw new AssertionError(e);
    }
    byte[][] entries = kept.toArray(byte[][]::new);
    StoredBundles.write(store.jdbc(), "demo-city", 1, EntryBundle.join(entries, 0, 100));
    assertThat(verify("demo-city").problem())
        .hasValue(
            "entry bundle 1 holds 100 entries where the tree needs 256: entries 356 to 511 are"
                + " missing (the bundle was cut short)");
    // cut inside an entry: the bytes end before the entry its length announces
    StoredBundles.write(
        store.jdbc(), "demo-city", 1, java.util.Arrays.copyOf(bundle, bundle.length - 5));
    assertThat(verify("demo-city").problem())
        .hasValueSatisfying(p ->
            assertThat(p)
                .startsWith(
                    "entry bundle 1 (entries 256 to 511) is malformed: entry 255's length says"));
  }

  @Test
  void aBundleWhoseLengthPrefixLies_isNamed() {
    filled("demo-city", 300, -1);
    byte[] bundle = StoredBundles.read(store.jdbc(), "demo-city", 0);
    // entry 0's length claims more than the whole bundle holds
    byte[] lying = bundle.clone();
    lying[0] = (byte) 0xFF;
    lying[1] = (byte) 0xFF;
    StoredBundles.write(store.jdbc(), "demo-city", 0, lying);
    assertThat(verify("demo-city").problem())
        .hasValueSatisfying(p ->
            assertThat(p)
                .startsWith(
                    "entry bundle 0 (entries 0 to 255) is malformed: entry 0's length says"
                        + " 65535 bytes but"));
    // a length one byte too long: entry 0 takes a byte of entry 1's length, so its hash differs
    lying = bundle.clone();
    int length = (bundle[0] & 0xFF) << 8 | bundle[1] & 0xFF;
    lying[0] = (byte) ((length + 1) >>> 8);
    lying[1] = (byte) (length + 1);
    StoredBundles.write(store.jdbc(), "demo-city", 0, lying);
    assertThat(verify("demo-city").problem())
        .hasValueSatisfying(
            p -> assertThat(p).startsWith("entry 0 does not match its hash in tile 0/0"));
  }

  @Test
  void aTileHashChangedInTheDatabase_isNamed() {
    filled("demo-city", 300, -1);
    byte[] tile =
        store
            .jdbc()
            .sql(
                "SELECT hashes FROM log_tile WHERE tenant_id = 'demo-city' AND tile_level = 1 AND tile_index = 0")
            .query(byte[].class)
            .single();
    tile[3] ^= 1;
    store
        .jdbc()
        .sql(
            "UPDATE log_tile SET hashes = ? WHERE tenant_id = 'demo-city' AND tile_level = 1 AND tile_index = 0")
        .param(tile)
        .update();
    assertThat(verify("demo-city").problem())
        .hasValueSatisfying(p -> assertThat(p).startsWith("tile 1/0 hash 0 differs"));
  }

  @Test
  void aDeletedBundle_isNamed() {
    filled("demo-city", 600, -1);
    store
        .jdbc()
        .sql("DELETE FROM log_bundle WHERE tenant_id = 'demo-city' AND bundle_index = 1")
        .update();
    assertThat(verify("demo-city").problem())
        .hasValue("entry 256 is missing (entry bundle 1 is not stored)");
    store
        .jdbc()
        .sql("DELETE FROM log_bundle WHERE tenant_id = 'demo-city' AND bundle_index >= 0")
        .update();
    assertThat(verify("demo-city").problem())
        .hasValue("entry 0 is missing (the tree has 600 entries)");
  }

  @Test
  void aForgedCheckpointSignature_isNamed() {
    filled("demo-city", 20, -1);
    store
        .jdbc()
        .sql(
            "UPDATE log_checkpoint SET note = REPLACE(note, '\n20\n', '\n19\n') WHERE tenant_id = 'demo-city' AND tree_size = 20")
        .update();
    assertThat(verify("demo-city").problem())
        .hasValueSatisfying(p -> assertThat(p).startsWith("checkpoint at size 20 does not verify"));
  }

  @Test
  void aLogRewrittenConsistentlyAfterItWasSigned_isCaughtByItsCheckpoints() {
    filled("demo-city", 40, -1);
    filled("forger", 40, 5); // the same log but for entry 5, with its own consistent tiles and root
    for (String table : List.of("log_bundle", "log_tile")) {
      store.jdbc().sql("DELETE FROM " + table + " WHERE tenant_id = 'demo-city'").update();
      String cols =
          table.equals("log_bundle") ? "bundle_index, entries" : "tile_level, tile_index, hashes";
      store
          .jdbc()
          .sql(
              "INSERT INTO "
                  + table
                  + " (tenant_id, "
                  + cols
                  + ") SELECT 'demo-city', "
                  + cols
                  + " FROM "
                  + table
                  + " WHERE tenant_id = 'forger'")
          .update();
    }
    store
        .jdbc()
        .sql(
            "UPDATE log_state SET root_hash = (SELECT root_hash FROM log_state WHERE tenant_id = 'forger') "
                + "WHERE tenant_id = 'demo-city'")
        .update();
    assertThat(verify("demo-city").problem())
        .hasValueSatisfying(
            p -> assertThat(p).contains("the log was rewritten after it was signed"));
  }

  @Test
  void aLogBeingWrittenTo_verifies() throws Exception {
    TenantLog log = filled("demo-city", 100, -1);
    var writers = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
    var stop = new java.util.concurrent.atomic.AtomicBoolean();
    List<java.util.concurrent.Future<Long>> written = new java.util.ArrayList<>();
    for (int w = 0; w < 8; w++) {
      written.add(
          writers.submit(() -> {
            long n = 0;
            while (!stop.get()) {
              log.append(TenantLogTest.record(7));
              n++;
            }
            return n;
          }));
    }
    long appended = 0;
    try {
      for (int i = 0; i < 5; i++) {
        long before = log.size();
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> log.size() > before); // verified while it grows
        assertThat(verify("demo-city").problem()).isEmpty();
      }
    } finally {
      stop.set(true);
      writers.shutdown();
      for (var w : written) {
        appended +=
            w.get(
                30,
                java.util.concurrent.TimeUnit.SECONDS); // a writer that failed fails the test here
      }
    }
    assertThat(appended)
        .as("every writer wrote, and nothing else did")
        .isPositive()
        .isEqualTo(log.size() - 100);
    assertThat(verify("demo-city").entries()).isEqualTo(log.size());
  }

  @Test
  void aCheckpointAheadOfTheStoredEntries_isNamed() {
    filled("demo-city", 20, -1);
    String note =
        store
            .jdbc()
            .sql("SELECT note FROM log_checkpoint WHERE tenant_id = 'demo-city' AND tree_size = 20")
            .query(String.class)
            .single();
    store
        .jdbc()
        .sql(
            "INSERT INTO log_checkpoint (tenant_id, tree_size, note, signed_at) VALUES ('demo-city', 25, ?, 0)")
        .param(note)
        .update();
    assertThat(verify("demo-city").problem())
        .hasValueSatisfying(p -> assertThat(p).contains("beyond the stored log's 20 entries"));
  }

  @Test
  void unknownTenant_isAProblemNotACrash() {
    assertThat(verify("nobody").problem()).hasValue("there is no log for tenant nobody");
  }
}
