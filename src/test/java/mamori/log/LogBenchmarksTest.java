package mamori.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import mamori.store.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The benchmark's measurements check what they measure: a changed log or a wrong leaf never passes.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
@Tag("timed") // it times itself: run alone, in the one-fork execution (docs/testing.md)
class LogBenchmarksTest extends LogTestBase {
  TenantLog log;

  @BeforeEach
  void open() {
    log = logs.forTenant("bench-test");
  }

  @Test
  void append_storesEveryEntry_andMeasuresTheWaitForACheckpoint() {
    var appends = LogBenchmarks.append(log, 1_500, 16, n -> {});
    assertThat(appends.count()).isEqualTo(1_500);
    assertThat(log.size()).isEqualTo(1_500);
    assertThat(appends.perSecond()).isPositive();
    assertThat(appends.checkpointLagP99Millis()).isBetween(0.0, appends.checkpointLagMaxMillis());
    assertThat(appends.checkpointLagMaxMillis()).isLessThan(10_000);
    assertThat(log.checkpoint()).hasValueSatisfying(note -> assertThat(note).contains("\n1500\n"));
    assertThat(LogBenchmarks.verify(logs, "bench-test", n -> {})).isEqualTo(1_500);
  }

  @Test
  void appendBulk_storesEveryRecordAtConsecutiveIndexes_andIndexesEachPerson() {
    log.append(TenantLogTest.record(0));
    var bulk = LogBenchmarks.appendBulk(log, 2_500, 1_000, n -> {});
    assertThat(bulk.count()).isEqualTo(2_500);
    assertThat(bulk.batch()).isEqualTo(1_000);
    assertThat(bulk.perSecond()).isPositive();
    assertThat(log.size()).isEqualTo(2_501);
    AccessRecord last = AccessRecordCodec.decode(log.entry(2_500).orElseThrow());
    assertThat(log.indicesFor(last.personToken())).containsExactly(2_500L);
    assertThat(LogBenchmarks.verify(logs, "bench-test", n -> {})).isEqualTo(2_501);
  }

  @Test
  void verify_refusesAChangedEntry() {
    LogBenchmarks.append(log, 300, 8, n -> {});
    StoredBundles.replaceEntry(store.jdbc(), "bench-test", 7, new byte[] {1, 2, 3});
    assertThatThrownBy(() -> LogBenchmarks.verify(logs, "bench-test", n -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("do not give the stored root");
  }

  @Test
  void verify_refusesAMissingEntry() {
    LogBenchmarks.append(log, 300, 8, n -> {});
    store
        .jdbc()
        .sql("DELETE FROM log_bundle WHERE tenant_id = 'bench-test' AND bundle_index = 0")
        .update();
    assertThatThrownBy(() -> LogBenchmarks.verify(logs, "bench-test", n -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("entry 0 of bench-test is missing");
  }

  @Test
  void storedProofs_verify_andAWrongLeafDoesNot() {
    LogBenchmarks.append(log, 700, 8, n -> {});
    var prover = LogBenchmarks.storedProver(log);
    assertThat(prover.size()).isEqualTo(700);
    for (long i = 0; i < 700; i += 13) {
      prover.proveAndVerify(i, prover.leafHash(i));
    }
    assertThatThrownBy(() -> prover.proveAndVerify(5, prover.leafHash(6)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("inclusion proof of leaf 5 in the tree of 700 does not verify");
  }

  @Test
  void syntheticTreeProofs_verify_andAWrongLeafDoesNot() {
    try (var tree = LogBenchmarks.syntheticTree(70_001, n -> {})) {
      for (long i : new long[] {0, 1, 255, 256, 65_535, 65_536, 70_000}) {
        tree.proveAndVerify(i, tree.leafHash(i));
      }
      assertThatThrownBy(() -> tree.proveAndVerify(70_000, tree.leafHash(0)))
          .isInstanceOf(IllegalStateException.class);
    }
  }
}
